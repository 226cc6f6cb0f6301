package io.portalis.orchestrator.cli;

import io.portalis.build.process.ExternalProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Times whole processes for {@code portalis bench}: the best of N runs, with its output checked. */
final class ProcessTimer {
    private final int runs;
    private final Duration limit;

    ProcessTimer(int runs, Duration limit) {
        this.runs = runs;
        this.limit = limit;
    }

    /**
     * One measured command: its best wall time when every run exited 0 with the expected
     * output, otherwise the problem (and no time).
     */
    record Timing(Optional<Duration> best, Optional<byte[]> output, String problem) {
        static Timing failed(String problem) {
            return new Timing(Optional.empty(), Optional.empty(), problem);
        }

        boolean ok() {
            return best.isPresent() && problem.isEmpty();
        }

        /** This timing, failed if its output is not {@code expected}. */
        Timing checkedAgainst(Optional<byte[]> expected) {
            if (best.isEmpty() || expected.isEmpty() || output.isEmpty()) {
                return this;
            }
            return Arrays.equals(output.get(), expected.get()) ? this : failed("WRONG OUTPUT");
        }
    }

    Timing time(ExternalProcess.Spec spec, Optional<byte[]> expected) {
        Duration best = null;
        byte[] output = null;
        for (int i = 0; i < runs; i++) {
            ExternalProcess.Outcome outcome;
            try {
                outcome = ExternalProcess.run(spec);
            } catch (IOException e) {
                return Timing.failed("cannot start: " + e.getMessage());
            }
            if (outcome.timedOut()) {
                return Timing.failed("over " + limit.toSeconds() + " s");
            }
            if (outcome.exitCode() != 0) {
                return Timing.failed("exit " + outcome.exitCode() + ": " + lastLine(outcome.stderrText()));
            }
            output = outcome.stdout();
            best = best == null || outcome.elapsed().compareTo(best) < 0 ? outcome.elapsed() : best;
        }
        return new Timing(Optional.of(best), Optional.of(output), "").checkedAgainst(expected);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
