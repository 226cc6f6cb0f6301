package io.portalis.build.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalProcessTest {
    @TempDir
    Path dir;

    @Test
    void aWallClockLimitStopsAProcessThatOnlyWaits() throws Exception {
        var outcome = ExternalProcess.run(ExternalProcess.Spec.of(List.of("sleep", "30"), dir, Duration.ofMillis(300)));
        assertTrue(outcome.timedOut());
        assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(10)) < 0, outcome.elapsed().toString());
    }

    @Test
    void aCpuLimitLetsAWaitingProcessRunPastItInWallClockTime() throws Exception {
        // one second asleep uses no CPU: under a 0.4 s CPU limit (2.4 s of wall-clock backstop)
        // it finishes, as a compiler slowed down by a busy machine must
        var outcome = ExternalProcess.run(
                ExternalProcess.Spec.of(List.of("sleep", "1"), dir, Duration.ofMillis(400)).countingCpu());
        assertFalse(outcome.timedOut());
        assertEquals(0, outcome.exitCode());
    }

    @Test
    void aCpuLimitStopsAProcessThatKeepsComputing() throws Exception {
        var outcome = ExternalProcess.run(ExternalProcess.Spec.of(
                List.of("sh", "-c", "while :; do :; done"), dir, Duration.ofMillis(500)).countingCpu());
        assertTrue(outcome.timedOut());
    }

    @Test
    void aCpuLimitStillStopsAProcessThatWaitsForeverAtTheBackstop() throws Exception {
        var outcome = ExternalProcess.run(
                ExternalProcess.Spec.of(List.of("sleep", "60"), dir, Duration.ofMillis(200)).countingCpu());
        assertTrue(outcome.timedOut());
        assertTrue(outcome.elapsed().compareTo(Duration.ofMillis(200).multipliedBy(
                ExternalProcess.WALL_BACKSTOP_FACTOR)) >= 0);
        assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(20)) < 0, outcome.elapsed().toString());
    }
}
