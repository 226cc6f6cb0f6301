package io.portalis.build.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program (rustc, CPython, a native build of a translation) to completion
 * under a time limit. Output goes to temporary files rather than pipes so that a chatty child
 * can never block on a full pipe while we wait for it; on timeout the child and everything it
 * spawned are killed. The limit is wall-clock time, or, for work whose length is known only in
 * CPU (a compiler: see {@link Spec#countingCpu()}), CPU time with a wall-clock backstop.
 */
public final class ExternalProcess {
    private ExternalProcess() {}

    /** What a finished (or killed) process left behind. */
    public record Outcome(int exitCode, byte[] stdout, byte[] stderr, Duration elapsed, boolean timedOut) {
        public String stdoutText() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }

        public String stderrText() {
            return new String(stderr, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * How to start the process.
     *
     * @param environment when present, the child's whole environment (nothing is inherited);
     *                    when empty, the JVM's environment plus {@code extraEnvironment}
     */
    public record Spec(List<String> command, Path workingDirectory, Optional<Map<String, String>> environment,
                       Map<String, String> extraEnvironment, byte[] stdin, Duration timeout, boolean cpuTimeout) {
        public Spec {
            command = List.copyOf(command);
            extraEnvironment = Map.copyOf(extraEnvironment);
        }

        public static Spec of(List<String> command, Path workingDirectory, Duration timeout) {
            return new Spec(command, workingDirectory, Optional.empty(), Map.of(), new byte[0], timeout, false);
        }

        public Spec withExtraEnvironment(Map<String, String> extra) {
            return new Spec(command, workingDirectory, environment, extra, stdin, timeout, cpuTimeout);
        }

        public Spec withEnvironment(Map<String, String> only) {
            return new Spec(command, workingDirectory, Optional.of(Map.copyOf(only)), extraEnvironment, stdin,
                    timeout, cpuTimeout);
        }

        public Spec withStdin(byte[] input) {
            return new Spec(command, workingDirectory, environment, extraEnvironment, input.clone(), timeout,
                    cpuTimeout);
        }

        /**
         * The timeout counts the CPU time of the process and its children, so that a machine
         * busy with other work (which slows a compiler down several times over) does not kill
         * a build that is making progress; a process that stops using CPU (waiting on a lock,
         * say) is still killed after {@link #WALL_BACKSTOP_FACTOR} times the timeout.
         */
        public Spec countingCpu() {
            return new Spec(command, workingDirectory, environment, extraEnvironment, stdin, timeout, true);
        }
    }

    /** How many times its CPU limit a CPU-limited process may take in wall-clock time. */
    public static final int WALL_BACKSTOP_FACTOR = 6;

    private static final long CPU_POLL_MILLIS = 500;

    /** Runs {@code spec}; an {@link IOException} means the program could not be started at all. */
    public static Outcome run(Spec spec) throws IOException {
        Path scratch = Files.createTempDirectory("portalis-proc");
        try {
            Path out = scratch.resolve("stdout");
            Path err = scratch.resolve("stderr");
            ProcessBuilder builder = new ProcessBuilder(spec.command())
                    .directory(spec.workingDirectory().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            spec.environment().ifPresent(env -> {
                builder.environment().clear();
                builder.environment().putAll(env);
            });
            builder.environment().putAll(spec.extraEnvironment());
            long start = System.nanoTime();
            Process process = builder.start();
            feedStdin(process, spec.stdin());
            boolean finished = spec.cpuTimeout() ? waitForCpu(process, spec.timeout()) : waitFor(process, spec.timeout());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            int code = finished ? process.exitValue() : -1;
            return new Outcome(code, Files.readAllBytes(out), Files.readAllBytes(err), elapsed, !finished);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void feedStdin(Process process, byte[] input) {
        // A child that exits without reading its input closes the pipe; that is not our error.
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException ignored) {
            // see above
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill(process);
        return false;
    }

    private static boolean waitForCpu(Process process, Duration cpuLimit) {
        long wallDeadline = System.nanoTime() + cpuLimit.multipliedBy(WALL_BACKSTOP_FACTOR).toNanos();
        try {
            while (true) {
                long wallLeft = wallDeadline - System.nanoTime();
                if (wallLeft <= 0) {
                    break;
                }
                if (process.waitFor(Math.min(CPU_POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(wallLeft) + 1),
                        TimeUnit.MILLISECONDS)) {
                    return true;
                }
                if (cpuTime(process.toHandle()).compareTo(cpuLimit) > 0) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill(process);
        return false;
    }

    /**
     * CPU time of {@code process} and its live descendants; children that already exited are
     * not counted (a linker run, seconds at most). Zero where the platform does not report it,
     * so that only the wall-clock backstop applies there.
     */
    static Duration cpuTime(ProcessHandle process) {
        Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : process.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
