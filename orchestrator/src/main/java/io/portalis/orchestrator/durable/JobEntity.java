package io.portalis.orchestrator.durable;

import io.portalis.agents.artifacts.ArtifactRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandler;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehavior;

/**
 * One job as an event-sourced entity (persistence id {@code job|<id>}): its journal records the
 * submission, each module's completed stages with the artifact they produced, failed attempts,
 * each module's end and the job's end. Replaying the journal after a crash gives the
 * {@link State} from which {@link DurableJobs} resumes an unfinished job. The entity stops once
 * the job has finished; asked again later, it replays to the finished state.
 */
public final class JobEntity extends EventSourcedBehavior<JobEntity.Command, JobEntity.Event, JobEntity.State> {

    public sealed interface Command permits Submit, Record, Finish, Get {}

    /** Records the submission (once; a second Submit of the same job only answers). */
    public record Submit(JobRecord job, ActorRef<Done> replyTo) implements Command {}

    /** Appends a progress event to the journal. */
    public record Record(Event event) implements Command {}

    /** Records the job's end, answers once it is in the journal, and stops the entity. */
    public record Finish(String status, ActorRef<Done> replyTo) implements Command {}

    public record Get(ActorRef<State> replyTo) implements Command {}

    public sealed interface Event extends JournalSerializable
            permits Submitted, StageCompleted, StageFailed, ModuleFinished, Finished {}

    public record Submitted(JobRecord job) implements Event {}

    /** A stage of {@code module} succeeded; {@code artifact} is its product in the store, when it is kept there. */
    public record StageCompleted(String module, String stage, Optional<ArtifactRef> artifact) implements Event {}

    /** An attempt of a stage crashed or timed out ({@code attempt} counts from 1). */
    public record StageFailed(String module, String stage, int attempt, String reason) implements Event {}

    public record ModuleFinished(String module, String status, boolean reused) implements Event {}

    public record Finished(String status) implements Event {}

    /**
     * What the journal says of a job: the submission, each module's last completed stage, the
     * binaries built so far, how finished modules ended and whether the job has ended.
     */
    public record State(Optional<JobRecord> job, Map<String, String> lastStage, Map<String, ArtifactRef> built,
            Map<String, String> modules, int failedAttempts, Optional<String> finished) implements JournalSerializable {
        public State {
            lastStage = Map.copyOf(lastStage);
            built = Map.copyOf(built);
            modules = Map.copyOf(modules);
        }

        public static State empty() {
            return new State(Optional.empty(), Map.of(), Map.of(), Map.of(), 0, Optional.empty());
        }

        public boolean unfinished() {
            return job.isPresent() && finished.isEmpty();
        }

        State apply(Event event) {
            return switch (event) {
                case Submitted s -> new State(Optional.of(s.job()), lastStage, built, modules, failedAttempts, finished);
                case StageCompleted c -> {
                    Map<String, String> stages = new LinkedHashMap<>(lastStage);
                    stages.put(c.module(), c.stage());
                    Map<String, ArtifactRef> binaries = new LinkedHashMap<>(built);
                    c.artifact().ifPresent(a -> binaries.put(c.module(), a));
                    yield new State(job, stages, binaries, modules, failedAttempts, finished);
                }
                case StageFailed f -> new State(job, lastStage, built, modules, failedAttempts + 1, finished);
                case ModuleFinished m -> {
                    Map<String, String> ended = new LinkedHashMap<>(modules);
                    ended.put(m.module(), m.status());
                    yield new State(job, lastStage, built, ended, failedAttempts, finished);
                }
                case Finished f -> new State(job, lastStage, built, modules, failedAttempts, Optional.of(f.status()));
            };
        }
    }

    /** {@code state} after {@code event} (for other behaviours that journal the same events). */
    public static State applyTo(State state, Event event) {
        return state.apply(event);
    }

    private JobEntity(String jobId) {
        super(PersistenceId.of("job", jobId));
    }

    public static Behavior<Command> create(String jobId) {
        return new JobEntity(jobId);
    }

    @Override
    public State emptyState() {
        return State.empty();
    }

    @Override
    public CommandHandler<Command, Event, State> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Submit.class, this::onSubmit)
                .onCommand(Record.class, this::onRecord)
                .onCommand(Finish.class, this::onFinish)
                .onCommand(Get.class, (state, get) -> {
                    get.replyTo().tell(state);
                    return Effect().none();
                })
                .build();
    }

    private org.apache.pekko.persistence.typed.javadsl.Effect<Event, State> onSubmit(State state, Submit submit) {
        if (state.job().isPresent()) {
            submit.replyTo().tell(Done.getInstance());
            return Effect().none();
        }
        return Effect().persist(new Submitted(submit.job())).thenReply(submit.replyTo(), s -> Done.getInstance());
    }

    private org.apache.pekko.persistence.typed.javadsl.Effect<Event, State> onRecord(State state, Record record) {
        if (state.finished().isPresent()) {
            return Effect().none();
        }
        return Effect().persist(record.event());
    }

    private org.apache.pekko.persistence.typed.javadsl.Effect<Event, State> onFinish(State state, Finish finish) {
        if (state.finished().isPresent()) {
            return Effect().stop().thenReply(finish.replyTo(), s -> Done.getInstance());
        }
        return Effect().persist(new Finished(finish.status())).thenStop()
                .thenReply(finish.replyTo(), s -> Done.getInstance());
    }

    @Override
    public EventHandler<State, Event> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent(State::apply);
    }
}
