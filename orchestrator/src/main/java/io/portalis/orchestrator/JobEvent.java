package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import io.portalis.agents.ModuleId;
import io.portalis.agents.Stage;
import io.portalis.agents.artifacts.ArtifactRef;
import java.time.Duration;
import java.util.Optional;

/** What happened in a job, published to the job's listener as it happens (past tense). */
public sealed interface JobEvent {
    JobId job();

    record JobStarted(JobId job, int modules) implements JobEvent {}

    /** A stage received the module; {@code attempt} counts from 1. */
    record StageStarted(JobId job, ModuleId module, Stage stage, int attempt) implements JobEvent {}

    /**
     * A stage answered. {@code succeeded} is false when it reported errors: the module stops
     * there. {@code elapsed} counts from the first attempt. {@code artifact} is the stage's
     * product in the artifact store, for the stages whose product is kept there (build: the
     * binary), which is what a resumed job starts again from.
     */
    record StageCompleted(JobId job, ModuleId module, Stage stage, int attempt, boolean succeeded, Duration elapsed,
            Optional<ArtifactRef> artifact) implements JobEvent {}

    /** An attempt crashed or timed out and the stage was sent the module again as {@code attempt}. */
    record StageRetried(JobId job, ModuleId module, Stage stage, int attempt, String reason) implements JobEvent {}

    /** Every attempt crashed or timed out: the module failed with PTL0501 or PTL0502. */
    record StageFailed(JobId job, ModuleId module, Stage stage, int attempts, String reason) implements JobEvent {}

    record ModuleFinished(JobId job, ModuleOutcome outcome) implements JobEvent {}

    record JobFinished(JobId job, JobResult result) implements JobEvent {}
}
