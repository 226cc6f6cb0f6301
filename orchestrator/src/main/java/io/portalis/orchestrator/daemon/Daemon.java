package io.portalis.orchestrator.daemon;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PipelineStages;
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
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running Portalis: a {@link JobBackend} (this process, or a cluster node) behind the HTTP API ({@link HttpApi}). It admits
 * at most {@code max-queued-jobs} unfinished jobs (429 beyond), keeps each job's sources, outputs
 * and final answers under {@code state/jobs/<id>/} (removed {@code keep-ended-jobs} after the end), resumes the jobs a crash cut off when it
 * starts, and on {@link #drain} stops taking jobs, lets the running ones finish, then closes.
 *
 * <p>Sources are written to {@code state/sources/<hash>/<name>.py}, named by their content, so
 * the same file sent in two jobs has one path and its translation is reused from the store.
 */
public final class Daemon implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final Duration JOURNAL_LIMIT = Duration.ofSeconds(30);
    /** The job's view as accepted, in its directory until the end writes job.json. */
    private static final String ACCEPTED = "accepted.json";
    /** The standard input a job's verification runs read ({@code options.stdin}). */
    private static final String STDIN = "stdin.txt";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final DaemonSettings settings;
    private JobBackend jobs;
    private final Map<JobId, JobView> live = new ConcurrentHashMap<>();
    /** Jobs accepted here and not yet ended (wherever they run): what {@code max-queued-jobs} bounds. */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Jobs running in this process, whichever node of a cluster they were submitted to. */
    private final Set<JobId> runningHere = ConcurrentHashMap.newKeySet();
    private final DaemonMetrics metrics;
    private volatile boolean accepting = true;
    private volatile boolean ready;
    private HttpApi api;
    private EndedJobSweeper sweeper;

    private Daemon(DaemonSettings settings) {
        this.settings = settings;
        this.metrics = new DaemonMetrics(() -> unfinished.get() - runningHere.size(), runningHere::size);
    }

    /**
     * Opens the journal, resumes unfinished jobs, starts listening, and runs {@code warmUp}
     * (compiling the runtime crate, loading the engine) in the background; ready after it.
     */
    public static Daemon start(DaemonSettings settings, PipelineStages stages, Runnable warmUp) throws IOException {
        return start(settings, listener -> LocalJobs.open(settings, stages, listener), warmUp);
    }

    /** As {@link #start(DaemonSettings, PipelineStages, Runnable)}, as one node of a cluster. */
    public static Daemon startInCluster(DaemonSettings settings, ClusterSettings cluster, PipelineStages stages,
            Runnable warmUp) throws IOException {
        return start(settings, listener -> ClusterJobs.open(settings, cluster, stages, listener), warmUp);
    }

    private static Daemon start(DaemonSettings settings, Function<JobListener, JobBackend> backend, Runnable warmUp)
            throws IOException {
        Daemon daemon = new Daemon(settings);
        daemon.jobs = backend.apply(daemon.listener());
        try {
            daemon.resumeUnfinished();
            daemon.api = HttpApi.start(daemon, settings);
            daemon.sweeper = EndedJobSweeper.start(settings.state().resolve("jobs"), settings.keepEndedJobs());
        } catch (IOException | RuntimeException e) {
            daemon.jobs.close();
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

    /** What the backend tells of the jobs that run in this process. */
    private JobListener listener() {
        return new JobListener() {
            @Override
            public void onEvent(JobId id, JobEvent event) {
                metrics.onEvent(event);
                if (event instanceof JobEvent.JobStarted) {
                    runningHere.add(id);
                    live.computeIfPresent(id, (k, view) -> view.running());
                }
            }

            @Override
            public void onEnd(JobId id, JobResult result) {
                try {
                    ended(id, result);
                } catch (RuntimeException e) {
                    LOG.error("cannot record the end of job {}", id.value(), e);
                } finally {
                    runningHere.remove(id);
                }
            }
        };
    }

    /** The backend's start-up line: its journal, or its place in the cluster. */
    public String describeJobs() {
        return jobs.describe();
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
            Optional<Path> stdin = Optional.empty();
            if (submission.stdin().isPresent()) {
                Files.createDirectories(jobDir);
                stdin = Optional.of(Files.write(jobDir.resolve(STDIN), submission.stdin().get()));
            }
            JobOptions options = new JobOptions(jobDir.resolve("out"), submission.target(), submission.engine(),
                    submission.verify(), jobDir.resolve("work"), submission.run()).withEnv(submission.env())
                    .withStdin(stdin);
            JobSpec spec = new JobSpec(id, inputs, options, Optional.empty());
            JobView queued = JobView.queued(id, inputs.stream().map(JobInput::stem).toList(), options.outDir());
            // Other nodes of a cluster, which share the state directory, answer for the job from this file.
            Files.createDirectories(jobDir);
            write(jobDir.resolve(ACCEPTED), queued.toJson().toPrettyString());
            live.put(id, queued);
            JobBackend.Submitted submitted = jobs.submit(spec);
            // 202 only once the submission is in the journal: an accepted job survives a crash.
            submitted.journaled().toCompletableFuture().get(JOURNAL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            metrics.submitted();
            track(id, submitted.ended());
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
        List<JobBackend.Resumed> resumed;
        try {
            resumed = jobs.resumeUnfinished();
        } catch (Exception e) {
            LOG.error("cannot read unfinished jobs from the journal; they stay unfinished", e);
            return;
        }
        for (JobBackend.Resumed job : resumed) {
            var record = job.state().job().orElseThrow();
            JobId id = new JobId(record.id());
            unfinished.incrementAndGet();
            live.put(id, JobView.queued(id, record.inputs().stream().map(i -> new ModuleId(i.module()).stem()).toList(),
                    Path.of(record.outDir())));
            LOG.info("resuming job {} ({} of {} modules finished before)", id.value(), job.state().modules().size(),
                    record.inputs().size());
            track(id, job.ended());
        }
    }

    private void track(JobId id, java.util.concurrent.CompletionStage<?> ended) {
        ended.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("job {} ended without a result; it stays open in the journal", id.value(), failure);
            }
            if (live.remove(id) != null) {
                unfinished.decrementAndGet();
            }
        });
    }

    private void ended(JobId id, JobResult result) {
        JobView here = live.get(id);
        JobView view = here != null ? here : JobView.queued(id, List.of(), jobDir(id).resolve("out"));
        JobView end = view.ended(result);
        metrics.finished(result, here != null ? Duration.ofNanos(System.nanoTime() - here.acceptedNanos())
                : sinceAccepted(id));
        try {
            Path dir = jobDir(id);
            Files.createDirectories(dir);
            write(dir.resolve("report.json"), JobJson.render(result));
            write(dir.resolve(EndedJobSweeper.ENDED), end.toJson().toPrettyString());
            deleteTree(dir.resolve("work"));
        } catch (IOException e) {
            LOG.error("cannot record the end of job {}", id.value(), e);
        }
    }

    /** For a job accepted by another node: the time since it wrote the job's accepted view. */
    private Duration sinceAccepted(JobId id) {
        try {
            return Duration.between(Files.getLastModifiedTime(jobDir(id).resolve(ACCEPTED)).toInstant(),
                    java.time.Instant.now());
        } catch (IOException e) {
            return Duration.ZERO;
        }
    }

    /**
     * The API's view of job {@code id}: once ended, from its directory (in a cluster the node that
     * ran it wrote it there, maybe before this node heard of the end); live while unfinished.
     */
    Optional<String> jobJson(JobId id) throws IOException {
        Optional<String> ended = readIfPresent(jobDir(id).resolve("job.json"));
        if (ended.isPresent()) {
            return ended;
        }
        JobView view = live.get(id);
        return view != null ? Optional.of(view.toJson().toPrettyString()) : elsewhere(id);
    }

    /**
     * A job accepted by another node of the cluster and not ended: the view that node wrote, running
     * once the journal shows progress.
     */
    private Optional<String> elsewhere(JobId id) throws IOException {
        Optional<String> accepted = readIfPresent(jobDir(id).resolve(ACCEPTED));
        if (accepted.isEmpty()) {
            return accepted;
        }
        try {
            JobEntity.State state = jobs.state(id).toCompletableFuture().get(JOURNAL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!state.lastStage().isEmpty() || !state.modules().isEmpty()) {
                var view = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(accepted.get());
                view.put("state", "running");
                view.get("modules").forEach(module ->
                        ((com.fasterxml.jackson.databind.node.ObjectNode) module).put("status", "pending"));
                return Optional.of(view.toPrettyString());
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            LOG.debug("no journal state for job {}: {}", id.value(), e.toString());
        }
        return accepted;
    }

    Optional<String> reportJson(JobId id) throws IOException {
        return readIfPresent(jobDir(id).resolve("report.json"));
    }

    /** The module {@code stem} of an ended job; empty while the job runs or when the module failed. */
    Optional<Path> artifact(JobId id, String stem, String extension) {
        if (running(id)) {
            return Optional.empty();
        }
        Path file = jobDir(id).resolve("out").resolve(stem + extension);
        return Files.isRegularFile(file) && Files.isRegularFile(jobDir(id).resolve("job.json"))
                ? Optional.of(file) : Optional.empty();
    }

    boolean running(JobId id) {
        return !Files.isRegularFile(jobDir(id).resolve("job.json"))
                && (live.containsKey(id) || Files.isRegularFile(jobDir(id).resolve(ACCEPTED)));
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
        if (sweeper != null) {
            sweeper.close();
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
