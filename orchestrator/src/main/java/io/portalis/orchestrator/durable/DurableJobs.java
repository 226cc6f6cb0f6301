package io.portalis.orchestrator.durable;

import com.typesafe.config.Config;
import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.PortalisRuntime;
import io.portalis.orchestrator.store.ModuleStore;
import io.portalis.orchestrator.store.StateDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.jdbc.testkit.javadsl.SchemaUtils;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.stream.javadsl.Sink;

/**
 * Jobs that survive a crash: each job's progress goes to its {@link JobEntity}'s journal as it
 * happens, finished modules and built binaries go to the {@link ModuleStore}, and
 * {@link #resumeUnfinished} runs every job whose journal has no end again, reusing the
 * finished modules and skipping rustc for modules already built: nothing finished is redone,
 * nothing is lost. The journal is H2 in the state directory or PostgreSQL ({@link JournalSettings}).
 */
public final class DurableJobs implements AutoCloseable {
    private static final Duration ASK_LIMIT = Duration.ofSeconds(60);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DurableJobs.class);

    private final PortalisRuntime runtime;
    private final JournalSettings journal;
    private final OpenJobs open;
    private final Map<JobId, ActorRef<JobEntity.Command>> entities = new ConcurrentHashMap<>();

    private DurableJobs(PortalisRuntime runtime, JournalSettings journal, OpenJobs open) {
        this.runtime = runtime;
        this.journal = journal;
        this.open = open;
    }

    /** Starts Portalis with its journal and store in {@code state}, creating the journal's tables if needed. */
    public static DurableJobs start(Path state, JournalSettings journal, Config config, PipelineStages stages) {
        ModuleStore store = new ModuleStore(StateDirectory.storeIn(state));
        PortalisRuntime runtime = PortalisRuntime.start(journal.toConfig().withFallback(config), stages,
                Optional.of(store));
        try {
            SchemaUtils.createIfNotExists(runtime.system()).toCompletableFuture()
                    .get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            runtime.close();
            throw new IllegalStateException("cannot open the job journal (" + journal.describe() + "): "
                    + rootMessage(e), e);
        }
        DurableJobs jobs = new DurableJobs(runtime, journal, new OpenJobs(state.resolve("open-jobs")));
        jobs.warmJournal();
        return jobs;
    }

    /** Starts the journal plugin now (a replay of an empty entity), not on the first submission. */
    private void warmJournal() {
        try {
            state(new JobId("journal-warm-up")).toCompletableFuture().get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the job journal (" + journal.describe() + "): "
                    + rootMessage(e), e);
        } finally {
            entities.remove(new JobId("journal-warm-up"));
        }
    }

    public PortalisRuntime runtime() {
        return runtime;
    }

    public JournalSettings journal() {
        return journal;
    }

    /** Journals {@code spec}'s submission, then runs it; every progress event is journaled before {@code onEvent} sees it. */
    public CompletionStage<JobResult> submit(JobSpec spec, Consumer<JobEvent> onEvent) {
        return record(spec).thenCompose(done -> start(spec, onEvent));
    }

    /**
     * Journals {@code spec}'s submission; complete once it is in the journal (what the daemon
     * waits for before answering 202, so an accepted job survives a crash).
     */
    public CompletionStage<org.apache.pekko.Done> record(JobSpec spec) {
        open.add(spec.id());
        return AskPattern.ask(entityOf(spec.id()), replyTo -> new JobEntity.Submit(JobRecord.of(spec), replyTo),
                ASK_LIMIT, runtime.system().scheduler());
    }

    /** Runs a job whose submission {@link #record} journaled. */
    public CompletionStage<JobResult> start(JobSpec spec, Consumer<JobEvent> onEvent) {
        return run(spec, entityOf(spec.id()), onEvent);
    }

    /** What the journal says of job {@code id} (an empty state when it has none). */
    public CompletionStage<JobEntity.State> state(JobId id) {
        return AskPattern.ask(entityOf(id), JobEntity.Get::new, ASK_LIMIT, runtime.system().scheduler());
    }

    /**
     * The jobs that were submitted but never finished, by what their journals say. Only jobs
     * marked open in the state directory are replayed (a marker is written before the
     * submission is journaled and removed after the end is), so start-up does not replay every
     * job ever run; {@link #unfinishedInJournal} scans the whole journal instead.
     */
    public List<JobEntity.State> unfinished() throws Exception {
        List<JobEntity.State> found = new ArrayList<>();
        for (JobId id : open.list()) {
            JobEntity.State state = state(id).toCompletableFuture().get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (state.unfinished()) {
                found.add(state);
            } else if (state.finished().isPresent() || state.job().isEmpty()) {
                open.remove(id);
            }
        }
        return found;
    }

    /** Every unfinished job in the journal, found through the read journal (slow on a long journal). */
    public List<JobEntity.State> unfinishedInJournal() throws Exception {
        JdbcReadJournal read = PersistenceQuery.get(runtime.system())
                .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
        List<String> ids = read.currentPersistenceIds().runWith(Sink.seq(), runtime.system())
                .toCompletableFuture().get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
        List<JobEntity.State> found = new ArrayList<>();
        for (String persistenceId : ids) {
            if (persistenceId.startsWith("job|")) {
                JobEntity.State state = state(new JobId(persistenceId.substring("job|".length())))
                        .toCompletableFuture().get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
                if (state.unfinished()) {
                    found.add(state);
                }
            }
        }
        return found;
    }

    /** Runs an unfinished job again under its own id: finished modules come from the store, built ones skip rustc. */
    public CompletionStage<JobResult> resume(JobEntity.State state, Consumer<JobEvent> onEvent) {
        return resume(state, Optional.empty(), onEvent);
    }

    /** As {@link #resume(JobEntity.State, Consumer)}, building in {@code workDir} when given (the old one may be gone). */
    public CompletionStage<JobResult> resume(JobEntity.State state, Optional<Path> workDir, Consumer<JobEvent> onEvent) {
        JobRecord record = state.job().orElseThrow();
        JobSpec spec = workDir.map(record::withWorkDir).orElse(record).toSpec(state.built());
        return run(spec, entityOf(spec.id()), onEvent);
    }

    private CompletionStage<JobResult> run(JobSpec spec, ActorRef<JobEntity.Command> entity,
            Consumer<JobEvent> onEvent) {
        return runtime.submit(spec, event -> {
            journalEvent(event).ifPresent(e -> entity.tell(new JobEntity.Record(e)));
            onEvent.accept(event);
        }).thenCompose(result -> finish(spec.id(), entity, result));
    }

    /**
     * Journals the end before the result is handed out, so a job reported finished is never
     * resumed; the entity then stops, and a later look at the job replays its journal.
     */
    private CompletionStage<JobResult> finish(JobId id, ActorRef<JobEntity.Command> entity, JobResult result) {
        String status = result.allTranslated() ? "succeeded" : "failed";
        return AskPattern.<JobEntity.Command, org.apache.pekko.Done>ask(entity,
                        replyTo -> new JobEntity.Finish(status, replyTo), ASK_LIMIT, runtime.system().scheduler())
                .handle((done, failure) -> {
                    entities.remove(id, entity);
                    if (failure == null) {
                        open.remove(id);
                    } else {
                        // The work is done and stored; only its end is missing from the journal, so
                        // the next start resumes the job and finds every module in the store.
                        LOG.warn("could not journal the end of job {}: {}", id.value(), failure.toString());
                    }
                    return result;
                });
    }

    /** The journal's form of a progress event; events that change nothing durable are left out. */
    public static Optional<JobEntity.Event> journalEvent(JobEvent event) {
        return switch (event) {
            case JobEvent.StageCompleted c when c.succeeded() -> Optional.of(new JobEntity.StageCompleted(
                    c.module().dottedName(), c.stage().label(), c.artifact()));
            case JobEvent.StageCompleted c -> Optional.empty();
            case JobEvent.StageRetried r -> Optional.of(new JobEntity.StageFailed(r.module().dottedName(),
                    r.stage().label(), r.attempt() - 1, r.reason()));
            case JobEvent.StageFailed f -> Optional.of(new JobEntity.StageFailed(f.module().dottedName(),
                    f.stage().label(), f.attempts(), f.reason()));
            case JobEvent.ModuleFinished m -> Optional.of(new JobEntity.ModuleFinished(
                    m.outcome().module().dottedName(), m.outcome().status().label(), m.outcome().reused()));
            case JobEvent.JobFinished f -> Optional.empty();
            case JobEvent.JobStarted s -> Optional.empty();
            case JobEvent.StageStarted s -> Optional.empty();
        };
    }

    private ActorRef<JobEntity.Command> entityOf(JobId id) {
        return entities.computeIfAbsent(id, job -> runtime.system().systemActorOf(JobEntity.create(job.value()),
                "job-entity-" + job.value().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + System.nanoTime(),
                Props.empty()));
    }

    /** Counts how many of a result's modules came from earlier work. */
    public static long reused(JobResult result) {
        return result.modules().stream().filter(ModuleOutcome::reused).count();
    }

    @Override
    public void close() {
        runtime.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** For tests: the actor system behind the jobs. */
    ActorSystem<?> system() {
        return runtime.system();
    }
}
