package io.portalis.orchestrator.cli;

import io.portalis.agents.JobId;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.Target;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.PortalisRuntime;
import io.portalis.orchestrator.durable.DurableJobs;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.durable.JobRecord;
import io.portalis.orchestrator.durable.JournalSettings;
import io.portalis.orchestrator.store.ModuleStore;
import io.portalis.orchestrator.store.StateDirectory;
import io.portalis.orchestrator.json.JobJson;
import io.portalis.testing.engine.EnvGrants;
import io.portalis.testing.engine.WasmEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portalis translate FILE.py… -o DIR}: runs the whole pipeline on each file. */
@Command(name = "translate", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Translate Python files to WebAssembly, verified against CPython.",
        description = "Translates Python files to Rust and builds them to WebAssembly (or native code), "
            + "checks each translation against CPython, and writes DIR/<stem>.wasm, the crate in "
            + "DIR/<stem>/ and DIR/<stem>.report.json. Exit 0 when every file translated, 1 when "
            + "some failed.")
final class TranslateCommand implements Callable<Integer> {
    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.py",
            description = "Python files to translate, each the main script of a program (the modules it imports "
                    + "are found beside it); a directory with __main__.py runs as `python3 DIR` would")
    private List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "where outputs go")
    private Path outDir;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "wasm32-wasi",
            converter = TargetConverter.class, description = "wasm32-wasi (default) or native")
    private Target target;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = WasmEngines.DEFAULT,
            description = "WASM engine for verification: chicory (default), chicory-interpreter or wasmtime")
    private String engine;

    @Option(names = "--run", description = "print each translated program's output (from the verification run): "
            + "its stdout on stdout, its stderr on stderr")
    private boolean run;

    @Option(names = "--data", paramLabel = "PATH",
            description = "copy this file or directory into the empty scratch directory CPython and the translation "
                + "each run in for verification (repeatable), for programs that read input files")
    private List<Path> data = new java.util.ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VALUE]",
            description = "grant this environment variable to CPython and the translation for verification "
                + "(repeatable; a bare NAME passes this shell's value on). Without it both see only Python's "
                + "fixed settings, so a program that reads HOME sees it unset")
    private List<String> env = new java.util.ArrayList<>();

    @Option(names = "--stdin", paramLabel = "FILE",
            description = "feed this file to CPython and the translation as standard input for verification "
                    + "(each program reads it from the start); '-' reads this command's own standard input to "
                    + "its end first. Without it the programs read nothing, unless ./portalis was given a "
                    + "redirected file or a pipe")
    private String stdin;

    /** Set by ./portalis when its standard input is a file or a pipe and no --stdin was given. */
    @Option(names = "--stdin-if-ended", hidden = true)
    private boolean stdinIfEnded;

    @Option(names = "--no-verify", description = "do not compare the translation's output with CPython's")
    private boolean noVerify;

    @Option(names = "--build-only", description = "translate and build but do not run the result (implies --no-verify)")
    private boolean buildOnly;

    @Option(names = "--lib", description = "translate each file as a library: its public top-level functions "
            + "become exports of DIR/<stem>.wasm, called with `portalis call` or the Java API (docs/ABI.md); "
            + "also writes DIR/<stem>.portalis")
    private boolean library;

    @Option(names = "--json", description = "print one JSON object summarising the job on stdout")
    private boolean json;

    @Option(names = "--state", paramLabel = "STATEDIR",
            description = "keep the job journal and artifact store here: modules translated before with the same "
                + "source, options, toolchain and Portalis are reused, and a run cut off earlier goes on "
                + "(default: $PORTALIS_STATE, else $XDG_STATE_HOME/portalis, else ~/.local/state/portalis)")
    private Path stateDir;

    @Option(names = "--no-reuse",
            description = "translate every module again, without the journal and the store")
    private boolean noReuse;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "keep build files here (default: a temporary directory, deleted afterwards)")
    private Path workDir;

    TranslateCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        validate();
        Optional<Diagnostic> outProblem = prepare(outDir);
        if (outProblem.isPresent()) {
            io.err().println(outProblem.get().headline());
            return CliErrors.FAILED;
        }
        Path work = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("portalis-work-");
        try {
            Optional<Path> input = standardInput(work);
            JobResult result = runJob(work, input);
            return report(result);
        } finally {
            if (workDir == null) {
                TreeDeletion.deleteQuietly(work);
            }
        }
    }

    /** The file the verification runs read as standard input, if they read any. */
    private Optional<Path> standardInput(Path work) throws IOException {
        if (noVerify || buildOnly || library) {
            return Optional.empty();
        }
        Path saved = work.resolve(".portalis-stdin");
        if ("-".equals(stdin)) {
            return Optional.of(StdinCapture.readAll(io.in(), saved));
        }
        if (stdin != null) {
            return Optional.of(Path.of(stdin).toAbsolutePath().normalize());
        }
        if (!stdinIfEnded) {
            return Optional.empty();
        }
        Optional<Path> read = StdinCapture.readIfEnded(io.in(), saved, StdinCapture.UNASKED_WAIT);
        if (read.isEmpty()) {
            io.err().println("portalis: standard input did not end within " + StdinCapture.UNASKED_WAIT.toSeconds()
                    + " s, so the programs are verified reading none (give it with --stdin FILE, or close it)");
        }
        return read;
    }

    private void validate() {
        if (!WasmEngines.names().contains(engine)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown engine '" + engine
                    + "' (expected one of " + String.join(", ", WasmEngines.names()) + ")");
        }
        for (Path item : data) {
            if (!Files.exists(item)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data " + item + ": no such file or directory");
            }
        }
        if (stdin != null && !"-".equals(stdin) && !Files.isRegularFile(Path.of(stdin))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stdin " + stdin + ": no such file");
        }
        try {
            EnvGrants.resolve(env, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (buildOnly && run) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--run prints the output of the verification run, which --build-only skips");
        }
        Map<String, Path> stems = new HashMap<>();
        for (Path file : files) {
            String stem = JobInput.of(file).stem();
            Path earlier = stems.putIfAbsent(stem, file);
            if (earlier != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + earlier + "' and '" + file
                        + "' would both write outputs named '" + stem + "' in " + outDir);
            }
        }
    }

    private static Optional<Diagnostic> prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(Diagnostic.error(DiagnosticCode.PTL0401, SourceSpan.wholeFile(dir.toString()),
                    "cannot create the output directory: " + CliErrors.describe(e)));
        }
    }

    private JobResult runJob(Path work, Optional<Path> input) {
        JobOptions options = new JobOptions(outDir, target, engine, !noVerify && !buildOnly, work, !buildOnly,
                library, data.stream().map(p -> p.toAbsolutePath().normalize()).toList(), env, input);
        JobSpec job = new JobSpec(JobId.random(), files.stream().map(JobInput::of).toList(), options,
                Optional.empty());
        ProgressLines progress = new ProgressLines(io.err(), job, files.size() > 1);
        if (noReuse) {
            try (PortalisRuntime portalis = PortalisRuntime.start()) {
                return portalis.submit(job, progress::onEvent).toCompletableFuture().join();
            }
        }
        Path state = state();
        DurableJobs jobs;
        try {
            jobs = DurableJobs.start(state, JournalSettings.choose(state, Optional.empty(), System.getenv()),
                    PortalisConfig.embedded(), PipelineStages.defaults());
        } catch (RuntimeException e) {
            io.err().println("portalis: warning: " + e.getMessage() + "; going on without the journal");
            Optional<ModuleStore> store = Optional.of(new ModuleStore(StateDirectory.storeIn(state)));
            try (PortalisRuntime portalis = PortalisRuntime.start(PortalisConfig.embedded(),
                    PipelineStages.defaults(), store)) {
                return portalis.submit(job, progress::onEvent).toCompletableFuture().join();
            }
        }
        try (jobs) {
            return resumeOrSubmit(jobs, job, work, progress);
        }
    }

    /**
     * The same command cut off earlier (killed, crashed) left its job unfinished in the journal:
     * that job goes on under its own id, so it ends in the journal too; otherwise a new job.
     */
    private static JobResult resumeOrSubmit(DurableJobs jobs, JobSpec job, Path work, ProgressLines progress) {
        JobRecord wanted = JobRecord.of(job);
        try {
            for (JobEntity.State open : jobs.unfinished()) {
                if (open.job().orElseThrow().sameWorkAs(wanted)) {
                    return jobs.resume(open, Optional.of(work), progress::onEvent).toCompletableFuture().join();
                }
            }
        } catch (Exception e) {
            // The journal could not be read: run the job anew; the store still reuses finished modules.
        }
        try {
            jobs.record(job).toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            // The journal refused the job (another process holding its file died, say): run it
            // unjournaled; the store still reuses finished modules and keeps new ones.
            return jobs.runtime().submit(job, progress::onEvent).toCompletableFuture().join();
        }
        return jobs.start(job, progress::onEvent).toCompletableFuture().join();
    }

    private Path state() {
        return stateDir != null ? stateDir : StateDirectory.defaultFor(System.getenv());
    }

    private int report(JobResult result) {
        if (json) {
            io.out().println(JobJson.render(result));
        } else if (result.status() == JobResult.Status.REJECTED) {
            io.err().println("portalis: the job was rejected: " + result.rejection().orElse("no reason given"));
        } else {
            JobText.write(result, io.err());
            if (library) {
                printPackages(result);
            }
            if (run) {
                printProgramOutput(result);
            }
        }
        return result.allTranslated() ? 0 : CliErrors.FAILED;
    }

    /** Where each translated library's package went (the packaging agent names it after the wasm). */
    private void printPackages(JobResult result) {
        for (ModuleOutcome module : result.modules()) {
            module.outputs().binary().filter(b -> module.translated()).ifPresent(binary -> {
                String name = binary.getFileName().toString().replaceFirst("\\.wasm$", "") + ".portalis";
                io.err().println("  library: call its functions with `portalis call " + binary
                        + " FUNCTION --args '[...]'`; package " + binary.resolveSibling(name));
            });
        }
    }

    private void printProgramOutput(JobResult result) {
        List<ModuleOutcome> translated = new ArrayList<>(result.modules());
        translated.removeIf(m -> !m.translated());
        // As `python3 prog.py` shows them: the program's stdout on ours, its stderr (a traceback,
        // warnings, logging) on ours.
        for (ModuleOutcome module : translated) {
            module.verification().ifPresent(v -> {
                io.out().print(v.stdout());
                io.out().flush();
                io.err().print(v.stderr());
                io.err().flush();
            });
        }
    }

    /** {@code wasm32-wasi} (also {@code wasm32-wasip1}) or {@code native}. */
    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return switch (value) {
                case "wasm32-wasi", "wasm32-wasip1" -> Target.WASM32_WASI;
                case "native" -> Target.NATIVE;
                default -> throw new CommandLine.TypeConversionException(
                        "unknown target '" + value + "' (expected wasm32-wasi or native)");
            };
        }
    }
}
