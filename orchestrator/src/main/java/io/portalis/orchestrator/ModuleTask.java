package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import io.portalis.agents.artifacts.ArtifactRef;
import io.portalis.orchestrator.store.ModuleStore;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * One module of a job as its runner sees it: where it sits in the job and what to do with it,
 * the store its build products go to, and the binary an earlier run already built, if any.
 */
record ModuleTask(JobId job, int index, JobInput input, JobOptions options, Optional<ActorRef<JobEvent>> listener,
        Optional<ModuleStore> store, Optional<ArtifactRef> builtBefore) {
    Path sourcePath() {
        return input.source().path();
    }

    String displayName() {
        return input.source().displayName();
    }

    void publish(JobEvent event) {
        listener.ifPresent(l -> l.tell(event));
    }
}
