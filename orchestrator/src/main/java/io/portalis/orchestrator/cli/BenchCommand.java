package io.portalis.orchestrator.cli;

import com.typesafe.config.ConfigFactory;
import io.portalis.agents.JobId;
import io.portalis.build.Target;
import io.portalis.build.process.ExternalProcess;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.PortalisRuntime;
import io.portalis.testing.CPython;
import io.portalis.testing.engine.WasmEngines;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portalis bench}: every program of a benchmark directory through CPython, the WASM
 * build in the JVM ({@code portalis run}, once per engine) and the native build, each as a whole
 * process timed from start to exit, each output checked against {@code expected/<stem>.out}
 * (or CPython's own output where there is none). Prints a table of times and speed-ups with
 * their geometric means.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Time CPython, the WASM build and the native build of benchmark programs.",
        description = "Translates each DIR/*.py to WebAssembly and to a native executable, then runs CPython, "
            + "the WASM module in the JVM (a separate `portalis run` process per engine) and the native "
            + "executable, timing whole processes, and checks every output against DIR/expected/<stem>.out.")
final class BenchCommand implements Callable<Integer> {
    static final String DIR_ENV = "PORTALIS_BENCH";
    private static final String DEFAULT_DIR = "../shared/bench";

    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "the programs (default: $" + DIR_ENV + ", else " + DEFAULT_DIR + " beside the repository)")
    private Path dir;

    @Option(names = "--engines", paramLabel = "LIST", split = ",", defaultValue = "chicory,wasmtime",
            description = "WASM engines to time, comma-separated (default: ${DEFAULT-VALUE})")
    private List<String> engines;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "runs of each; the best counts (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "limit per run (default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Option(names = "--only", paramLabel = "STEM", split = ",", description = "only these programs (file stems)")
    private List<String> only;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the table here (Markdown)")
    private Path out;

    @Option(names = "--keep", paramLabel = "DIR", description = "keep the translations here (default: a temporary directory)")
    private Path keep;

    BenchCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        for (String e : engines) {
            if (!WasmEngines.names().contains(e)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown engine '" + e
                        + "' (expected one of " + String.join(", ", WasmEngines.names()) + ")");
            }
        }
        if (runs < 1 || timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs and --timeout must be ≥ 1");
        }
        Path programs = SharedData.find(dir, DIR_ENV, DEFAULT_DIR, SharedData::isDirectory)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "benchmark directory not found: give --dir DIR or set " + DIR_ENV));
        CPython python = CPython.find().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no CPython found (see portalis doctor)"));
        List<Path> files = programs(programs);
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no programs (*.py) in " + programs);
        }
        Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("portalis-bench-");
        try {
            List<BenchTable.Row> rows = measureAll(files, root, python);
            BenchTable table = new BenchTable(columns(), rows);
            String text = table.render();
            io.out().print(text);
            io.out().flush();
            if (out != null) {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            }
            return table.allCorrect() ? 0 : CliErrors.FAILED;
        } finally {
            if (keep == null) {
                TreeDeletion.deleteQuietly(root);
            }
        }
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        engines.forEach(e -> columns.add("wasm " + e));
        columns.add("native");
        return columns;
    }

    private List<Path> programs(Path programs) throws IOException {
        try (Stream<Path> listing = Files.list(programs)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> only == null || only.contains(JobInput.stemOf(p)))
                    .sorted().toList();
        }
    }

    private List<BenchTable.Row> measureAll(List<Path> files, Path root, CPython python) throws IOException {
        Path wasmDir = root.resolve("wasm");
        Path nativeDir = root.resolve("native");
        io.err().println("bench: translating " + files.size() + " programs to wasm32-wasi and native...");
        Map<Path, ModuleOutcome> wasm;
        Map<Path, ModuleOutcome> nativeBuilds;
        try (PortalisRuntime portalis = PortalisRuntime.start(
                ConfigFactory.empty().withFallback(PortalisConfig.embedded()).resolve())) {
            wasm = translate(portalis, files, Target.WASM32_WASI, wasmDir, root.resolve("work-wasm"));
            nativeBuilds = translate(portalis, files, Target.NATIVE, nativeDir, root.resolve("work-native"));
        }
        List<BenchTable.Row> rows = new ArrayList<>();
        for (Path file : files) {
            rows.add(measure(file, python, wasm.get(file), nativeBuilds.get(file)));
        }
        return rows;
    }

    private static Map<Path, ModuleOutcome> translate(PortalisRuntime portalis, List<Path> files, Target target,
                                                      Path outDir, Path work) {
        JobOptions options = new JobOptions(outDir, target, WasmEngines.DEFAULT, false, work, false);
        JobResult result = portalis.submit(new JobSpec(JobId.random(), files.stream().map(JobInput::of).toList(),
                options, Optional.empty())).toCompletableFuture().join();
        Map<Path, ModuleOutcome> byFile = new java.util.HashMap<>();
        for (ModuleOutcome m : result.modules()) {
            byFile.put(m.source(), m);
        }
        return byFile;
    }

    private BenchTable.Row measure(Path file, CPython python, ModuleOutcome wasm, ModuleOutcome nativeBuild)
            throws IOException {
        String stem = JobInput.stemOf(file);
        io.err().println("bench: " + stem);
        Duration limit = Duration.ofSeconds(timeoutSeconds);
        ProcessTimer timer = new ProcessTimer(runs, limit);
        ProcessTimer.Timing cpython = timer.time(ExternalProcess.Spec.of(
                List.of(python.executable().toString(), "-B", file.getFileName().toString()), file.getParent(), limit)
                .withExtraEnvironment(Map.of("PYTHONHASHSEED", "0", "PYTHONDONTWRITEBYTECODE", "1")), Optional.empty());
        Path expectedFile = file.resolveSibling("expected").resolve(stem + ".out");
        Optional<byte[]> expected = Files.isRegularFile(expectedFile)
                ? Optional.of(Files.readAllBytes(expectedFile)) : cpython.output();
        List<ProcessTimer.Timing> timings = new ArrayList<>();
        timings.add(cpython.checkedAgainst(expected));
        for (String engine : engines) {
            timings.add(artifact(wasm).map(w -> timer.time(ExternalProcess.Spec.of(wasmCommand(engine, w),
                            file.getParent(), limit), expected))
                    .orElseGet(() -> ProcessTimer.Timing.failed(problem(wasm))));
        }
        timings.add(artifact(nativeBuild).map(n -> timer.time(ExternalProcess.Spec.of(
                        List.of(n.toAbsolutePath().toString()), file.getParent(), limit), expected))
                .orElseGet(() -> ProcessTimer.Timing.failed(problem(nativeBuild))));
        return new BenchTable.Row(stem, timings);
    }

    private static Optional<Path> artifact(ModuleOutcome outcome) {
        return outcome == null || !outcome.translated() ? Optional.empty() : outcome.outputs().binary();
    }

    private static String problem(ModuleOutcome outcome) {
        if (outcome == null) {
            return "not translated";
        }
        return outcome.failedStage().map(s -> s.label() + " failed").orElse("no artifact");
    }

    /** {@code portalis run}: this JVM's java, its flags and this CLI's jar, as a new process. */
    private static List<String> wasmCommand(String engine, Path wasm) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        // What ./portalis adds for `run` (its class-data sharing archive), so that the figures
        // are those of the command a user runs.
        String runFlags = System.getenv("PORTALIS_RUN_JVM_FLAGS");
        if (runFlags != null && !runFlags.isBlank()) {
            command.addAll(List.of(runFlags.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PortalisCli.class.getName(),
                "run", "--engine", engine, wasm.toAbsolutePath().toString()));
        return command;
    }
}
