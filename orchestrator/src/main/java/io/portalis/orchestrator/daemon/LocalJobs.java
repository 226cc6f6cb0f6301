package io.portalis.orchestrator.daemon;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.durable.DurableJobs;
import io.portalis.orchestrator.durable.JobEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Jobs journaled and run in this process ({@link DurableJobs}). */
final class LocalJobs implements JobBackend {
    private final DurableJobs jobs;
    private final JobListener listener;

    private LocalJobs(DurableJobs jobs, JobListener listener) {
        this.jobs = jobs;
        this.listener = listener;
    }

    static LocalJobs open(DaemonSettings settings, PipelineStages stages, JobListener listener) {
        return new LocalJobs(DurableJobs.start(settings.state(), settings.journal(), settings.config(), stages),
                listener);
    }

    @Override
    public Submitted submit(JobSpec spec) {
        CompletionStage<?> journaled = jobs.record(spec);
        CompletionStage<?> ended = journaled.thenCompose(done -> heard(spec.id(),
                jobs.start(spec, event -> listener.onEvent(spec.id(), event))));
        return new Submitted(journaled, ended);
    }

    @Override
    public List<Resumed> resumeUnfinished() throws Exception {
        List<Resumed> resumed = new ArrayList<>();
        for (JobEntity.State state : jobs.unfinished()) {
            JobId id = new JobId(state.job().orElseThrow().id());
            resumed.add(new Resumed(state, heard(id, jobs.resume(state, event -> listener.onEvent(id, event)))));
        }
        return resumed;
    }

    /** The listener hears the end before the stage completes, so whoever waits on it finds the end recorded. */
    private CompletionStage<JobResult> heard(JobId id, CompletionStage<JobResult> result) {
        return result.thenApply(done -> {
            listener.onEnd(id, done);
            return done;
        });
    }

    @Override
    public CompletionStage<JobEntity.State> state(JobId id) {
        return jobs.state(id);
    }

    @Override
    public String describe() {
        return "journal " + jobs.journal().describe();
    }

    @Override
    public void close() {
        jobs.close();
    }
}
