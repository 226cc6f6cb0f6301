package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdinCaptureTest {
    @TempDir
    Path dir;

    @Test
    void anInputThatEndsIsSavedWhole() throws Exception {
        byte[] bytes = "line 1\nline 2 \u00e9\n".getBytes(StandardCharsets.UTF_8);
        Optional<Path> saved = StdinCapture.readIfEnded(new ByteArrayInputStream(bytes), dir.resolve("in"),
                Duration.ofSeconds(5));
        assertTrue(saved.isPresent());
        assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(saved.get()));
    }

    @Test
    void aPipeLeftOpenIsNotWaitedForPastTheLimit() throws Exception {
        try (PipedOutputStream writer = new PipedOutputStream(); PipedInputStream open = new PipedInputStream(writer)) {
            writer.write("partial".getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            Optional<Path> saved = StdinCapture.readIfEnded(open, dir.resolve("in"), Duration.ofMillis(300));
            assertTrue(saved.isEmpty());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
            assertTrue(Files.notExists(dir.resolve("in")));
        }
    }
}
