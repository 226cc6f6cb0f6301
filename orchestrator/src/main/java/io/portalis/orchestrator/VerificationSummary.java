package io.portalis.orchestrator;

import io.portalis.testing.Verification;
import java.time.Duration;

/**
 * What the test stage saw when it ran the translation: its exit code and output, and whether
 * CPython was run on the same program and printed the same.
 */
public record VerificationSummary(
        boolean comparedWithCPython, boolean matches, int exitCode, String stdout, String stderr, Duration elapsed) {

    public static VerificationSummary of(Verification verification) {
        var run = verification.translated();
        return new VerificationSummary(verification.cpython().isPresent(), verification.matches(), run.exitCode(),
                run.stdoutText(), run.stderrText(), run.elapsed());
    }
}
