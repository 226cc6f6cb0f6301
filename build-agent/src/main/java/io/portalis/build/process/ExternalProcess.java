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
 * spawned are killed.
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
                       Map<String, String> extraEnvironment, byte[] stdin, Duration timeout) {
        public Spec {
            command = List.copyOf(command);
            extraEnvironment = Map.copyOf(extraEnvironment);
        }

        public static Spec of(List<String> command, Path workingDirectory, Duration timeout) {
            return new Spec(command, workingDirectory, Optional.empty(), Map.of(), new byte[0], timeout);
        }

        public Spec withExtraEnvironment(Map<String, String> extra) {
            return new Spec(command, workingDirectory, environment, extra, stdin, timeout);
        }

        public Spec withEnvironment(Map<String, String> only) {
            return new Spec(command, workingDirectory, Optional.of(Map.copyOf(only)), extraEnvironment, stdin,
                    timeout);
        }

        public Spec withStdin(byte[] input) {
            return new Spec(command, workingDirectory, environment, extraEnvironment, input.clone(), timeout);
        }
    }

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
            boolean finished = waitFor(process, spec.timeout());
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
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
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
