package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.agents.JobId;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.build.Target;
import io.portalis.build.toolchain.Toolchains;
import io.portalis.testing.engine.WasmEngine;
import io.portalis.testing.engine.WasmEngines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature corpus (corpus/features/NAME.py, issue 4): every program goes through the whole
 * pipeline into WASM, as {@code portalis translate NAME.py -o DIR} does, and its stdout and exit
 * code must equal what CPython printed (NAME.out, NAME.exit, produced by corpus/make_expected.py),
 * byte for byte; for an uncaught exception the last stderr line (NAME.err) must match too.
 * NAME.stdin, when present, is the program's standard input. One dynamic test per program; a line
 * per program goes to target/feature-corpus.txt for a quick overview. {@code
 * -Dportalis.corpus.only=REGEX} keeps only the programs whose stem matches (for development).
 */
class FeatureCorpusTest {
    private static final Duration PROGRAM_LIMIT = Duration.ofMinutes(10);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
    private static final Path SUMMARY = Path.of("target", "feature-corpus.txt");

    private static PortalisRuntime portalis;
    private static final Map<Integer, CompletableFuture<JobResult>> jobs = new ConcurrentHashMap<>();
    private static final Map<String, String> summary = new ConcurrentSkipListMap<>();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramPrintsWhatCPythonPrints() throws IOException {
        Path features = corpus().orElseThrow(() -> new IllegalStateException("corpus/features not found above "
                + Path.of("").toAbsolutePath()));
        List<Path> programs;
        try (Stream<Path> files = Files.list(features)) {
            String only = System.getProperty("portalis.corpus.only", "");
            programs = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> only.isBlank() || JobInput.stemOf(p).matches(only))
                    .sorted().toList();
        }
        assertTrue(programs.size() > 0, "no programs in " + features);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            int index = i;
            Path program = programs.get(i);
            tests.add(DynamicTest.dynamicTest(JobInput.stemOf(program),
                    () -> check(programs, index)));
        }
        return tests.stream();
    }

    @AfterAll
    static void stop() {
        if (portalis != null) {
            jobs.values().forEach(job -> job.cancel(false));
            portalis.close();
        }
    }

    /** Rewritten after every program, so that an interrupted run still leaves its lines. */
    private static synchronized void writeSummary() throws IOException {
        long passed = summary.values().stream().filter(line -> line.startsWith("PASS")).count();
        List<String> lines = new ArrayList<>(summary.values());
        lines.add("feature corpus: " + passed + " passed of " + summary.size());
        Files.createDirectories(SUMMARY.getParent());
        Files.write(SUMMARY, lines, StandardCharsets.UTF_8);
    }

    private static void check(List<Path> programs, int index) throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Path program = programs.get(index);
        String name = JobInput.stemOf(program);
        // Two programs in flight: this one and the next (the orchestrator runs two jobs at once).
        if (index + 1 < programs.size()) {
            job(programs, index + 1);
        }
        JobResult result = job(programs, index).get(PROGRAM_LIMIT.toSeconds(), TimeUnit.SECONDS);
        Optional<String> problem = problem(program, result);
        summary.put(name, problem.map(p -> "FAIL " + name + ": " + p).orElse("PASS " + name));
        writeSummary();
        if (problem.isPresent()) {
            fail(name + ": " + problem.get());
        }
    }

    private static synchronized CompletableFuture<JobResult> job(List<Path> programs, int index) {
        if (portalis == null) {
            portalis = PortalisRuntime.start();
        }
        return jobs.computeIfAbsent(index, i -> {
            Path program = programs.get(i);
            Path base = dir.resolve(JobInput.stemOf(program));
            // Verification against CPython is ours to do here (with NAME.stdin and the stored outputs).
            JobOptions options = new JobOptions(base.resolve("out"), Target.WASM32_WASI, WasmEngines.DEFAULT, false,
                    base.resolve("work"));
            return portalis.submit(new JobSpec(JobId.random(), List.of(JobInput.of(program)), options,
                    Optional.empty())).toCompletableFuture();
        });
    }

    /** Why the program's translation is not CPython's, or empty when it is. */
    private static Optional<String> problem(Path program, JobResult result) throws IOException {
        if (result.modules().isEmpty()) {
            return Optional.of("job rejected: " + result.rejection().orElse("no reason"));
        }
        ModuleOutcome outcome = result.modules().get(0);
        if (!outcome.translated()) {
            return Optional.of(outcome.failedStage().map(s -> s.label()).orElse("?") + ": " + firstError(outcome));
        }
        Run run = run(program, outcome);
        if (run.failure().isPresent()) {
            return run.failure();
        }
        byte[] expected = Files.readAllBytes(sibling(program, ".out"));
        int expectedExit = Files.exists(sibling(program, ".exit"))
                ? Integer.parseInt(Files.readString(sibling(program, ".exit")).strip()) : 0;
        if (run.exit() != expectedExit) {
            return Optional.of("exit code " + run.exit() + ", CPython " + expectedExit + "; stderr: "
                    + lastLine(run.stderr()));
        }
        if (!java.util.Arrays.equals(expected, run.stdout())) {
            return Optional.of("WRONG OUTPUT: " + firstDifference(expected, run.stdout()));
        }
        Path err = sibling(program, ".err");
        if (Files.exists(err) && !Files.readString(err, StandardCharsets.UTF_8).strip().equals(lastLine(run.stderr()))) {
            return Optional.of("last stderr line " + quote(lastLine(run.stderr())) + ", CPython "
                    + quote(Files.readString(err, StandardCharsets.UTF_8).strip()));
        }
        return Optional.empty();
    }

    private record Run(int exit, byte[] stdout, String stderr, Optional<String> failure) {}

    /** Runs the packaged module in Chicory, as {@code portalis run DIR/NAME.wasm < NAME.stdin} would. */
    private static Run run(Path program, ModuleOutcome outcome) throws IOException {
        Path stdinFile = sibling(program, ".stdin");
        Optional<VerificationSummary> verified = outcome.verification();
        if (!Files.exists(stdinFile) && verified.isPresent()) {
            VerificationSummary v = verified.get();
            return new Run(v.exitCode(), v.stdout().getBytes(StandardCharsets.UTF_8), v.stderr(), Optional.empty());
        }
        Path wasm = outcome.outputs().binary().orElseThrow();
        byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int exit = WasmEngines.byName(WasmEngines.DEFAULT).run(Files.readAllBytes(wasm), wasm.getFileName().toString(),
                    List.of(), new ByteArrayInputStream(stdin), out, err, RUN_LIMIT);
            return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8), Optional.empty());
        } catch (WasmEngine.WasmRunException e) {
            return new Run(-1, out.toByteArray(), err.toString(StandardCharsets.UTF_8),
                    Optional.of("run: " + e.getMessage()));
        }
    }

    private static String firstError(ModuleOutcome outcome) {
        return outcome.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .or(() -> outcome.diagnostics().stream().findFirst())
                .map(Diagnostic::headline).map(h -> h.lines().findFirst().orElse(h)).orElse("no diagnostic");
    }

    /** The first line where the outputs part, both sides quoted. */
    static String firstDifference(byte[] expected, byte[] actual) {
        List<String> want = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> got = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<end of output>";
            String g = i < got.size() ? got.get(i) : "<end of output>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ": got " + quote(g) + ", CPython " + quote(w);
            }
        }
        return "outputs differ in line endings or a final newline";
    }

    private static String quote(String s) {
        String shown = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return "«" + shown + "»";
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    private static Path sibling(Path program, String extension) {
        return program.resolveSibling(JobInput.stemOf(program) + extension);
    }

    /** corpus/features in the repository: the test runs in orchestrator/, the corpus is beside it. */
    static Optional<Path> corpus() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("corpus").resolve("features");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
