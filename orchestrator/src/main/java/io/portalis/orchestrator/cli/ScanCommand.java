package io.portalis.orchestrator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.cuda.census.Census;
import io.portalis.cuda.census.CensusKernel;
import io.portalis.cuda.census.CudaCensusKernel;
import io.portalis.cuda.supervision.DeviceFault;
import io.portalis.cuda.census.CorpusScanner;
import io.portalis.cuda.census.CpuCensusKernel;
import io.portalis.cuda.census.FileCensus;
import io.portalis.cuda.census.GpuProbe;
import io.portalis.cuda.census.ScanReport;
import io.portalis.cuda.supervision.FaultInjectingKernel;
import io.portalis.cuda.supervision.SupervisedCensusKernel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis scan DIR…}: a lexical census of a Python corpus (no parse). Exit 0 whatever
 * the files hold (unreadable or non-Python files are listed as errors); 2 when {@code --device
 * gpu} cannot be honoured.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Count files, lines, tokens and dynamic features of a Python corpus, without parsing.",
        description = {"Lexes every .py file under each DIR (a file may be named too) and counts, per file and in "
            + "total: bytes, lines, tokens by kind, string and comment bytes, and the dynamic features that decide "
            + "translatability: eval/exec calls, getattr/setattr/delattr calls, __dict__/__class__ accesses, "
            + "metaclass= keywords, star-imports and import statements. Files are scanned in parallel on all "
            + "cores. Binary, undecodable or unreadable files are reported, not counted."})
final class ScanCommand implements Callable<Integer> {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    enum Device { cpu, gpu, auto }

    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "directories (or .py files) to scan")
    private List<Path> roots;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "cpu|gpu|auto",
            description = "where the census runs; auto uses the CPU unless a GPU kernel can run (default: ${DEFAULT-VALUE})")
    private Device device;

    @Option(names = "--json", description = "print the census as one JSON object")
    private boolean json;

    @Option(names = "--inject-device-faults", hidden = true, paramLabel = "N",
            description = "testing: run the census through the supervised device worker with a simulated device "
                + "(the CPU twin) that faults on every N-th batch")
    private int injectFaults;

    @Option(names = "--batch-files", hidden = true, defaultValue = "256", paramLabel = "N",
            description = "files per batch (default: ${DEFAULT-VALUE})")
    private int batchFiles;

    ScanCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (batchFiles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch-files must be at least 1");
        }
        if (device == Device.gpu) {
            Optional<String> absence = GpuProbe.absence();
            if (absence.isPresent()) {
                io.err().println("portalis scan: --device gpu: " + absence.get());
                return CliErrors.USAGE;
            }
            CudaCensusKernel gpu;
            try {
                gpu = CudaCensusKernel.open();
            } catch (DeviceFault fault) {
                io.err().println("portalis scan: --device gpu: " + fault.getMessage());
                return CliErrors.USAGE;
            }
            print(supervised(gpu));
            return 0;
        }
        // auto is the CPU twin: no GPU crossover batch size has been measured yet (cuda-kernels/README.md).
        print(injectFaults > 0 ? supervised(FaultInjectingKernel.everyNth(new CpuCensusKernel(), injectFaults))
                : new CorpusScanner(new CpuCensusKernel(), batchFiles).scan(roots, progress()));
        return 0;
    }

    /**
     * A progress bar on stderr for people: only without {@code --json} and only when the JVM has
     * a terminal, so pipes, files and tests get the summary alone.
     */
    private CorpusScanner.Progress progress() {
        if (json || System.console() == null) {
            return (done, total) -> { };
        }
        return (done, total) -> {
            int width = 30;
            int filled = total == 0 ? width : (int) (width * done / total);
            io.err().print("\rscanning [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + " files" + (done == total ? "\n" : ""));
            io.err().flush();
        };
    }

    private void print(ScanReport report) {
        if (json) {
            io.out().println(toJson(report).toPrettyString());
        } else {
            printSummary(report);
        }
    }

    /**
     * The device kernel under its supervised worker with the CPU twin behind a circuit breaker
     * (with {@code --inject-device-faults}, the device is the CPU twin made to fault).
     */
    private ScanReport supervised(CensusKernel device) {
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "portalis-scan");
        try {
            SupervisedCensusKernel kernel = new SupervisedCensusKernel(system, device, new CpuCensusKernel(),
                    SupervisedCensusKernel.Settings.defaults());
            ScanReport report = new CorpusScanner(kernel, batchFiles).scan(roots, progress());
            SupervisedCensusKernel.Stats stats = kernel.stats();
            io.err().printf(Locale.ROOT, "portalis scan: device faults: %d, batches on the device %d, on the "
                    + "cpu %d, breaker opened %d times%n", stats.faults(), stats.deviceBatches(), stats.cpuBatches(),
                    stats.timesBreakerOpened());
            return report;
        } finally {
            system.terminate();
        }
    }

    static ObjectNode toJson(ScanReport report) {
        ObjectNode root = JSON.objectNode();
        ObjectNode totals = counts(root.putObject("totals"), report.totals());
        totals.put("throughput_mb_s", Math.round(report.throughputMbS() * 10) / 10.0);
        ArrayNode files = root.putArray("files");
        for (FileCensus file : report.files()) {
            ObjectNode node = files.addObject().put("path", file.path());
            if (file.census().error() != null) {
                node.put("error", file.census().error());
            } else {
                counts(node, file.census()).remove(List.of("files", "errors"));
            }
        }
        root.put("device", report.device());
        return root;
    }

    private static ObjectNode counts(ObjectNode node, Census c) {
        node.put("files", c.files()).put("errors", c.errors()).put("bytes", c.bytes()).put("lines", c.lines())
                .put("tokens", c.tokens());
        node.putObject("tokens_by_kind").put("name", c.names()).put("keyword", c.keywords()).put("number", c.numbers())
                .put("string", c.strings()).put("operator", c.operators()).put("comment", c.comments());
        return node.put("string_bytes", c.stringBytes()).put("comment_bytes", c.commentBytes())
                .put("eval_exec_calls", c.evalExecCalls()).put("getattr_setattr_delattr_calls", c.attrFunctionCalls())
                .put("dict_class_accesses", c.dunderAccesses()).put("metaclass_keywords", c.metaclassKeywords())
                .put("star_imports", c.starImports()).put("import_statements", c.importStatements());
    }

    private void printSummary(ScanReport report) {
        Census t = report.totals();
        var out = io.out();
        out.printf(Locale.ROOT, "scanned %d files, %d bytes, %d lines on %s (%.1f MB/s)%n", t.files(), t.bytes(),
                t.lines(), report.device(), report.throughputMbS());
        out.printf(Locale.ROOT, "tokens: %d (names %d, keywords %d, numbers %d, strings %d, operators %d); comments %d%n",
                t.tokens(), t.names(), t.keywords(), t.numbers(), t.strings(), t.operators(), t.comments());
        out.printf(Locale.ROOT, "string bytes %d, comment bytes %d%n", t.stringBytes(), t.commentBytes());
        out.println("dynamic features:");
        out.printf(Locale.ROOT, "  eval/exec calls                 %d%n", t.evalExecCalls());
        out.printf(Locale.ROOT, "  getattr/setattr/delattr calls   %d%n", t.attrFunctionCalls());
        out.printf(Locale.ROOT, "  __dict__/__class__ accesses     %d%n", t.dunderAccesses());
        out.printf(Locale.ROOT, "  metaclass= keywords             %d%n", t.metaclassKeywords());
        out.printf(Locale.ROOT, "  star-imports                    %d%n", t.starImports());
        out.printf(Locale.ROOT, "  import statements               %d%n", t.importStatements());
        List<FileCensus> evalFiles = report.files().stream().filter(f -> f.census().evalExecCalls() > 0).toList();
        if (!evalFiles.isEmpty()) {
            out.printf(Locale.ROOT, "files calling eval/exec: %d%n", evalFiles.size());
        }
        if (t.errors() > 0) {
            out.printf(Locale.ROOT, "not scanned: %d%n", t.errors());
            for (FileCensus f : report.files()) {
                if (f.census().error() != null) {
                    out.println("  " + f.path() + ": " + f.census().error());
                }
            }
        }
    }
}
