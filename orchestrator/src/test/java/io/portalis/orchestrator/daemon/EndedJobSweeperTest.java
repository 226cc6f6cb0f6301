package io.portalis.orchestrator.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndedJobSweeperTest {
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path jobs;

    @Test
    void removesOnlyJobsThatEndedLongerAgoThanTheLimit() throws Exception {
        Path old = job("old", Optional.of(NOW.minus(Duration.ofDays(8))));
        Path recent = job("recent", Optional.of(NOW.minus(Duration.ofDays(6))));
        // No job.json: queued or running (maybe on another node), however old its files are.
        Path unfinished = job("unfinished", Optional.empty());

        assertEquals(1, EndedJobSweeper.sweep(jobs, WEEK, NOW));

        assertFalse(Files.exists(old));
        assertTrue(Files.isRegularFile(recent.resolve("out/prog.wasm")));
        assertTrue(Files.isRegularFile(unfinished.resolve("accepted.json")));
        assertEquals(0, EndedJobSweeper.sweep(jobs, WEEK, NOW));
        assertEquals(1, EndedJobSweeper.sweep(jobs, WEEK, NOW.plus(Duration.ofDays(2))));
        assertFalse(Files.exists(recent));
    }

    @Test
    void aMissingJobsDirectoryIsNothingToSweep() {
        assertEquals(0, EndedJobSweeper.sweep(jobs.resolve("never-made"), WEEK, NOW));
    }

    @Test
    void theLimitIsReadFromConfigurationAndMustNotBeNegative() {
        var defaults = PortalisConfig.load(PortalisConfig.Profile.DAEMON);
        assertEquals(WEEK, settings(defaults).keepEndedJobs());
        var negative = ConfigFactory.parseString("portalis.daemon.keep-ended-jobs = -1d").withFallback(defaults);
        var error = assertThrows(IllegalArgumentException.class, () -> settings(negative));
        assertTrue(error.getMessage().contains("portalis.daemon.keep-ended-jobs"), error.getMessage());
    }

    @Test
    void limitsAreDescribedAsTheConfigurationWritesThem() {
        assertEquals("7d", EndedJobSweeper.describe(WEEK));
        assertEquals("36h", EndedJobSweeper.describe(Duration.ofHours(36)));
        assertEquals("90m", EndedJobSweeper.describe(Duration.ofMinutes(90)));
        assertEquals("45s", EndedJobSweeper.describe(Duration.ofSeconds(45)));
        assertEquals("1500ms", EndedJobSweeper.describe(Duration.ofMillis(1500)));
    }

    private DaemonSettings settings(com.typesafe.config.Config config) {
        return DaemonSettings.fromConfig(config, "127.0.0.1", 0, jobs, JournalSettings.h2(jobs), Optional.empty());
    }

    private Path job(String id, Optional<Instant> endedAt) throws Exception {
        Path dir = jobs.resolve(id);
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("accepted.json"), "{}");
        Files.writeString(dir.resolve("out/prog.wasm"), "module");
        Files.setLastModifiedTime(dir.resolve("accepted.json"), FileTime.from(NOW.minus(Duration.ofDays(30))));
        if (endedAt.isPresent()) {
            Files.writeString(dir.resolve(EndedJobSweeper.ENDED), "{}");
            Files.setLastModifiedTime(dir.resolve(EndedJobSweeper.ENDED), FileTime.from(endedAt.get()));
        }
        return dir;
    }
}
