package io.portalis.orchestrator.cli;

import io.portalis.agents.ModuleId;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.ModuleOutcome;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Progress of a multi-file job on stderr, one line per stage a module enters:
 * {@code [1/3] hello.py: build} (the module's position among the inputs), and one when it ends:
 * {@code [1/3] hello.py: translated}, {@code failed}, {@code reused translated}. Single-file jobs stay quiet except for retries.
 */
final class ProgressLines {
    private final PrintStream err;
    private final boolean everyStage;
    private final int total;
    private final Map<ModuleId, String> names = new HashMap<>();
    private final Map<ModuleId, Integer> positions = new HashMap<>();

    ProgressLines(PrintStream err, JobSpec job, boolean everyStage) {
        this.err = err;
        this.everyStage = everyStage;
        this.total = job.inputs().size();
        for (JobInput input : job.inputs()) {
            names.put(input.module(), input.source().displayName());
            positions.put(input.module(), positions.size() + 1);
        }
    }

    /** Called on an actor's thread, one event at a time. */
    void onEvent(JobEvent event) {
        switch (event) {
            case JobEvent.StageStarted started -> {
                if (everyStage && started.attempt() == 1) {
                    err.println("[" + positions.getOrDefault(started.module(), 0) + "/" + total + "] "
                            + name(started.module()) + ": "
                            + started.stage().label());
                }
            }
            case JobEvent.StageRetried retried -> err.println(name(retried.module()) + ": retrying "
                    + retried.stage().label() + " (attempt " + retried.attempt() + "): " + retried.reason());
            case JobEvent.ModuleFinished finished -> {
                if (everyStage) {
                    ModuleOutcome outcome = finished.outcome();
                    err.println("[" + positions.getOrDefault(outcome.module(), 0) + "/" + total + "] "
                            + name(outcome.module()) + ": " + (outcome.reused() ? "reused " : "")
                            + outcome.status().label());
                }
            }
            case JobEvent.JobStarted ignored -> { }
            case JobEvent.StageCompleted ignored -> { }
            case JobEvent.StageFailed ignored -> { }
            case JobEvent.JobFinished ignored -> { }
        }
    }

    private String name(ModuleId module) {
        return names.getOrDefault(module, module.dottedName());
    }
}
