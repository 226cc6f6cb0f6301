package io.portalis.agents.actor;

import io.portalis.agents.JobId;
import io.portalis.agents.Stage;
import io.portalis.agents.StageFunction;
import io.portalis.agents.StageResult;
import java.time.Duration;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * Wraps a stage's pure function in a supervised actor. The actor runs one {@link Run} at a
 * time and answers with {@link Completed}. When the function throws, the actor first answers
 * {@link Crashed} (so the sender can retry without waiting for a timeout), then fails, and its
 * supervisor restarts it with exponential backoff; messages that arrive meanwhile are kept.
 */
public final class StageActor {
    private StageActor() {}

    /** The protocol a stage actor accepts. */
    public sealed interface Command<I, O> permits Run {}

    /** Do the stage's work on {@code input}; {@code attempt} counts from 1. */
    public record Run<I, O>(JobId job, int attempt, I input, ActorRef<Reply<O>> replyTo) implements Command<I, O> {}

    /** What a stage actor answers. */
    public sealed interface Reply<O> permits Completed, Crashed {
        JobId job();

        Stage stage();

        int attempt();
    }

    public record Completed<O>(JobId job, Stage stage, int attempt, StageResult<O> result) implements Reply<O> {}

    public record Crashed<O>(JobId job, Stage stage, int attempt, String reason) implements Reply<O> {}

    /** How a crashed stage actor is restarted. */
    public record Backoff(Duration min, Duration max, double randomFactor) {
        public static Backoff defaults() {
            return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 0.2);
        }
    }

    public static <I, O> Behavior<Command<I, O>> create(Stage stage, StageFunction<I, O> work, Backoff backoff) {
        Behavior<Command<I, O>> worker = Behaviors.receive((context, command) -> switch (command) {
            case Run<I, O> run -> {
                handle(stage, work, run);
                yield Behaviors.same();
            }
        });
        return Behaviors.supervise(worker)
                .onFailure(StageCrashedException.class,
                        SupervisorStrategy.restartWithBackoff(backoff.min(), backoff.max(), backoff.randomFactor()));
    }

    public static <I, O> Behavior<Command<I, O>> create(Stage stage, StageFunction<I, O> work) {
        return create(stage, work, Backoff.defaults());
    }

    private static <I, O> void handle(Stage stage, StageFunction<I, O> work, Run<I, O> run) {
        StageResult<O> result;
        try {
            result = work.apply(run.input());
        } catch (Exception | StackOverflowError e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            run.replyTo().tell(new Crashed<>(run.job(), stage, run.attempt(), reason));
            throw new StageCrashedException(stage, reason, e);
        }
        run.replyTo().tell(new Completed<>(run.job(), stage, run.attempt(), result));
    }

    /** Thrown out of the actor so that its supervisor restarts it. */
    public static final class StageCrashedException extends RuntimeException {
        public StageCrashedException(Stage stage, String reason, Throwable cause) {
            super(stage.label() + " stage crashed: " + reason, cause);
        }
    }
}
