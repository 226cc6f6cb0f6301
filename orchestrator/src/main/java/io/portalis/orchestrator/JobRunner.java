package io.portalis.orchestrator;

import io.portalis.agents.Stage;
import io.portalis.orchestrator.JobEvent.JobFinished;
import io.portalis.orchestrator.JobEvent.JobStarted;
import io.portalis.orchestrator.JobEvent.ModuleFinished;
import io.portalis.orchestrator.store.ModuleStore;
import io.portalis.orchestrator.store.WorkKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Runs one job: a {@link ModuleRunner} child per module, at most {@code module-parallelism} at a
 * time, so a job of a thousand files holds only a few modules' artifacts in memory. A module
 * that fails does not stop the others. With a {@link ModuleStore}, a module whose {@link WorkKey}
 * is stored is taken from the store instead of running, and each finished module is stored before
 * its {@code ModuleFinished} event goes out (so whoever saw the event can count on the reuse). Answers {@code done} with the result once every module
 * has finished, then stops.
 */
final class JobRunner extends AbstractBehavior<JobRunner.Command> {

    sealed interface Command permits ModuleDone, ModuleStopped {}

    /** A module runner's last word: how its module ended. */
    record ModuleDone(int index, ModuleOutcome outcome) implements Command {}

    private record ModuleStopped(int index) implements Command {}

    private final JobSpec spec;
    private final StageRefs stages;
    private final OrchestratorSettings settings;
    private final ActorRef<JobResult> done;
    private final Optional<ModuleStore> store;
    private final ModuleOutcome[] outcomes;
    private final WorkKey[] keys;
    private final long startedNanos = System.nanoTime();
    private int nextModule;
    private int running;
    private int finished;

    private JobRunner(ActorContext<Command> context, JobSpec spec, StageRefs stages, OrchestratorSettings settings,
            ActorRef<JobResult> done, Optional<ModuleStore> store) {
        super(context);
        this.spec = spec;
        this.stages = stages;
        this.settings = settings;
        this.done = done;
        this.store = store;
        this.outcomes = new ModuleOutcome[spec.inputs().size()];
        this.keys = new WorkKey[spec.inputs().size()];
    }

    static Behavior<Command> create(JobSpec spec, StageRefs stages, OrchestratorSettings settings,
            ActorRef<JobResult> done, Optional<ModuleStore> store) {
        return Behaviors.setup(context -> {
            publish(spec, new JobStarted(spec.id(), spec.inputs().size()));
            return new JobRunner(context, spec, stages, settings, done, store).advance();
        });
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(ModuleDone.class, this::onModuleDone)
                .onMessage(ModuleStopped.class, this::onModuleStopped)
                .build();
    }

    private Behavior<Command> onModuleDone(ModuleDone message) {
        record(message.index(), message.outcome());
        return advance();
    }

    /** A runner that stopped without reporting failed on a bug; its module fails, the job goes on. */
    private Behavior<Command> onModuleStopped(ModuleStopped message) {
        if (outcomes[message.index()] == null) {
            JobInput input = spec.inputs().get(message.index());
            record(message.index(), new ModuleOutcome(input.module(), input.source().path(),
                    ModuleOutcome.Status.FAILED, Optional.empty(),
                    List.of(StageFaults.runnerStopped(input.source().displayName())), ModuleOutcome.Outputs.none(),
                    Optional.empty(), Map.<Stage, Duration>of()));
        }
        return advance();
    }

    private void record(int index, ModuleOutcome outcome) {
        if (outcomes[index] != null) {
            return;
        }
        if (keys[index] != null && !outcome.reused()) {
            store.orElseThrow().remember(keys[index], outcome, spec.options().outDir());
        }
        outcomes[index] = outcome;
        running--;
        finished++;
        publish(spec, new ModuleFinished(spec.id(), outcome));
    }

    private Behavior<Command> advance() {
        while (running < settings.moduleParallelism() && nextModule < outcomes.length) {
            startModule(nextModule++);
        }
        return finished == outcomes.length ? finish() : this;
    }

    private void startModule(int index) {
        JobInput input = spec.inputs().get(index);
        keys[index] = store.flatMap(s -> WorkKey.of(input, spec.options())).orElse(null);
        Optional<ModuleOutcome> stored = Optional.ofNullable(keys[index])
                .flatMap(key -> store.orElseThrow().reuse(key, input, spec.options().outDir()));
        if (stored.isPresent()) {
            running++;
            record(index, stored.get());
            return;
        }
        ModuleTask task = new ModuleTask(spec.id(), index, input, spec.options(), spec.listener(), store,
                Optional.ofNullable(spec.builtBefore().get(input.module())));
        ActorRef<ModuleRunner.Command> runner = getContext().spawn(
                ModuleRunner.create(task, stages, settings, getContext().getSelf().narrow()), "module-" + index);
        getContext().watchWith(runner, new ModuleStopped(index));
        running++;
    }

    private Behavior<Command> finish() {
        JobResult result = JobResult.completed(spec.id(), Arrays.asList(outcomes),
                Duration.ofNanos(System.nanoTime() - startedNanos));
        publish(spec, new JobFinished(spec.id(), result));
        done.tell(result);
        return Behaviors.stopped();
    }

    private static void publish(JobSpec spec, JobEvent event) {
        spec.listener().ifPresent(listener -> listener.tell(event));
    }
}
