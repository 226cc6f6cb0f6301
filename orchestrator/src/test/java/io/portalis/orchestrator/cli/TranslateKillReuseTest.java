package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.build.toolchain.Toolchains;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: a CLI batch of 24 programs is killed with SIGKILL after 6 have finished; the same
 * command again finishes the batch, taking at least those 6 from the artifact store, and every
 * output is there and prints what CPython prints.
 */
class TranslateKillReuseTest {
    private static final int PROGRAMS = 24;
    private static final int KILL_AFTER = 6;
    private static final Pattern FINISHED = Pattern.compile("^\\[\\d+/\\d+\\] .*: (translated|failed)$");

    @TempDir
    Path dir;

    @Test
    void killedBatchResumesFromTheStore() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected outputs");
        List<String> args = new ArrayList<>(List.of("translate"));
        for (int k = 1; k <= PROGRAMS; k++) {
            args.add(writeProgram(k).toString());
        }
        args.addAll(List.of("-o", dir.resolve("out").toString(), "--state", dir.resolve("state").toString(),
                "--json", "--work-dir", dir.resolve("work").toString()));
        Map<String, String> env = Map.of("PORTALIS_STATE", dir.resolve("unused-state").toString());

        int finishedBeforeKill = runUntilKilled(ChildJvm.portalis(dir, env, args.toArray(String[]::new)));
        assertTrue(finishedBeforeKill >= KILL_AFTER, "killed after " + finishedBeforeKill + " modules");
        assertTrue(finishedBeforeKill < PROGRAMS, "the batch finished before it could be killed");

        Process again = ChildJvm.portalis(dir, env, args.toArray(String[]::new))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = ChildJvm.describe(again);
        assertTrue(again.waitFor(15, TimeUnit.MINUTES), "the second run did not end");
        assertEquals(0, again.exitValue(), stdout);
        JsonNode summary = new ObjectMapper().readTree(stdout);
        long reused = summary.get("reused").asLong();
        assertTrue(reused >= finishedBeforeKill, "reused " + reused + " < " + finishedBeforeKill + ": " + stdout);
        assertEquals(PROGRAMS, reused + summary.get("translated").asLong(), stdout);
        assertEquals(PROGRAMS, summary.get("modules").size());
        Set<String> stems = new HashSet<>();
        for (JsonNode module : summary.get("modules")) {
            checkModule(module);
            assertTrue(stems.add(module.get("module").asText()), "duplicated " + module.get("module"));
        }
        // The outputs run and print what CPython prints, reused or not.
        for (int k : new int[] {1, PROGRAMS / 2, PROGRAMS}) {
            Path source = dir.resolve("p" + k + ".py");
            CliRun run = CliRun.of("run", dir.resolve("out/p" + k + ".wasm").toString());
            assertEquals(0, run.exit(), run.toString());
            assertEquals(Pythons.stdout(python.get(), source.toString()), run.out());
        }
    }

    private void checkModule(JsonNode module) throws Exception {
        assertEquals("translated", module.get("status").asText(), module.toString());
        assertTrue(module.get("verification").get("matches").asBoolean(), module.toString());
        Path wasm = Path.of(module.get("outputs").get("binary").asText());
        JsonNode report = new ObjectMapper().readTree(Files.readString(Path.of(module.get("outputs").get("report")
                .asText())));
        assertEquals(report.get("binary").get("sha256").asText(), ContentStore.sha256(Files.readAllBytes(wasm)),
                "the report describes another binary than " + wasm);
    }

    /** Starts the batch, counts modules as they finish on stderr and kills it with SIGKILL after six. */
    private static int runUntilKilled(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int finished = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (FINISHED.matcher(line).matches() && ++finished >= KILL_AFTER) {
                    ChildJvm.kill(process);
                    break;
                }
            }
        } finally {
            if (process.isAlive()) {
                ChildJvm.kill(process);
            }
        }
        return finished;
    }

    /** Small programs, each different, so that none is reused from another. */
    private Path writeProgram(int k) throws Exception {
        String source = """
                def scaled(n, k):
                    total = 0
                    for i in range(n):
                        total += i * k
                    return total


                words = ["alpha", "beta", "gamma"]
                print("program %d", scaled(100, %d), [w.upper() for w in words[: %d %% 3 + 1]])
                print({i: i * %d for i in range(3)})
                """.formatted(k, k, k, k);
        return Files.writeString(dir.resolve("p" + k + ".py"), source);
    }
}
