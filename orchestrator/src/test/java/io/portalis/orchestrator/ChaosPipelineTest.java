package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.build.Target;
import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos switch over the real pipeline (parser, translator, rustc, Chicory, CPython): faults
 * (exceptions, and hangs that the short stage timeouts cut off) in every stage at 20% of
 * attempts, over 50 programs. Each module ends exactly once: translated with its output equal to
 * CPython's (the test stage compared them) and its binary written, or failed with the stage and
 * the reason. {@link ChaosTest} does the same with fake stages and a finer look at retries.
 */
class ChaosPipelineTest {
    private static final int PROGRAMS = 50;

    @TempDir
    Path dir;

    @Test
    void everyRealProgramEndsOnceRightOrWithAReason() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        List<Path> files = new ArrayList<>();
        for (int k = 1; k <= PROGRAMS; k++) {
            files.add(Files.writeString(dir.resolve("p" + k + ".py"), program(k)));
        }
        // Hangs outlast the quick stages' timeouts (timed out, re-sent) and end as exceptions in
        // build and test, whose real work needs long timeouts.
        Config config = ConfigFactory.parseString("""
                portalis.chaos { rate = 0.2, faults = [exception, hang], hang = 3s, seed = 11 }
                portalis.orchestrator {
                  max-attempts = 3
                  stage-timeouts { ingest = 2s, analysis = 2s, transpile = 2s, package = 2s }
                  backoff { min = 10ms, max = 100ms }
                }
                """).withFallback(PortalisConfig.embedded());
        JobSpec spec = JobSpec.of(files, new JobOptions(dir.resolve("out"), Target.WASM32_WASI, "chicory", true,
                dir.resolve("work")));
        Map<String, Integer> events = new ConcurrentHashMap<>();
        JobResult result;
        try (PortalisRuntime portalis = PortalisRuntime.start(config, PipelineStages.defaults())) {
            result = portalis.submit(spec, event -> {
                if (event instanceof JobEvent.ModuleFinished m) {
                    events.merge(m.outcome().module().stem(), 1, Integer::sum);
                } else if (event instanceof JobEvent.StageRetried r) {
                    events.merge("retries of " + r.stage().label(), 1, Integer::sum);
                }
            }).toCompletableFuture().get(40, TimeUnit.MINUTES);
        }

        assertEquals(PROGRAMS, result.modules().size());
        for (String stage : List.of("ingest", "analysis", "transpile", "build", "test", "package")) {
            assertTrue(events.getOrDefault("retries of " + stage, 0) > 0, "no fault hit " + stage + ": " + events);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ModuleOutcome m : result.modules()) {
            String stem = m.module().stem();
            assertEquals(1, events.getOrDefault(stem, 0), "ModuleFinished events for " + stem);
            if (m.translated()) {
                counts.merge("translated", 1, Integer::sum);
                VerificationSummary run = m.verification().orElseThrow();
                assertTrue(run.comparedWithCPython() && run.matches(), stem + ": " + run);
                int k = Integer.parseInt(stem.substring(1));
                assertTrue(run.stdout().startsWith("program " + k + ":"), stem + " printed " + run.stdout());
                assertTrue(Files.size(m.outputs().binary().orElseThrow()) > 0, stem);
            } else {
                counts.merge("failed", 1, Integer::sum);
                List<String> reasons = m.diagnostics().stream().map(Diagnostic::code).map(Enum::name)
                        .filter(code -> code.equals("PTL0501") || code.equals("PTL0502")).toList();
                assertTrue(!reasons.isEmpty() && m.failedStage().isPresent(),
                        stem + " failed without an injected fault as its reason: " + m.diagnostics());
            }
        }
        for (int k = 1; k <= PROGRAMS; k++) {
            String stem = "p" + k;
            assertTrue(result.modules().stream().anyMatch(m -> m.module().stem().equals(stem)), stem + " was lost");
        }
        // Three attempts at 20% a fault per attempt and stage: most programs get through.
        assertTrue(counts.getOrDefault("translated", 0) >= PROGRAMS / 2, counts.toString());
    }

    /** Small typed programs, each with its own output. */
    private static String program(int k) {
        return """
                def collatz(n: int) -> int:
                    steps = 0
                    while n != 1:
                        n = n // 2 if n % 2 == 0 else 3 * n + 1
                        steps += 1
                    return steps


                values = [collatz(K * j + 1) for j in range(1, 6)]
                print(f"program K: {values} {sum(values) / len(values):.2f}")
                """.replace("K", Integer.toString(k));
    }
}
