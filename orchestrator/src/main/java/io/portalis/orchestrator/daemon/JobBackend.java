package io.portalis.orchestrator.daemon;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.durable.JobEntity;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where the daemon's jobs are journaled and run: this process ({@link LocalJobs}) or a Pekko
 * cluster whose nodes share the journal and the state directory ({@link ClusterJobs}). The
 * daemon hands its {@link JobListener} to the backend when it opens it; the listener hears the
 * jobs that run in this process, wherever they were submitted.
 */
interface JobBackend extends AutoCloseable {
    /** A submission: {@code journaled} completes once the job is in the journal, {@code ended} once it has ended. */
    record Submitted(CompletionStage<?> journaled, CompletionStage<?> ended) {}

    /** A job this process took up again after a crash, and when it ends. */
    record Resumed(JobEntity.State state, CompletionStage<?> ended) {}

    Submitted submit(JobSpec spec);

    /** Runs again the jobs a crash of this process cut off (none where the cluster does it). */
    List<Resumed> resumeUnfinished() throws Exception;

    /** What the journal says of a job that was accepted. */
    CompletionStage<JobEntity.State> state(JobId id);

    /** Describes the backend for the start-up line. */
    String describe();

    @Override
    void close();
}
