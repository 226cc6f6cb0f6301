package io.portalis.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.build.Target;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestAgentTest {
    private static TestAgent agent() {
        assumeTrue(CPython.find().isPresent(), "no CPython on this machine");
        return new TestAgent();
    }

    private static VerifyRequest request(String rust, String python, Target target) {
        return new VerifyRequest(RustPrograms.built(rust, target), RustPrograms.python(python), true, null);
    }

    @Test
    void aFaithfulTranslationMatches() {
        var result = agent().verify(request("squares", "squares", Target.WASM32_WASI));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        Verification v = result.value().orElseThrow();
        assertTrue(v.matches());
        assertEquals(CPython.find().orElseThrow().version(), v.cpythonVersion().orElseThrow());
        assertEquals(v.cpython().orElseThrow().stdoutText(), v.translated().stdoutText());
    }

    @Test
    void aDifferentLineIsAnErrorNamingTheLine() {
        var result = agent().verify(request("squares", "squares_off", Target.WASM32_WASI));
        assertFalse(result.succeeded());
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0301, d.code());
        assertEquals("stdout differs from CPython at line 4", d.message());
        assertTrue(d.notes().getFirst().startsWith("expected (CPython) line 4: \"3 15\\n\""), d.notes()::toString);
        assertTrue(d.notes().get(1).startsWith("actual (translation) line 4: \"3 14\\n\""), d.notes()::toString);
        assertFalse(result.value().orElseThrow().matches());
    }

    @Test
    void exitCodesAreCompared() {
        var same = agent().verify(request("exit3", "exit3", Target.WASM32_WASI));
        assertTrue(same.succeeded(), () -> same.diagnostics().toString());
        assertEquals(3, same.value().orElseThrow().translated().exitCode());
        var different = agent().verify(request("exit3", "exit0", Target.WASM32_WASI));
        assertEquals("exit code 3 differs from CPython's 0", different.diagnostics().getFirst().message());
    }

    @Test
    void withoutCPythonTheRunIsAWarningNotAnError() {
        var agent = new TestAgent(TestSettings.defaults(), Optional::empty);
        var result = agent.verify(request("squares", "squares", Target.WASM32_WASI));
        assertTrue(result.succeeded());
        assertFalse(result.value().orElseThrow().matches());
        assertEquals(DiagnosticCode.PTL0303, result.diagnostics().getFirst().code());
        assertEquals(Severity.WARNING, result.diagnostics().getFirst().severity());
    }

    @Test
    void aTrapFailsTheStage() {
        var result = agent().verify(request("panic", "squares", Target.WASM32_WASI));
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0302, d.code());
        assertTrue(d.message().contains("trapped"), d.message());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("before")), d.notes()::toString);
    }

    @Test
    void aHangIsStoppedAndReported() {
        var agent = new TestAgent(TestSettings.defaults().withRunTimeout(Duration.ofSeconds(1)), Optional::empty);
        var result = agent.verify(request("spin", "squares", Target.WASM32_WASI));
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0304, d.code());
        assertTrue(d.message().matches(".*did not finish within (1s of CPU time|4s); it was stopped.*"),
                d.message());
    }

    @Test
    void nativeBuildsRunAsProcesses() {
        var result = agent().verify(request("squares", "squares", Target.NATIVE));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        assertTrue(result.value().orElseThrow().matches());
    }

    @Test
    void theWasmtimeEngineCanBeChosen() {
        assumeTrue(io.portalis.testing.engine.WasmtimeEngine.unavailableReason().isEmpty(), "no wasmtime here");
        var request = new VerifyRequest(RustPrograms.built("squares", Target.WASM32_WASI),
                RustPrograms.python("squares"), true, "wasmtime");
        var result = agent().verify(request);
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
    }

    @Test
    void anUnknownEngineIsReported() {
        var request = new VerifyRequest(RustPrograms.built("squares", Target.WASM32_WASI),
                RustPrograms.python("squares"), false, "v8");
        var result = new TestAgent().verify(request);
        assertEquals(DiagnosticCode.PTL0302, result.diagnostics().getFirst().code());
        assertTrue(result.diagnostics().getFirst().message().contains("valid engines"));
    }

    @Test
    void bothSidesRunInFreshScratchDirectoriesWithTheDataFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path input = dir.resolve("input.txt");
        java.nio.file.Files.writeString(input, "data file line\n");
        var python = RustPrograms.python("files_roundtrip");
        var request = new VerifyRequest(RustPrograms.built("files_roundtrip", Target.WASM32_WASI), python, true,
                null, java.util.List.of(input));
        var result = agent().verify(request);
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        Verification v = result.value().orElseThrow();
        assertEquals("hello from the scratch directory\ninput.txt,note.txt\ndata file line\n",
                v.translated().stdoutText());
        assertTrue(v.matches());
        assertFalse(java.nio.file.Files.exists(python.resolveSibling("note.txt")), "the program's own directory is untouched");
    }

    @Test
    void aNativeBuildIsVerifiedInAScratchDirectoryToo() {
        var result = agent().verify(request("files_roundtrip", "files_roundtrip", Target.NATIVE));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        assertEquals("hello from the scratch directory\nnote.txt\n",
                result.value().orElseThrow().translated().stdoutText());
    }
}
