package io.portalis.orchestrator.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the directories of daemon jobs that ended more than {@code keep-ended-jobs} ago, so a
 * long-running daemon does not fill its disk (each ended job holds its outputs, about 1.3 MB with
 * the vendored crate). A job counts as ended when its {@code job.json} exists, and its age is that
 * file's; a directory without one belongs to a job that may still run (here or on another node
 * sharing the state directory) and is never touched.
 */
final class EndedJobSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EndedJobSweeper.class);
    static final String ENDED = "job.json";
    /** Sweeps often enough that a directory outlives its limit by at most a quarter, and at most hourly. */
    private static final Duration MAX_INTERVAL = Duration.ofHours(1);
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private final ScheduledExecutorService timer;

    private EndedJobSweeper(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Sweeps {@code jobs} now and then periodically; {@code keep} of zero keeps every job. */
    static EndedJobSweeper start(Path jobs, Duration keep) {
        if (keep.isZero()) {
            return new EndedJobSweeper(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "portalis-job-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        Duration every = keep.dividedBy(4);
        every = every.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : every.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : every;
        timer.scheduleWithFixedDelay(() -> {
            try {
                int removed = sweep(jobs, keep, Instant.now());
                if (removed > 0) {
                    LOG.info("removed {} jobs that ended more than {} ago", removed, keep);
                }
            } catch (RuntimeException e) {
                LOG.warn("sweeping ended jobs failed; trying again later", e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return new EndedJobSweeper(timer);
    }

    /** Removes each job directory under {@code jobs} whose end was recorded before {@code now - keep}. */
    static int sweep(Path jobs, Duration keep, Instant now) {
        if (!Files.isDirectory(jobs)) {
            return 0;
        }
        Instant cutoff = now.minus(keep);
        int removed = 0;
        try (Stream<Path> dirs = Files.list(jobs)) {
            for (Path dir : dirs.toList()) {
                Path ended = dir.resolve(ENDED);
                try {
                    if (Files.isRegularFile(ended) && Files.getLastModifiedTime(ended).toInstant().isBefore(cutoff)) {
                        removeTree(dir);
                        removed++;
                    }
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("cannot remove ended job directory {}: {}", dir, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", jobs, e.toString());
        }
        return removed;
    }

    /**
     * The end marker goes last: a sweep cut short leaves a directory that still reads as ended
     * (its artifacts answer 404) and is swept again next time.
     */
    private static void removeTree(Path dir) throws IOException {
        Path ended = dir.resolve(ENDED);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(ended) && !file.equals(dir)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        Files.deleteIfExists(ended);
        Files.deleteIfExists(dir);
    }

    /** {@code 7d}, {@code 36h}, {@code 90s}: the largest whole unit, as the configuration is written. */
    static String describe(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + "h";
        }
        if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes()))) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
