package io.portalis.orchestrator.seams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds programs on PATH and runs them briefly to ask their version: what doctor needs. */
public final class ExternalTools {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private ExternalTools() {}

    /** Every executable called {@code name} on PATH, in PATH order. */
    public static List<Path> onPath(String name) {
        List<Path> found = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path == null) {
            return found;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    public static Optional<Path> firstOnPath(String name) {
        return onPath(name).stream().findFirst();
    }

    /** The command's stdout and stderr, trimmed, when it exits 0 within 15 s. */
    public static Optional<String> output(List<String> command) {
        Path log = null;
        Process process = null;
        try {
            // Output goes to a file, not a pipe, so that a hung tool cannot block the reader past the limit.
            log = Files.createTempFile("portalis-tool", ".out");
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(log);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover temp file is harmless.
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
