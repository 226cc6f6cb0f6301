package io.portalis.orchestrator;

import io.portalis.agents.JobId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a submitted job: each module's outcome in input order, or, when the
 * orchestrator could not take the job, the reason it was rejected.
 */
public record JobResult(JobId job, Status status, Optional<String> rejection, List<ModuleOutcome> modules,
        Duration elapsed) {

    public enum Status {
        /** The job ran; each module's outcome says how it ended. */
        COMPLETED,
        /** The job never ran: the queue was full or the id was already in use. */
        REJECTED
    }

    public JobResult {
        modules = List.copyOf(modules);
    }

    public static JobResult completed(JobId job, List<ModuleOutcome> modules, Duration elapsed) {
        return new JobResult(job, Status.COMPLETED, Optional.empty(), modules, elapsed);
    }

    public static JobResult rejected(JobId job, String reason) {
        return new JobResult(job, Status.REJECTED, Optional.of(reason), List.of(), Duration.ZERO);
    }

    public long translatedCount() {
        return modules.stream().filter(ModuleOutcome::translated).count();
    }

    public long failedCount() {
        return modules.size() - translatedCount();
    }

    /** True when the job ran and every module translated. */
    public boolean allTranslated() {
        return status == Status.COMPLETED && failedCount() == 0;
    }
}
