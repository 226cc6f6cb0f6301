package io.portalis.orchestrator.daemon;

import com.typesafe.config.Config;
import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the daemon runs: where it listens (loopback unless {@code host} says otherwise), its state
 * directory and journal, the bearer token, the largest body it reads, how many accepted jobs it
 * holds before answering 429, how long SIGTERM waits for them, and how long an ended job's
 * directory is kept (zero: for ever).
 */
public record DaemonSettings(String host, int port, Path state, JournalSettings journal, Optional<String> token,
        long maxBodyBytes, int maxQueuedJobs, Duration drainLimit, Duration keepEndedJobs, Config config) {

    public static DaemonSettings fromConfig(Config config, String host, int port, Path state, JournalSettings journal,
            Optional<String> token) {
        Config d = config.getConfig("portalis.daemon");
        if (d.getDuration("keep-ended-jobs").isNegative()) {
            throw new IllegalArgumentException("portalis.daemon.keep-ended-jobs must be 0 (keep every job) or more, was "
                    + d.getValue("keep-ended-jobs").render());
        }
        return new DaemonSettings(host, port, state, journal, token.filter(t -> !t.isEmpty()),
                d.getBytes("max-body-size"), d.getInt("max-queued-jobs"), d.getDuration("drain-limit"), d.getDuration("keep-ended-jobs"), config);
    }

    public DaemonSettings withLimits(long bodyBytes, int queuedJobs) {
        return new DaemonSettings(host, port, state, journal, token, bodyBytes, queuedJobs, drainLimit, keepEndedJobs,
                config);
    }
}
