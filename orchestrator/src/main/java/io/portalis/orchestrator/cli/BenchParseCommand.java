package io.portalis.orchestrator.cli;

import io.portalis.ingest.parser.PythonParser;
import io.portalis.ingest.source.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis bench-parse [DIR]}: parse throughput of our Python parser against CPython 3.12's
 * {@code ast.parse} on the same files, in the same run. Files are read into memory first; only
 * decoding and parsing are timed, after a warm-up pass, and the best of the rounds is reported.
 */
@Command(name = "bench-parse", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Compare parse throughput with CPython 3.12's ast.parse.",
        description = "Parses every *.py under DIR (default: CPython 3.12's Lib) with Portalis's parser and with "
            + "CPython's ast.parse, and prints files/s, MB/s and their ratio.")
final class BenchParseCommand implements Callable<Integer> {
    /** Times CPython's ast.parse only: files are read before the clock starts. Prints the best round's seconds. */
    private static final String PYTHON_BENCH = """
            import ast, sys, time, warnings
            warnings.simplefilter("ignore")
            rounds = int(sys.argv[1])
            data = [open(p, "rb").read() for p in sys.stdin.read().splitlines()]
            def once():
                start = time.perf_counter()
                for raw in data:
                    try:
                        ast.parse(raw)
                    except Exception:
                        pass
                return time.perf_counter() - start
            once()
            print(min(once() for _ in range(rounds)))
            """;

    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "directory to parse (default: CPython 3.12's Lib)")
    private Path dir;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds after the warm-up; the best counts (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--python", paramLabel = "PYTHON", description = "CPython 3.12 to compare with (default: python3.12 on PATH or pyenv's)")
    private String python;

    BenchParseCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        String py = python != null ? python : findPython();
        Path root = dir != null ? dir : defaultLib(py);
        if (root == null || !Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no directory to parse: give DIR "
                    + "(CPython 3.12 was not found)");
        }
        List<Path> files = pythonFiles(root);
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            sources.add(raw);
            bytes += raw.length;
        }
        io.out().printf(Locale.ROOT, "bench-parse: %d files, %.2f MB under %s (JDK %s)%n", files.size(), bytes / 1e6,
                root, Runtime.version());
        double ours = timeOurs(sources);
        line("portalis", files.size(), bytes, ours);
        if (py == null) {
            io.out().println("cpython  : not measured (CPython 3.12 not found; use --python)");
            return 0;
        }
        double theirs = timeCPython(py, files);
        line("cpython ", files.size(), bytes, theirs);
        io.out().printf(Locale.ROOT, "ratio    : portalis is %.2fx CPython's throughput%n", theirs / ours);
        io.out().flush();
        return 0;
    }

    private void line(String who, int files, long bytes, double seconds) {
        io.out().printf(Locale.ROOT, "%s : %.3f s, %.0f files/s, %.2f MB/s%n", who, seconds, files / seconds,
                bytes / 1e6 / seconds);
        io.out().flush();
    }

    /** Best seconds of {@link #rounds} passes after one warm-up pass, on a thread with the parser's deep stack. */
    private double timeOurs(List<byte[]> sources) throws InterruptedException {
        AtomicLong best = new AtomicLong(Long.MAX_VALUE);
        Thread worker = new Thread(null, () -> {
            onePass(sources);
            for (int r = 0; r < Math.max(1, rounds); r++) {
                best.accumulateAndGet(onePass(sources), Math::min);
            }
        }, "bench-parse", 512L * 1024 * 1024);
        worker.start();
        worker.join();
        return best.get() / 1e9;
    }

    private static long onePass(List<byte[]> sources) {
        long start = System.nanoTime();
        int sink = 0;
        for (byte[] raw : sources) {
            SourceDecoder.Decoded decoded = SourceDecoder.decode(raw);
            if (decoded.ok()) {
                sink += PythonParser.parseHere(decoded.text(), "<bench>").ok() ? 1 : 0;
            }
        }
        long elapsed = System.nanoTime() - start;
        return sink < 0 ? Long.MAX_VALUE : elapsed;
    }

    private double timeCPython(String py, List<Path> files) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(py, "-c", PYTHON_BENCH, Integer.toString(Math.max(1, rounds)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(String.join("\n", files.stream().map(Path::toString).toList()).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(py + " failed to run the benchmark");
        }
        return Double.parseDouble(out);
    }

    private static List<Path> pythonFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** python3.12 on PATH when it runs (pyenv shims may not), else pyenv's 3.12; null if neither. */
    private static String findPython() {
        List<String> candidates = new ArrayList<>(List.of("python3.12"));
        try (Stream<Path> versions = Files.list(Path.of("/root/.pyenv/versions"))) {
            versions.filter(v -> v.getFileName().toString().startsWith("3.12")).sorted()
                    .forEach(v -> candidates.add(v.resolve("bin/python3.12").toString()));
        } catch (IOException | SecurityException e) {
            // no pyenv: PATH is the only place to look
        }
        for (String c : candidates) {
            if (query(c, "import sys; assert sys.version_info[:2] == (3, 12)") != null) {
                return c;
            }
        }
        return null;
    }

    private static Path defaultLib(String py) {
        String lib = py == null ? null : query(py, "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        return lib == null ? null : Path.of(lib.trim());
    }

    private static String query(String py, String code) {
        try {
            Process p = new ProcessBuilder(py, "-c", code).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
