package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.orchestrator.daemon.Daemon;
import io.portalis.orchestrator.daemon.DaemonSettings;
import io.portalis.orchestrator.daemon.LoadGenerator;
import io.portalis.orchestrator.durable.JournalSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator against a daemon with fake stages: every job ends, the figures are consistent, 429s are waited out. */
class LoadGeneratorTest {
    @TempDir
    Path state;

    @Test
    void loadRunsEveryJobAndMeasuresIt() throws Exception {
        var config = PortalisConfig.load(PortalisConfig.Profile.DAEMON);
        // A queue of 4 while 8 clients submit: some submissions must wait out a 429.
        DaemonSettings settings = DaemonSettings.fromConfig(config, "127.0.0.1", 0, state, JournalSettings.h2(state),
                Optional.of("t")).withLimits(1 << 20, 4);
        try (Daemon daemon = Daemon.start(settings, new ReplayStages(Set.of(), Set.of()).stages(), () -> { })) {
            LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:" + daemon.port()), Optional.of("t"));
            LoadGenerator.Report report = load.run(40, 8, Duration.ofMinutes(2), i -> "print(" + i % 5 + ")\n",
                    load::remoteHeap);
            assertEquals(40, report.succeeded(), report.toString());
            assertEquals(0, report.unfinished());
            assertTrue(report.p50().compareTo(report.p95()) <= 0 && report.p95().compareTo(report.p99()) <= 0);
            assertTrue(report.jobsPerSecond() > 0);
            assertTrue(report.peakHeapBytes() > 0, "no heap figure from /metrics");
        }
        assertTrue(Files.isDirectory(state.resolve("jobs")));
    }

    @Test
    void onlyLoopbackDaemonsAreLoaded() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoadGenerator(URI.create("http://192.0.2.1:8080"), Optional.empty()));
    }
}
