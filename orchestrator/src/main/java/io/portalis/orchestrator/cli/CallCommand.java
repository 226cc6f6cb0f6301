package io.portalis.orchestrator.cli;

import io.portalis.packaging.embed.ModuleFailure;
import io.portalis.packaging.embed.PythonException;
import io.portalis.packaging.embed.PythonModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portalis call LIB.wasm FUNCTION --args '[…]'}: calls one function of a library module
 * through the JSON ABI (docs/ABI.md) with {@link PythonModule}, the Java API's code path, and
 * prints the JSON result. {@code --repeat N} makes the same call N times in this JVM and reports
 * the throughput and latency percentiles.
 */
@Command(name = "call", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Call a function of a library translated with `translate --lib`.",
        description = "Loads DIR/<stem>.wasm (or DIR/<stem>.portalis), calls FUNCTION with the JSON array of "
            + "--args and prints the JSON of its result. If the function raised, prints `Type: message` on "
            + "stderr and exits 1. The function's own print output goes to stderr.")
final class CallCommand implements Callable<Integer> {
    private static final int WARM_UP_MAX = 100_000;

    private final CliStreams io;

    @Parameters(index = "0", paramLabel = "LIB", description = "a library .wasm or .portalis package")
    private Path module;

    @Parameters(index = "1", paramLabel = "FUNCTION", description = "the function to call")
    private String function;

    @Option(names = "--args", paramLabel = "JSON", defaultValue = "[]",
            description = "the arguments as a JSON array (default: [])")
    private String args;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "call N times and report calls/s and p50/p99 latency on stderr")
    private int repeat;

    CallCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(module)) {
            io.err().println("portalis: no such file: " + module);
            return CliErrors.FAILED;
        }
        PythonModule.Options options = PythonModule.Options.defaults().withPoolSize(1)
                .withAcquireTimeout(Duration.ofMinutes(10)).withOutput(io.err(), io.err());
        try (PythonModule lib = PythonModule.load(module, options)) {
            String result = lib.callJson(function, args);
            io.out().println(result);
            io.out().flush();
            if (repeat > 1) {
                io.err().println(measure(lib));
            }
            return 0;
        } catch (PythonException e) {
            io.err().println(e.getMessage());
            return CliErrors.FAILED;
        } catch (ModuleFailure e) {
            io.err().println("portalis: " + e.getMessage());
            return CliErrors.FAILED;
        }
    }

    /**
     * N timed calls after as many untimed ones (at most {@value #WARM_UP_MAX}), which let the JIT
     * compile the module's hot paths: the figures are the steady state of a long-running JVM.
     */
    private String measure(PythonModule lib) {
        int warmUp = Math.min(repeat, WARM_UP_MAX);
        for (int i = 0; i < warmUp; i++) {
            lib.callJson(function, args);
        }
        long[] nanos = new long[repeat];
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            lib.callJson(function, args);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // On a busy machine the wall clock counts time the thread waited for a core; the
        // thread's CPU time is what the calls themselves cost.
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%d calls in %.3f s (after %d warm-up calls): %.0f calls/s, "
                + "%.0f calls per CPU second of the calling thread, p50 %.1f µs, p99 %.1f µs, max %.1f µs",
                repeat, seconds, warmUp, repeat / seconds, repeat / cpuSeconds, nanos[repeat / 2] / 1e3, nanos[(int) (repeat * 0.99)] / 1e3,
                nanos[repeat - 1] / 1e3);
    }
}
