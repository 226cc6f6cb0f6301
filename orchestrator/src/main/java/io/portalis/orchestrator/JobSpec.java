package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.ArtifactRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * A translation job: its inputs in the order results are reported, the options, and an
 * optional listener that receives the job's progress events. {@code builtBefore} names, for a
 * job resumed after a crash, the binaries its modules' build stage had already produced (in the
 * artifact store): those modules skip rustc.
 */
public record JobSpec(JobId id, List<JobInput> inputs, JobOptions options, Optional<ActorRef<JobEvent>> listener,
        Map<ModuleId, ArtifactRef> builtBefore) {
    public JobSpec {
        Objects.requireNonNull(id, "id");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        builtBefore = Map.copyOf(builtBefore);
    }

    public JobSpec(JobId id, List<JobInput> inputs, JobOptions options, Optional<ActorRef<JobEvent>> listener) {
        this(id, inputs, options, listener, Map.of());
    }

    public static JobSpec of(List<Path> files, JobOptions options) {
        return new JobSpec(JobId.random(), files.stream().map(JobInput::of).toList(), options, Optional.empty());
    }

    public JobSpec withListener(ActorRef<JobEvent> events) {
        return new JobSpec(id, inputs, options, Optional.of(events), builtBefore);
    }
}
