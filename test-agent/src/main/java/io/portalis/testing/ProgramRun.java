package io.portalis.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What one run of a program gave: its exit code, its output streams and how long it took. */
public record ProgramRun(int exitCode, byte[] stdout, byte[] stderr, Duration elapsed) {
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }
}
