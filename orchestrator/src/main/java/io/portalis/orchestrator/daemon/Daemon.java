package io.portalis.orchestrator.daemon;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.durable.DurableJobs;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.json.JobJson;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.ingest.SourceFile;
import io.portalis.agents.ModuleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running Portalis: {@link DurableJobs} behind the HTTP API ({@link HttpApi}). It admits
 * at most {@code max-queued-jobs} unfinished jobs (429 beyond), keeps each job's sources, outputs
 * and final answers under {@code state/jobs/<id>/}, resumes the jobs a crash cut off when it
 * starts, and on {@link #drain} stops taking jobs, lets the running ones finish, then closes.
 *
 * <p>Sources are written to {@code state/sources/<hash>/<name>.py}, named by their content, so
 * the same file sent in two jobs has one path and its translation is reused from the store.
 */
public final class Daemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final Duration JOURNAL_LIMIT = Duration.ofSeconds(30);

    private final DaemonSettings settings;
    private final DurableJobs jobs;
    private final Map<JobId, JobView> live = new ConcurrentHashMap<>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final DaemonMetrics metrics;
    private volatile boolean accepting = true;
    private volatile boolean ready;
    private HttpApi api;

    private Daemon(DaemonSettings settings, DurableJobs jobs) {
        this.settings = settings;
        this.jobs = jobs;
        this.metrics = new DaemonMetrics(() -> unfinished.get() - running.get(), running::get);
    }

    /**
     * Opens the journal, resumes unfinished jobs, starts listening, and runs {@code warmUp}
     * (compiling the runtime crate, loading the engine) in the background; ready after it.
     */
    public static Daemon start(DaemonSettings settings, PipelineStages stages, Runnable warmUp) throws IOException {
        DurableJobs jobs = DurableJobs.start(settings.state(), settings.journal(), settings.config(), stages);
        Daemon daemon = new Daemon(settings, jobs);
        try {
            daemon.resumeUnfinished();
            daemon.api = HttpApi.start(daemon, settings);
        } catch (IOException | RuntimeException e) {
            jobs.close();
            throw e;
        }
        Thread warm = new Thread(() -> {
            try {
                warmUp.run();
            } catch (RuntimeException e) {
                LOG.warn("warm-up failed; jobs will compile the runtime themselves", e);
            }
            daemon.ready = true;
        }, "portalis-warm-up");
        warm.setDaemon(true);
        warm.start();
        return daemon;
    }

    public int port() {
        return api.port();
    }

    boolean ready() {
        return ready && accepting;
    }

    boolean accepting() {
        return accepting;
    }

    DaemonMetrics metrics() {
        return metrics;
    }

    DaemonSettings settings() {
        return settings;
    }

    /** The outcome of a submission: accepted with an id, or refused because the daemon is full or draining. */
    sealed interface Admission permits Accepted, Busy, Draining {}

    record Accepted(JobId id) implements Admission {}

    record Busy(int unfinished) implements Admission {}

    record Draining() implements Admission {}

    Admission submit(JobSubmission submission) throws IOException {
        if (!accepting) {
            return new Draining();
        }
        int now = unfinished.incrementAndGet();
        if (now > settings.maxQueuedJobs()) {
            unfinished.decrementAndGet();
            metrics.rejected();
            return new Busy(now - 1);
        }
        JobId id = JobId.random();
        try {
            List<JobInput> inputs = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : submission.files().entrySet()) {
                inputs.add(new JobInput(new ModuleId(JobInput.stemOf(Path.of(file.getKey()))),
                        SourceFile.of(storeSource(file.getKey(), file.getValue()))));
            }
            Path jobDir = jobDir(id);
            JobOptions options = new JobOptions(jobDir.resolve("out"), submission.target(), submission.engine(),
                    submission.verify(), jobDir.resolve("work"), submission.run());
            JobSpec spec = new JobSpec(id, inputs, options, Optional.empty());
            // 202 only once the submission is in the journal: an accepted job survives a crash.
            jobs.record(spec).toCompletableFuture().get(JOURNAL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            live.put(id, JobView.queued(id, inputs.stream().map(JobInput::stem).toList(), options.outDir()));
            metrics.submitted();
            track(id, jobs.start(spec, event -> onEvent(id, event)));
            return new Accepted(id);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            unfinished.decrementAndGet();
            live.remove(id);
            throw new IOException("the journal did not record the job: " + e, e);
        } catch (IOException | RuntimeException e) {
            unfinished.decrementAndGet();
            live.remove(id);
            throw e;
        }
    }

    /** Jobs the journal says were cut off: they go on under their ids, before anything new is accepted. */
    private void resumeUnfinished() {
        List<JobEntity.State> open;
        try {
            open = jobs.unfinished();
        } catch (Exception e) {
            LOG.error("cannot read unfinished jobs from the journal; they stay unfinished", e);
            return;
        }
        for (JobEntity.State state : open) {
            var record = state.job().orElseThrow();
            JobId id = new JobId(record.id());
            unfinished.incrementAndGet();
            live.put(id, JobView.queued(id, record.inputs().stream().map(i -> new ModuleId(i.module()).stem()).toList(),
                    Path.of(record.outDir())));
            LOG.info("resuming job {} ({} of {} modules finished before)", id.value(), state.modules().size(),
                    record.inputs().size());
            track(id, jobs.resume(state, event -> onEvent(id, event)));
        }
    }

    private void onEvent(JobId id, JobEvent event) {
        metrics.onEvent(event);
        if (event instanceof JobEvent.JobStarted) {
            running.incrementAndGet();
            live.computeIfPresent(id, (k, view) -> view.running());
        }
    }

    private void track(JobId id, java.util.concurrent.CompletionStage<JobResult> result) {
        result.whenComplete((done, failure) -> {
            try {
                if (done != null) {
                    ended(id, done);
                } else {
                    LOG.error("job {} ended without a result; it stays open in the journal", id.value(), failure);
                }
            } finally {
                if (live.remove(id) != null) {
                    unfinished.decrementAndGet();
                }
            }
        });
    }

    private void ended(JobId id, JobResult result) {
        JobView view = live.getOrDefault(id, JobView.queued(id, List.of(), jobDir(id).resolve("out")));
        if (view.state().equals("running")) {
            running.decrementAndGet();
        }
        JobView end = view.ended(result);
        metrics.finished(result, Duration.ofNanos(System.nanoTime() - view.acceptedNanos()));
        try {
            Path dir = jobDir(id);
            Files.createDirectories(dir);
            write(dir.resolve("report.json"), JobJson.render(result));
            write(dir.resolve("job.json"), end.toJson().toPrettyString());
            deleteTree(dir.resolve("work"));
        } catch (IOException e) {
            LOG.error("cannot record the end of job {}", id.value(), e);
        }
    }

    /** The API's view of job {@code id}: live while unfinished, from its directory once ended. */
    Optional<String> jobJson(JobId id) throws IOException {
        JobView view = live.get(id);
        if (view != null) {
            return Optional.of(view.toJson().toPrettyString());
        }
        return readIfPresent(jobDir(id).resolve("job.json"));
    }

    Optional<String> reportJson(JobId id) throws IOException {
        return readIfPresent(jobDir(id).resolve("report.json"));
    }

    /** The module {@code stem} of an ended job; empty while the job runs or when the module failed. */
    Optional<Path> artifact(JobId id, String stem, String extension) {
        if (live.containsKey(id)) {
            return Optional.empty();
        }
        Path file = jobDir(id).resolve("out").resolve(stem + extension);
        return Files.isRegularFile(file) && Files.isRegularFile(jobDir(id).resolve("job.json"))
                ? Optional.of(file) : Optional.empty();
    }

    boolean running(JobId id) {
        return live.containsKey(id);
    }

    /**
     * SIGTERM: take no more jobs, wait (up to the drain limit) for the accepted ones to end, then
     * stop listening and close the journal. Jobs still unfinished stay open in the journal and
     * resume at the next start.
     */
    public void drain() {
        accepting = false;
        long deadline = System.nanoTime() + settings.drainLimit().toNanos();
        while (unfinished.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (unfinished.get() > 0) {
            LOG.warn("{} jobs still unfinished after {}; they resume at the next start", unfinished.get(),
                    settings.drainLimit());
        }
        close();
    }

    @Override
    public void close() {
        accepting = false;
        if (api != null) {
            api.stop();
        }
        jobs.close();
    }

    private Path jobDir(JobId id) {
        return settings.state().resolve("jobs").resolve(id.value());
    }

    private Path storeSource(String name, byte[] source) throws IOException {
        String hash = ContentStore.sha256((name + "\0").getBytes(StandardCharsets.UTF_8))
                .substring(0, 8) + ContentStore.sha256(source).substring(0, 24);
        Path file = settings.state().resolve("sources").resolve(hash).resolve(name);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".src", ".tmp");
            Files.write(tmp, source);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<String> readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("could not delete {}", dir, e);
        }
    }
}
