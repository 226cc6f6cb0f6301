package io.portalis.ingest.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.packages.LocalModules.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramDiscoveryTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private StageResult<ParsedModule> program(String main) throws IOException {
        write("main.py", main);
        return new IngestAgent().ingestProgram(SourceFile.of(root.resolve("main.py")));
    }

    @Test
    void asyncioIsTheBundledModuleUnlessTheProgramHasItsOwn() throws IOException {
        LocalModules locals = program("import asyncio\n").value().orElseThrow().locals();
        LocalModules.LocalModule bundled = locals.get("asyncio").orElseThrow();
        assertEquals(Kind.MODULE, bundled.kind());
        assertTrue(bundled.parsed().tree().body().size() > 10);
        assertEquals(List.of(), ProgramDiscovery.filesOf(SourceFile.of(root.resolve("main.py"))));
        write("asyncio.py", "x = 1\n");
        LocalModules own = program("import asyncio\n").value().orElseThrow().locals();
        assertEquals(1, own.get("asyncio").orElseThrow().parsed().tree().body().size());
    }

    @Test
    void findsModulesPackagesAndWhatTheyImportInTurn() throws IOException {
        write("util.py", "from helpers import h\n");
        write("helpers.py", "");
        write("pkg/__init__.py", "from .sub import f\n");
        write("pkg/sub.py", "import util\ndef f():\n    from .inner import deep\n");
        write("pkg/inner/__init__.py", "");
        write("pkg/inner/deep.py", "");
        write("pkg/other.py", "print('never imported')\n");
        write("unused.py", "");
        LocalModules locals = program("import util\nimport pkg\n").value().orElseThrow().locals();
        assertEquals(List.of("util", "pkg", "helpers", "pkg.sub", "pkg.inner", "pkg.inner.deep"),
                List.copyOf(locals.modules().keySet()));
        assertEquals(Kind.PACKAGE, locals.get("pkg").orElseThrow().kind());
        assertEquals("pkg", locals.get("pkg.sub").orElseThrow().packageName());
        assertEquals("pkg.sub", locals.get("pkg.sub").orElseThrow().parsed().id().dottedName());
    }

    @Test
    void aPackageWinsOverAModuleWhichWinsOverANamespaceDirectory() throws IOException {
        write("a/__init__.py", "");
        write("a.py", "");
        write("b.py", "");
        write("b/x.txt", "");
        write("c/m.py", "");
        LocalModules locals = program("import a, b\nimport c.m\n").value().orElseThrow().locals();
        assertEquals(Kind.PACKAGE, locals.get("a").orElseThrow().kind());
        assertEquals(Kind.MODULE, locals.get("b").orElseThrow().kind());
        assertEquals(Kind.NAMESPACE, locals.get("c").orElseThrow().kind());
        assertNull(locals.get("c").orElseThrow().parsed());
        assertTrue(locals.get("c.m").isPresent());
    }

    @Test
    void shadowsTheStandardLibraryOnlyWhereCPythonWould() throws IOException {
        write("random.py", "");
        write("os.py", "");
        write("time.py", "");
        write("json/x.py", "");
        LocalModules locals = program("import random, os, time, json\n").value().orElseThrow().locals();
        assertEquals(List.of("random"), List.copyOf(locals.modules().keySet()));
    }

    @Test
    void aScriptWithoutLocalImportsHasNone() throws IOException {
        LocalModules locals = program("import math\nprint(math.pi)\n").value().orElseThrow().locals();
        assertTrue(locals.isEmpty());
        assertFalse(locals.ownsTopLevel("math"));
    }

    @Test
    void aLocalModuleThatDoesNotParseFailsTheProgram() throws IOException {
        write("bad.py", "def (:\n");
        StageResult<ParsedModule> r = program("import bad\n");
        assertTrue(r.value().isEmpty());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.span().file().endsWith("bad.py")));
    }

    @Test
    void relativeImportsResolveAsImportlibDoes() {
        assertEquals("p.q.m", LocalModules.resolveRelative("p.q", 1, "m").name());
        assertEquals("p", LocalModules.resolveRelative("p.q", 2, null).name());
        assertEquals("attempted relative import beyond top-level package",
                LocalModules.resolveRelative("p", 2, "m").error());
        assertEquals("attempted relative import with no known parent package",
                LocalModules.resolveRelative("", 1, "m").error());
    }
}
