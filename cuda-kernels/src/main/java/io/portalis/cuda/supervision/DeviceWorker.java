package io.portalis.cuda.supervision;

import io.portalis.cuda.census.Census;
import io.portalis.cuda.census.CensusKernel;
import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The actor that owns the device kernel. On a {@link DeviceFault} it first answers
 * {@link Faulted} (so the batch is redone elsewhere, not lost) and then fails, so its supervisor
 * restarts it with backoff; messages arriving during the backoff are stashed, not dropped.
 */
public final class DeviceWorker {
    public sealed interface Command permits Run {}

    /** Count one batch; the answer names the batch so a caller can match it. */
    public record Run(long batch, List<byte[]> sources, ActorRef<Outcome> replyTo) implements Command {}

    public sealed interface Outcome permits Counted, Faulted {}

    public record Counted(long batch, List<Census> census) implements Outcome {}

    public record Faulted(long batch, String reason) implements Outcome {}

    private DeviceWorker() {}

    /** The worker under its supervision: restart with backoff on a device fault. */
    public static Behavior<Command> supervised(CensusKernel device, Duration minBackoff, Duration maxBackoff) {
        return Behaviors.supervise(create(device))
                .onFailure(DeviceFault.class, SupervisorStrategy.restartWithBackoff(minBackoff, maxBackoff, 0.2));
    }

    static Behavior<Command> create(CensusKernel device) {
        return Behaviors.receiveMessage(message -> switch (message) {
            case Run run -> onRun(device, run);
        });
    }

    private static Behavior<Command> onRun(CensusKernel device, Run run) {
        List<Census> census;
        try {
            census = device.census(run.sources());
        } catch (DeviceFault fault) {
            run.replyTo().tell(new Faulted(run.batch(), fault.getMessage()));
            throw fault;
        }
        run.replyTo().tell(new Counted(run.batch(), census));
        return Behaviors.same();
    }
}
