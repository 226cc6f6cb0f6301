package io.portalis.orchestrator.cluster;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.Orchestrator;
import io.portalis.orchestrator.durable.DurableJobs;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.durable.JobRecord;
import io.portalis.orchestrator.durable.JournalSerializable;
import java.util.Map;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityContext;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.RecoveryCompleted;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.Effect;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;
import org.apache.pekko.persistence.typed.javadsl.SignalHandler;

/**
 * A job as a sharded entity (Cluster Sharding, remember-entities on): the node that hosts the
 * entity runs the job on its own orchestrator and journals its progress with the same events
 * as {@link JobEntity}. When a node leaves or dies, its shards move, the entity is started on
 * another node, replays its journal and, finding the job unfinished, runs it there; modules
 * finished before come from the shared artifact store.
 */
public final class ShardedJob extends EventSourcedBehavior<ShardedJob.Command, JobEntity.Event, JobEntity.State> {
    public static final EntityTypeKey<Command> TYPE = EntityTypeKey.create(Command.class, "portalis-job");

    public sealed interface Command permits Submit, Get, Progress, Ended {}

    public record Submit(JobRecord job, ActorRef<Done> replyTo) implements Command, JournalSerializable {}

    public record Get(ActorRef<JobEntity.State> replyTo) implements Command, JournalSerializable {}

    /** From this node's orchestrator; never crosses nodes. */
    private record Progress(JobEvent event) implements Command {}

    private record Ended(JobResult result) implements Command {}

    private final ActorContext<Command> context;
    private final EntityContext<Command> entity;
    private final ActorRef<Orchestrator.Command> orchestrator;
    private final JobListener listener;
    private final JobId id;
    private boolean running;

    private ShardedJob(ActorContext<Command> context, EntityContext<Command> entity,
            ActorRef<Orchestrator.Command> orchestrator, JobListener listener) {
        super(PersistenceId.of("job", entity.getEntityId()));
        this.context = context;
        this.entity = entity;
        this.orchestrator = orchestrator;
        this.listener = listener;
        this.id = new JobId(entity.getEntityId());
    }

    public static Behavior<Command> create(EntityContext<Command> entity, ActorRef<Orchestrator.Command> orchestrator,
            JobListener listener) {
        return Behaviors.setup(context -> new ShardedJob(context, entity, orchestrator, listener));
    }

    @Override
    public JobEntity.State emptyState() {
        return JobEntity.State.empty();
    }

    @Override
    public CommandHandler<Command, JobEntity.Event, JobEntity.State> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Submit.class, this::onSubmit)
                .onCommand(Get.class, (state, get) -> {
                    get.replyTo().tell(state);
                    return Effect().none();
                })
                .onCommand(Progress.class, (state, progress) -> {
                    listener.onEvent(id, progress.event());
                    return DurableJobs.journalEvent(progress.event())
                            .<Effect<JobEntity.Event, JobEntity.State>>map(e -> Effect().persist(e))
                            .orElseGet(() -> Effect().none());
                })
                .onCommand(Ended.class, this::onEnded)
                .build();
    }

    private Effect<JobEntity.Event, JobEntity.State> onSubmit(JobEntity.State state, Submit submit) {
        if (state.job().isPresent()) {
            submit.replyTo().tell(Done.getInstance());
            return Effect().none();
        }
        return Effect().persist(new JobEntity.Submitted(submit.job()))
                .thenRun(s -> start(s))
                .thenReply(submit.replyTo(), s -> Done.getInstance());
    }

    private Effect<JobEntity.Event, JobEntity.State> onEnded(JobEntity.State state, Ended ended) {
        running = false;
        listener.onEnd(id, ended.result());
        // Passivate, not stop: with remember-entities an entity that stops by itself is restarted.
        return Effect().persist(new JobEntity.Finished(ended.result().allTranslated() ? "succeeded" : "failed"))
                .thenRun(s -> entity.getShard().tell(new ClusterSharding.Passivate<>(context.getSelf())));
    }

    @Override
    public SignalHandler<JobEntity.State> signalHandler() {
        return newSignalHandlerBuilder().onSignal(RecoveryCompleted.instance(), state -> {
            if (state.unfinished()) {
                start(state);
            } else if (state.finished().isPresent()) {
                entity.getShard().tell(new ClusterSharding.Passivate<>(context.getSelf()));
            }
        }).build();
    }

    /** Runs the job on this node's orchestrator; binaries built before are not built again. */
    private void start(JobEntity.State state) {
        if (running || state.job().isEmpty()) {
            return;
        }
        running = true;
        Map<String, io.portalis.agents.artifacts.ArtifactRef> built = state.built();
        JobSpec spec = state.job().get().toSpec(built);
        ActorRef<JobEvent> events = context.messageAdapter(JobEvent.class, Progress::new);
        ActorRef<JobResult> results = context.messageAdapter(JobResult.class, Ended::new);
        orchestrator.tell(new Orchestrator.SubmitJob(spec.withListener(events), results));
    }

    @Override
    public EventHandler<JobEntity.State, JobEntity.Event> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent((state, event) -> stateAfter(state, event));
    }

    private static JobEntity.State stateAfter(JobEntity.State state, JobEntity.Event event) {
        return JobEntity.applyTo(state, event);
    }
}
