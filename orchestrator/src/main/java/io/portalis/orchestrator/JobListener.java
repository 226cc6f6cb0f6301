package io.portalis.orchestrator;

import io.portalis.agents.JobId;

/**
 * Hears about the jobs that run in this process: their progress events and their ends. In a
 * cluster a job runs on whichever node hosts its shard, so that node's listener hears it, not
 * necessarily the one the job was submitted to.
 */
public interface JobListener {
    JobListener NONE = new JobListener() {
        @Override
        public void onEvent(JobId job, JobEvent event) {}

        @Override
        public void onEnd(JobId job, JobResult result) {}
    };

    void onEvent(JobId job, JobEvent event);

    /** Called once the job's work is done and before its end is journaled. */
    void onEnd(JobId job, JobResult result);
}
