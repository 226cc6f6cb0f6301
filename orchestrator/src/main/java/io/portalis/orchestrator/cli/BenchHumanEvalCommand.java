package io.portalis.orchestrator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.portalis.agents.JobId;
import io.portalis.build.Target;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.PortalisRuntime;
import io.portalis.testing.engine.WasmEngines;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portalis bench-humaneval}: each HumanEval problem's {@code prompt + canonical_solution +
 * test + check(entry_point)} is one program, put through the same pipeline as {@code portalis
 * translate FILE -o DIR} (wasm32-wasi, Chicory, verified against CPython). Counts how many
 * translate, build and pass (exit 0), prints each failure's stage and reason, and loudly each
 * program that ran to completion with output different from CPython's.
 */
@Command(name = "bench-humaneval", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Translate, build and run the HumanEval problems in WebAssembly.",
        description = "Runs each HumanEval problem (prompt + canonical solution + test + check(entry_point)) "
            + "through translate, build and a WASM run verified against CPython, and prints how many "
            + "translated, built and passed, with each failure's reason.")
final class BenchHumanEvalCommand implements Callable<Integer> {
    static final String DATA_ENV = "PORTALIS_HUMANEVAL";
    private static final String DEFAULT_DATA = "../shared/corpus/humaneval/HumanEval.jsonl";

    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE",
            description = "HumanEval.jsonl (default: $" + DATA_ENV + ", else " + DEFAULT_DATA + " beside the repository)")
    private Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N problems (default: all)")
    private int limit;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", description = "problems in flight at once (default: ${DEFAULT-VALUE})")
    private int jobs;

    @Option(names = "--out", paramLabel = "FILE", description = "also write one line per problem (PASS or the failure) here")
    private Path out;

    @Option(names = "--keep", paramLabel = "DIR", description = "keep programs, crates and modules here (default: a temporary directory)")
    private Path keep;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = WasmEngines.DEFAULT, description = "WASM engine (default: ${DEFAULT-VALUE})")
    private String engine;

    BenchHumanEvalCommand(CliStreams io) {
        this.io = io;
    }

    /** One problem as a program: its task id, the file stem and the source text. */
    record Problem(String taskId, String stem, String source) {}

    @Override
    public Integer call() throws IOException {
        if (jobs < 1 || limit < 0 || !WasmEngines.names().contains(engine)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be ≥ 1, --limit ≥ 0 and "
                    + "--engine one of " + String.join(", ", WasmEngines.names()));
        }
        Path file = dataFile().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "HumanEval.jsonl not found: give --data FILE or set " + DATA_ENV));
        List<Problem> problems = read(file);
        int total = problems.size();
        if (limit > 0 && limit < problems.size()) {
            problems = problems.subList(0, limit);
        }
        Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("portalis-humaneval-");
        try {
            List<HumanEvalVerdict> verdicts = runAll(problems, root);
            return summarise(verdicts, total);
        } finally {
            if (keep == null) {
                TreeDeletion.deleteQuietly(root);
            }
        }
    }

    private List<HumanEvalVerdict> runAll(List<Problem> problems, Path root) throws IOException {
        Path sources = Files.createDirectories(root.resolve("src"));
        List<Path> files = new ArrayList<>();
        for (Problem p : problems) {
            files.add(Files.writeString(sources.resolve(p.stem() + ".py"), p.source(), StandardCharsets.UTF_8));
        }
        List<CompletableFuture<JobResult>> inFlight = new ArrayList<>();
        List<HumanEvalVerdict> verdicts = new ArrayList<>();
        long start = System.nanoTime();
        try (PortalisRuntime portalis = PortalisRuntime.start(config())) {
            for (int i = 0; i < problems.size(); i++) {
                while (inFlight.size() < Math.min(problems.size(), i + jobs)) {
                    int next = inFlight.size();
                    inFlight.add(submit(portalis, files.get(next), root.resolve("work-" + next), root.resolve("out")));
                }
                HumanEvalVerdict verdict = verdict(problems.get(i).taskId(), inFlight.get(i))
                        .relativeTo(sources + java.io.File.separator);
                verdicts.add(verdict);
                progress(verdict, i + 1, problems.size(), start);
            }
        }
        return verdicts;
    }

    private static HumanEvalVerdict verdict(String task, CompletableFuture<JobResult> job) {
        JobResult result;
        try {
            result = job.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return new HumanEvalVerdict(task, HumanEvalVerdict.Kind.TRANSLATE, "the job failed: " + e.getMessage());
        }
        return result.modules().isEmpty()
                ? new HumanEvalVerdict(task, HumanEvalVerdict.Kind.TRANSLATE,
                        "job rejected: " + result.rejection().orElse("no reason given"))
                : HumanEvalVerdict.of(task, result.modules().get(0));
    }

    private CompletableFuture<JobResult> submit(PortalisRuntime portalis, Path file, Path work, Path outDir) {
        JobOptions options = new JobOptions(outDir, Target.WASM32_WASI, engine, true, work);
        return portalis.submit(new JobSpec(JobId.random(), List.of(JobInput.of(file)), options, Optional.empty()))
                .toCompletableFuture();
    }

    /** The embedded profile with room for {@link #jobs} problems at once. */
    private Config config() {
        return ConfigFactory.parseMap(Map.of(
                        "portalis.orchestrator.max-concurrent-jobs", jobs,
                        "portalis.orchestrator.workers-per-stage", Math.max(2, jobs),
                        "portalis.orchestrator.queue-capacity", Math.max(16, 2 * jobs)))
                .withFallback(PortalisConfig.embedded()).resolve();
    }

    private void progress(HumanEvalVerdict verdict, int done, int of, long startNanos) {
        PrintStream err = io.err();
        if (verdict.kind() != HumanEvalVerdict.Kind.PASS) {
            String loud = verdict.kind() == HumanEvalVerdict.Kind.WRONG_OUTPUT ? "!!! " : "";
            io.out().println(loud + verdict.line());
        }
        err.printf(Locale.ROOT, "[%d/%d %.0fs] %s %s%n", done, of, (System.nanoTime() - startNanos) / 1e9,
                verdict.task(), verdict.kind().label());
        io.out().flush();
    }

    private int summarise(List<HumanEvalVerdict> verdicts, int total) throws IOException {
        Map<HumanEvalVerdict.Kind, Integer> counts = new EnumMap<>(HumanEvalVerdict.Kind.class);
        verdicts.forEach(v -> counts.merge(v.kind(), 1, Integer::sum));
        long translated = verdicts.stream().filter(v -> v.kind().translated()).count();
        long built = verdicts.stream().filter(v -> v.kind().built()).count();
        long passed = counts.getOrDefault(HumanEvalVerdict.Kind.PASS, 0);
        List<HumanEvalVerdict> wrong = verdicts.stream()
                .filter(v -> v.kind() == HumanEvalVerdict.Kind.WRONG_OUTPUT).toList();
        PrintStream o = io.out();
        o.println();
        o.println("failures by kind: " + counts);
        if (!wrong.isEmpty()) {
            o.println("!!! WRONG OUTPUT: " + wrong.size() + " program(s) ran to completion with output different "
                    + "from CPython's: " + String.join(", ", wrong.stream().map(HumanEvalVerdict::task).toList()));
        }
        long assertions = counts.getOrDefault(HumanEvalVerdict.Kind.ASSERTION, 0);
        if (assertions > 0) {
            o.println("!!! " + assertions + " program(s) failed their test's assert: wrong results in WASM");
        }
        String of = verdicts.size() == total ? Integer.toString(total) : verdicts.size() + " (--limit; " + total + " in all)";
        o.printf(Locale.ROOT, "HumanEval: %d translated, %d built, %d passed of %s%n", translated, built, passed, of);
        o.flush();
        if (out != null) {
            Files.write(out, verdicts.stream().map(HumanEvalVerdict::line).toList(), StandardCharsets.UTF_8);
        }
        return wrong.isEmpty() ? 0 : CliErrors.FAILED;
    }

    static List<Problem> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Problem> problems = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode p = json.readTree(line);
            String id = p.get("task_id").asText();
            String source = p.get("prompt").asText() + p.get("canonical_solution").asText() + "\n"
                    + p.get("test").asText() + "\ncheck(" + p.get("entry_point").asText() + ")\n";
            problems.add(new Problem(id, stemOf(id), source));
        }
        return problems;
    }

    /** {@code HumanEval/7} → {@code humaneval_007}: a valid module name that sorts in task order. */
    static String stemOf(String taskId) {
        String[] parts = taskId.split("/");
        String number = parts[parts.length - 1];
        String padded = number.chars().allMatch(Character::isDigit) ? "%03d".formatted(Integer.parseInt(number)) : number;
        return "humaneval_" + padded.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private Optional<Path> dataFile() {
        return SharedData.find(data, DATA_ENV, DEFAULT_DATA, Files::isRegularFile);
    }
}
