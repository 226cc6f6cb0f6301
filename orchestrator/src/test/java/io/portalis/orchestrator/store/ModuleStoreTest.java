package io.portalis.orchestrator.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.ModuleId;
import io.portalis.agents.Stage;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.VerificationSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleStoreTest {
    @TempDir
    Path dir;

    private final WorkKey key = new WorkKey("ab".repeat(32));

    @Test
    void aStoredModuleComesBackWithItsFilesInAnotherDirectory() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve("m.wasm"), new byte[] {0, 'a', 's', 'm'});
        Files.createDirectories(out.resolve("m/src"));
        Files.writeString(out.resolve("m/src/main.rs"), "fn main() {}\n");
        Files.writeString(out.resolve("m.report.json"), "{}");
        Files.writeString(out.resolve("m.report.html"), "<html></html>");
        Diagnostic warning = Diagnostic.warning(DiagnosticCode.values()[0], SourceSpan.point("m.py", 2, 3), "careful")
                .withHelp("do this");
        ModuleOutcome outcome = new ModuleOutcome(new ModuleId("m"), dir.resolve("m.py"),
                ModuleOutcome.Status.TRANSLATED, Optional.empty(), List.of(warning),
                new ModuleOutcome.Outputs(Optional.of(out.resolve("m.wasm")), Optional.of(out.resolve("m")),
                        Optional.of(out.resolve("m.report.json"))),
                Optional.of(new VerificationSummary(true, true, 0, "hi\n", "", Duration.ofMillis(12))),
                Map.of(Stage.BUILD, Duration.ofMillis(40)));
        ModuleStore store = new ModuleStore(dir.resolve("store"));
        assertTrue(store.remember(key, outcome, out));

        Path elsewhere = dir.resolve("elsewhere");
        JobInput input = JobInput.of(dir.resolve("m.py"));
        ModuleOutcome back = store.reuse(key, input, elsewhere).orElseThrow();
        assertTrue(back.reused());
        assertEquals(outcome.diagnostics(), back.diagnostics());
        assertEquals(outcome.verification(), back.verification());
        assertEquals(outcome.timings(), back.timings());
        assertEquals(Optional.of(elsewhere.resolve("m.wasm")), back.outputs().binary());
        assertArrayEquals(Files.readAllBytes(out.resolve("m.wasm")), Files.readAllBytes(elsewhere.resolve("m.wasm")));
        assertEquals("fn main() {}\n", Files.readString(elsewhere.resolve("m/src/main.rs")));
        assertTrue(Files.isRegularFile(elsewhere.resolve("m.report.html")));
    }

    @Test
    void failuresOfPortalisItselfAreNotStored() {
        ModuleOutcome crashed = new ModuleOutcome(new ModuleId("m"), dir.resolve("m.py"), ModuleOutcome.Status.FAILED,
                Optional.of(Stage.BUILD),
                List.of(Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile("m.py"), "stage crashed")),
                new ModuleOutcome.Outputs(Optional.empty(), Optional.empty(), Optional.of(dir.resolve("r.json"))),
                Optional.empty(), Map.of());
        ModuleStore store = new ModuleStore(dir.resolve("store"));
        assertFalse(store.remember(key, crashed, dir));
        assertTrue(store.reuse(key, JobInput.of(dir.resolve("m.py")), dir).isEmpty());
    }

    /** A run stopped at its time limit says more of the machine's load than of the module: it is tried again. */
    @Test
    void aRunStoppedAtItsTimeLimitIsNotStored() {
        ModuleOutcome slow = new ModuleOutcome(new ModuleId("m"), dir.resolve("m.py"), ModuleOutcome.Status.FAILED,
                Optional.of(Stage.TEST),
                List.of(Diagnostic.error(DiagnosticCode.PTL0304, SourceSpan.wholeFile("m.py"),
                        "the translated program failed to run: chicory: the module did not finish within 30s")),
                new ModuleOutcome.Outputs(Optional.empty(), Optional.empty(), Optional.of(dir.resolve("r.json"))),
                Optional.empty(), Map.of());
        ModuleStore store = new ModuleStore(dir.resolve("store"));
        assertFalse(store.remember(key, slow, dir));
        assertTrue(store.reuse(key, JobInput.of(dir.resolve("m.py")), dir).isEmpty());
    }
}
