package io.portalis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.census.FeatureCensus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestAgentTest {
    @TempDir
    Path dir;

    private StageResult<ParsedModule> ingest(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return new IngestAgent().ingest(SourceFile.of(file));
    }

    private static DiagnosticCode code(StageResult<?> r) {
        return r.diagnostics().get(0).code();
    }

    @Test
    void parsesAModuleNamedAfterItsStem() throws Exception {
        StageResult<ParsedModule> r = ingest("hello.py", "print('hi')\n".getBytes());
        assertTrue(r.succeeded());
        assertEquals("hello", r.value().orElseThrow().id().dottedName());
        assertEquals(1, r.value().orElseThrow().tree().body().size());
    }

    @Test
    void badInputsBecomeDiagnostics() throws Exception {
        assertEquals(DiagnosticCode.PTL0003, code(new IngestAgent().ingest(SourceFile.of(dir.resolve("nope.py")))));
        assertEquals(DiagnosticCode.PTL0003, code(new IngestAgent().ingest(SourceFile.of(dir))));
        assertEquals(DiagnosticCode.PTL0004, code(ingest("nul.py", new byte[] {'x', 0, '\n'})));
        assertEquals(DiagnosticCode.PTL0004, code(ingest("bad.py", new byte[] {'x', '=', '"', (byte) 0xff, '"'})));
        assertEquals(DiagnosticCode.PTL0005, code(ingest("empty.py", new byte[0])));
        assertEquals(DiagnosticCode.PTL0005, code(ingest("blank.py", " \n\t\n".getBytes())));
        assertTrue(code(ingest("nul.py", new byte[] {'x', 0})) == DiagnosticCode.PTL0004);
        assertTrue(ingest("nul.py", new byte[] {'x', 0}).diagnostics().get(0).message()
                .startsWith("input is not a Python source file: "));
    }

    @Test
    void blankFilesAreEmptyModulesWhenAccepted() {
        StageResult<ParsedModule> r = new IngestAgent().ingestBytes(SourceFile.of(Path.of("e.py")), new byte[0],
                IngestAgent.EmptyFiles.ACCEPT);
        assertTrue(r.succeeded());
        assertEquals("Module(body=[], type_ignores=[])", io.portalis.ingest.dump.AstDumper.dump(
                r.value().orElseThrow().tree(), r.value().orElseThrow().lines()));
    }

    @Test
    void syntaxErrorsCarryCPythonsMessageAndPosition() throws Exception {
        StageResult<ParsedModule> r = ingest("err.py", "x = (1,\ny = 2\n".getBytes());
        assertEquals(DiagnosticCode.PTL0001, code(r));
        assertEquals("'(' was never closed", r.diagnostics().get(0).message());
        assertEquals(1, r.diagnostics().get(0).span().line());
        assertEquals(5, r.diagnostics().get(0).span().column());
    }

    @Test
    void honoursCodingDeclarationsAndBom() throws Exception {
        byte[] latin = "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        StageResult<ParsedModule> r = ingest("latin.py", latin);
        assertTrue(r.succeeded());
        Stmt.Assign assign = (Stmt.Assign) r.value().orElseThrow().tree().body().get(0);
        assertEquals(new PyConstant.StrValue("caf\u00e9"), ((Expr.Constant) assign.value()).value());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '=', '1', '\n'};
        assertTrue(ingest("bom.py", bom).succeeded());
    }

    @Test
    void censusCountsDynamicFeatures() throws Exception {
        String src = "from os import *\neval('1')\nexec(c)\ngetattr(o, n)\ngetattr(o, 'x')\n"
                + "class A(metaclass=M): pass\nA.__dict__\n";
        FeatureCensus c = FeatureCensus.of(ingest("dyn.py", src.getBytes()).value().orElseThrow().tree());
        assertEquals(new FeatureCensus(2, 1, 1, 1, 1), c);
    }
}
