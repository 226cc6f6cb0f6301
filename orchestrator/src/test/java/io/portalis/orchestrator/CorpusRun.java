package io.portalis.orchestrator;

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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs corpus programs through the whole pipeline into WASM, as {@code portalis translate FILE.py
 * -o DIR} does, and compares stdout, exit code and the last stderr line with what CPython printed
 * (FILE.out, FILE.exit, FILE.err beside the program, made by corpus/make_expected.py). FILE.stdin,
 * when present, is the program's standard input. Two programs are in flight at once; a line per
 * program (PASS, or FAIL with the stage and reason) goes to the summary file, rewritten after
 * each program so that an interrupted run still leaves its lines.
 */
final class CorpusRun implements AutoCloseable {
    private static final Duration PROGRAM_LIMIT = Duration.ofMinutes(10);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    /** In expected outputs, the program's directory as CPython named it (see corpus/README.md). */
    static final String DIR_PLACEHOLDER = "{DIR}";

    private final Path work;
    private final Path summaryFile;
    private final String title;
    private PortalisRuntime portalis;
    private final Map<Integer, CompletableFuture<JobResult>> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> summary = new ConcurrentSkipListMap<>();

    CorpusRun(Path work, Path summaryFile, String title) {
        this.work = work;
        this.summaryFile = summaryFile;
        this.title = title;
    }

    /** One dynamic test per program, named by {@code name}. */
    Stream<DynamicTest> tests(List<Path> programs, Function<Path, String> name) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            int index = i;
            tests.add(DynamicTest.dynamicTest(name.apply(programs.get(i)), () -> check(programs, index, name)));
        }
        return tests.stream();
    }

    @Override
    public synchronized void close() {
        if (portalis != null) {
            jobs.values().forEach(job -> job.cancel(false));
            portalis.close();
        }
    }

    private synchronized void writeSummary() throws IOException {
        long passed = summary.values().stream().filter(line -> line.startsWith("PASS")).count();
        List<String> lines = new ArrayList<>(summary.values());
        lines.add(title + ": " + passed + " passed of " + summary.size());
        Files.createDirectories(summaryFile.toAbsolutePath().getParent());
        Files.write(summaryFile, lines, StandardCharsets.UTF_8);
    }

    private void check(List<Path> programs, int index, Function<Path, String> naming) throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Path program = programs.get(index);
        String name = naming.apply(program);
        if (index + 1 < programs.size()) {
            job(programs, index + 1, naming);
        }
        JobResult result = job(programs, index, naming).get(PROGRAM_LIMIT.toSeconds(), TimeUnit.SECONDS);
        Optional<String> problem = problem(program, result);
        summary.put(name, problem.map(p -> "FAIL " + name + ": " + p).orElse("PASS " + name));
        writeSummary();
        if (problem.isPresent()) {
            fail(name + ": " + problem.get());
        }
    }

    private synchronized CompletableFuture<JobResult> job(List<Path> programs, int index, Function<Path, String> naming) {
        if (portalis == null) {
            portalis = PortalisRuntime.start();
        }
        return jobs.computeIfAbsent(index, i -> {
            Path program = programs.get(i);
            Path base = work.resolve(naming.apply(program));
            // Verification against CPython is ours to do here (with FILE.stdin and the stored outputs).
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
        String dir = program.toAbsolutePath().getParent().toRealPath().toString();
        byte[] expected = Files.readString(sibling(program, ".out"), StandardCharsets.UTF_8)
                .replace(DIR_PLACEHOLDER, dir).getBytes(StandardCharsets.UTF_8);
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
        if (Files.exists(err)) {
            String want = Files.readString(err, StandardCharsets.UTF_8).strip().replace(DIR_PLACEHOLDER, dir);
            if (!want.equals(lastLine(run.stderr()))) {
                return Optional.of("last stderr line " + quote(lastLine(run.stderr())) + ", CPython " + quote(want));
            }
        }
        return Optional.empty();
    }

    private record Run(int exit, byte[] stdout, String stderr, Optional<String> failure) {}

    /** Runs the packaged module in Chicory, as {@code portalis run DIR/FILE.wasm < FILE.stdin} would. */
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
        // Each program runs in a fresh scratch directory of its own, as verification runs it.
        Path scratch = io.portalis.testing.ScratchDirs.create("portalis-corpus-", List.of());
        try {
            int exit = WasmEngines.byName(WasmEngines.DEFAULT).run(Files.readAllBytes(wasm), wasm.getFileName().toString(),
                    List.of(), new ByteArrayInputStream(stdin), out, err, RUN_LIMIT,
                    new io.portalis.testing.engine.Sandbox(List.of(new io.portalis.testing.engine.DirGrant(scratch, ".")),
                            io.portalis.testing.CPython.programEnvironment(java.util.Map.of())));
            return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8), Optional.empty());
        } catch (WasmEngine.WasmRunException e) {
            return new Run(-1, out.toByteArray(), err.toString(StandardCharsets.UTF_8),
                    Optional.of("run: " + e.getMessage()));
        } finally {
            io.portalis.testing.ScratchDirs.delete(scratch);
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

    /** {@code corpus/NAME} in the repository: tests run in orchestrator/, the corpus is beside it. */
    static Optional<Path> corpusDir(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("corpus").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
