package io.portalis.orchestrator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standard input {@code translate} gives the programs it verifies, saved to a file because
 * CPython and the translation each read it from the start, and a job resumed after a crash again.
 */
final class StdinCapture {
    /**
     * How long {@code ./portalis} waits for a piped standard input it was not asked for to end. A
     * harness that starts the command with a pipe it never writes or closes must not hang it; one
     * that writes the program's input and closes the pipe has long finished by then.
     */
    static final Duration UNASKED_WAIT = Duration.ofSeconds(10);

    private StdinCapture() {}

    /** Reads {@code in} to its end into {@code file}. */
    static Path readAll(InputStream in, Path file) throws IOException {
        Files.write(file, in.readAllBytes());
        return file;
    }

    /**
     * Reads {@code in} into {@code file} when it ends within {@code wait}; empty when it does not
     * (the reading thread is left to the JVM's exit).
     */
    static Optional<Path> readIfEnded(InputStream in, Path file, Duration wait) throws IOException {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "portalis-stdin");
        reader.setDaemon(true);
        reader.start();
        try {
            Files.write(file, read.get(wait.toMillis(), TimeUnit.MILLISECONDS));
            return Optional.of(file);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
