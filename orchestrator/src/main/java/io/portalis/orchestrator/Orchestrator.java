package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import io.portalis.agents.Stage;
import io.portalis.agents.StageFunction;
import io.portalis.agents.actor.StageActor;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.orchestrator.store.ModuleStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.Routers;

/**
 * The top of the actor tree: a supervised pool of {@link StageActor}s per stage, and a
 * {@link JobRunner} child per running job. At most {@code max-concurrent-jobs} jobs run; up to
 * {@code queue-capacity} more wait; a submission beyond that is answered at once with a
 * {@link JobResult.Status#REJECTED} result, so a flood of submissions never grows memory.
 */
public final class Orchestrator extends AbstractBehavior<Orchestrator.Command> {

    public sealed interface Command permits SubmitJob, Shutdown, JobEnded, RunnerStopped {}

    /**
     * Stop the orchestrator and its stage actors (what an embedding in someone else's actor
     * system does on close); jobs still running are abandoned.
     */
    public record Shutdown() implements Command {}

    /** Run {@code spec}; the {@link JobResult} goes to {@code replyTo} when every module has finished. */
    public record SubmitJob(JobSpec spec, ActorRef<JobResult> replyTo) implements Command {}

    private record JobEnded(JobResult result) implements Command {}

    private record RunnerStopped(JobId job) implements Command {}

    private record ActiveJob(JobSpec spec, ActorRef<JobResult> replyTo) {}

    private final StageRefs stages;
    private final OrchestratorSettings settings;
    private final Optional<ModuleStore> store;
    private final ActorRef<JobResult> jobEnded;
    private final Map<JobId, ActiveJob> active = new LinkedHashMap<>();
    private final ArrayDeque<SubmitJob> waiting = new ArrayDeque<>();
    private long runnersSpawned;

    private Orchestrator(ActorContext<Command> context, StageRefs stages, OrchestratorSettings settings,
            Optional<ModuleStore> store) {
        super(context);
        this.stages = stages;
        this.settings = settings;
        this.store = store;
        this.jobEnded = context.messageAdapter(JobResult.class, JobEnded::new);
    }

    public static Behavior<Command> create(PipelineStages work, OrchestratorSettings settings) {
        return create(work, settings, Optional.empty());
    }

    /** With a store, modules whose work was done before are reused (see {@link JobRunner}). */
    public static Behavior<Command> create(PipelineStages work, OrchestratorSettings settings,
            Optional<ModuleStore> store) {
        return Behaviors.setup(context -> new Orchestrator(context, spawnStages(context, work, settings), settings,
                store));
    }

    private static StageRefs spawnStages(ActorContext<?> context, PipelineStages work, OrchestratorSettings settings) {
        return new StageRefs(
                spawnStage(context, "ingest", Stage.INGEST, work.ingest(), settings),
                spawnStage(context, "analysis", Stage.ANALYSIS, work.analysis(), settings),
                spawnStage(context, "transpile", Stage.TRANSPILE, work.transpile(), settings),
                spawnStage(context, "build", Stage.BUILD, work.build(), settings),
                spawnStage(context, "test", Stage.TEST, work.test(), settings),
                spawnStage(context, "package", Stage.PACKAGE, work.pack(), settings),
                spawnStage(context, "report", Stage.PACKAGE, work.reportFailure(), settings));
    }

    /** Stage work blocks (files, rustc, WASM runs), so the workers run on the blocking dispatcher. */
    private static <I, O> ActorRef<StageActor.Command<I, O>> spawnStage(ActorContext<?> context, String name,
            Stage stage, StageFunction<I, O> work, OrchestratorSettings settings) {
        Behavior<StageActor.Command<I, O>> worker = StageActor.create(stage, work, settings.backoff());
        return context.spawn(Routers.pool(settings.workersPerStage(), worker)
                .withRoundRobinRouting()
                .withRouteeProps(DispatcherSelector.blocking()), name);
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(SubmitJob.class, this::onSubmit)
                .onMessage(Shutdown.class, shutdown -> Behaviors.stopped())
                .onMessage(JobEnded.class, this::onJobEnded)
                .onMessage(RunnerStopped.class, this::onRunnerStopped)
                .build();
    }

    private Behavior<Command> onSubmit(SubmitJob submit) {
        Optional<String> problem = problemWith(submit.spec());
        if (problem.isPresent()) {
            submit.replyTo().tell(JobResult.rejected(submit.spec().id(), problem.get()));
        } else if (active.size() < settings.maxConcurrentJobs()) {
            start(submit);
        } else if (waiting.size() < settings.queueCapacity()) {
            waiting.add(submit);
        } else {
            submit.replyTo().tell(JobResult.rejected(submit.spec().id(), "the orchestrator is busy: "
                    + active.size() + " jobs running and " + waiting.size()
                    + " waiting (portalis.orchestrator.queue-capacity); submit again later"));
        }
        return this;
    }

    private Optional<String> problemWith(JobSpec spec) {
        boolean known = active.containsKey(spec.id())
                || waiting.stream().anyMatch(w -> w.spec().id().equals(spec.id()));
        if (known) {
            return Optional.of("job " + spec.id() + " was already submitted");
        }
        Set<String> stems = new HashSet<>();
        for (JobInput input : spec.inputs()) {
            if (!stems.add(input.stem())) {
                return Optional.of("two inputs would both write outputs named `" + input.stem() + "`");
            }
        }
        return Optional.empty();
    }

    private void start(SubmitJob submit) {
        JobSpec spec = submit.spec();
        String name = "job-" + (++runnersSpawned) + "-" + spec.id().value().replaceAll("[^A-Za-z0-9_-]", "_");
        ActorRef<JobRunner.Command> runner = getContext().spawn(
                JobRunner.create(spec, stages, settings, jobEnded, store), name);
        getContext().watchWith(runner, new RunnerStopped(spec.id()));
        active.put(spec.id(), new ActiveJob(spec, submit.replyTo()));
    }

    private Behavior<Command> onJobEnded(JobEnded ended) {
        ActiveJob job = active.remove(ended.result().job());
        if (job != null) {
            job.replyTo().tell(ended.result());
        }
        return startWaiting();
    }

    /** A runner that stopped without a result failed on a bug: its job's modules all fail. */
    private Behavior<Command> onRunnerStopped(RunnerStopped stopped) {
        ActiveJob job = active.remove(stopped.job());
        if (job != null) {
            List<ModuleOutcome> failed = job.spec().inputs().stream()
                    .map(input -> new ModuleOutcome(input.module(), input.source().path(),
                            ModuleOutcome.Status.FAILED, Optional.empty(),
                            List.<Diagnostic>of(StageFaults.runnerStopped(input.source().displayName())),
                            ModuleOutcome.Outputs.none(), Optional.empty(), Map.<Stage, Duration>of()))
                    .toList();
            job.replyTo().tell(JobResult.completed(stopped.job(), failed, Duration.ZERO));
        }
        return startWaiting();
    }

    private Behavior<Command> startWaiting() {
        while (active.size() < settings.maxConcurrentJobs() && !waiting.isEmpty()) {
            start(waiting.poll());
        }
        return this;
    }
}
