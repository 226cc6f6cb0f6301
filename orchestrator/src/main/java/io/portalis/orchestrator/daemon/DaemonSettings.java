package io.portalis.orchestrator.daemon;

import com.typesafe.config.Config;
import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the daemon runs: where it listens (loopback unless {@code host} says otherwise), its state
 * directory and journal, the bearer token, the largest body it reads, how many accepted jobs it
 * holds before answering 429, and how long SIGTERM waits for them.
 */
public record DaemonSettings(String host, int port, Path state, JournalSettings journal, Optional<String> token,
        long maxBodyBytes, int maxQueuedJobs, Duration drainLimit, Config config) {

    public static DaemonSettings fromConfig(Config config, String host, int port, Path state, JournalSettings journal,
            Optional<String> token) {
        Config d = config.getConfig("portalis.daemon");
        return new DaemonSettings(host, port, state, journal, token.filter(t -> !t.isEmpty()),
                d.getBytes("max-body-size"), d.getInt("max-queued-jobs"), d.getDuration("drain-limit"), config);
    }

    public DaemonSettings withLimits(long bodyBytes, int queuedJobs) {
        return new DaemonSettings(host, port, state, journal, token, bodyBytes, queuedJobs, drainLimit, config);
    }
}
