package io.portalis.transpiler.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Stmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cells, free variables, module names and definitely-assigned locals, on small modules. */
class ScopeAnalysisTest {
    private static Mod.Module parse(String source) throws Exception {
        Path file = Files.createTempFile("scope", ".py");
        Files.writeString(file, source);
        return new IngestAgent().ingest(SourceFile.of(file)).value().orElseThrow().tree();
    }

    private static Stmt.FunctionDef def(List<Stmt> body, int i) {
        return (Stmt.FunctionDef) body.get(i);
    }

    @Test
    void capturedLocalsAreCellsAndClosuresListTheirFreeNames() throws Exception {
        Mod.Module m = parse("""
                g = 1
                def outer(p, q):
                    x = 1
                    y = 2
                    def inner():
                        nonlocal y
                        y += x
                        return g
                    return [p for _ in range(2)], inner
                """);
        ScopeAnalysis a = ScopeAnalysis.of(m);
        Stmt.FunctionDef outer = def(m.body(), 1);
        Scope so = a.scopeOf(outer);
        Scope si = a.scopeOf(def(outer.body(), 2));
        assertEquals(Set.of("x", "y"), so.cells);
        assertEquals(Set.of("x", "y"), si.frees);
        assertEquals(List.of("g", "outer"), List.copyOf(a.moduleNames));
        assertTrue(so.isPlain("p") && so.isPlain("q"), "parameters never deleted are plain");
        assertTrue(!so.isPlain("x"), "a captured local is a cell");
    }

    @Test
    void definiteAssignmentNeedsATopLevelFirstAssignmentBeforeAnyUse() throws Exception {
        Mod.Module m = parse("""
                def f(flag):
                    a = 1
                    if flag:
                        b = 2
                    c = a + 1
                    d = d_is_global
                    e = 1
                    del e
                    return a, b, c
                """);
        Scope s = ScopeAnalysis.of(m).scopeOf(def(m.body(), 0));
        assertEquals(Set.of("a", "c", "d", "e"), s.definite);
        assertTrue(s.isPlain("a") && !s.isPlain("b") && !s.isPlain("e"));
    }

    @Test
    void superNeedsTheClassCellAndModuleLevelGlobalDeclarationsAreModuleNames() throws Exception {
        Mod.Module m = parse("""
                class A:
                    def m(self):
                        global made
                        made = 1
                        return super().m()
                """);
        ScopeAnalysis a = ScopeAnalysis.of(m);
        Stmt.ClassDef c = (Stmt.ClassDef) m.body().get(0);
        assertTrue(a.scopeOf(c).cells.contains(ScopeAnalysis.CLASS_CELL));
        assertEquals(Set.of(ScopeAnalysis.CLASS_CELL), a.scopeOf(c.body().get(0)).frees);
        assertEquals(List.of("made", "A"), List.copyOf(a.moduleNames));
    }
}
