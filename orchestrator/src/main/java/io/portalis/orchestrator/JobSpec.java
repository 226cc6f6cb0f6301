package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A translation job: its inputs in the order results are reported, the options, and an
 * optional listener that receives the job's progress events.
 */
public record JobSpec(JobId id, List<JobInput> inputs, JobOptions options, Optional<ActorRef<JobEvent>> listener) {
    public JobSpec {
        Objects.requireNonNull(id, "id");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
    }

    public static JobSpec of(List<Path> files, JobOptions options) {
        return new JobSpec(JobId.random(), files.stream().map(JobInput::of).toList(), options, Optional.empty());
    }

    public JobSpec withListener(ActorRef<JobEvent> events) {
        return new JobSpec(id, inputs, options, Optional.of(events));
    }
}
