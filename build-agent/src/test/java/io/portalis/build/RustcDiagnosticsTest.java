package io.portalis.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RustcDiagnosticsTest {
    private final SourceMapper mapper = new SourceMapper(TinyCrates.hello(), "hello.py", Path.of("crate"));

    @Test
    void aFullDiskIsTheMachinesFaultNotTheProgramsSoItIsNotAPtl0201() {
        List<Diagnostic> found = RustcDiagnostics.errors(
                "LLVM ERROR: IO failure on output stream: No space left on device\n", 101, mapper);
        assertEquals(1, found.size());
        assertEquals(DiagnosticCode.PTL0401, found.get(0).code());
        assertTrue(found.get(0).message().contains("no space left on device"), found.get(0).message());
    }

    @Test
    void anUnparsableFailureIsStillReportedWithWhatRustcSaid() {
        List<Diagnostic> found = RustcDiagnostics.errors("thread 'rustc' panicked at 'boom'\n", 101, mapper);
        assertEquals(1, found.size());
        assertEquals(DiagnosticCode.PTL0201, found.get(0).code());
        assertTrue(found.get(0).notes().get(0).contains("panicked at 'boom'"), found.get(0).notes().toString());
    }
}
