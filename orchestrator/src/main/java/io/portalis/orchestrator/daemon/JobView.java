package io.portalis.orchestrator.daemon;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.json.DiagnosticJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A job as the API shows it: {@code queued} until its first module starts, {@code running},
 * then {@code succeeded} (every module translated) or {@code failed}; once ended, each module's
 * status and diagnostics. Immutable; the registry swaps views as the job moves.
 */
record JobView(JobId id, String state, List<String> stems, Path outDir, Optional<JobResult> result, long acceptedNanos) {
    static JobView queued(JobId id, List<String> stems, Path outDir) {
        return new JobView(id, "queued", List.copyOf(stems), outDir, Optional.empty(), System.nanoTime());
    }

    JobView running() {
        return state.equals("queued") ? new JobView(id, "running", stems, outDir, result, acceptedNanos) : this;
    }

    JobView ended(JobResult done) {
        return new JobView(id, done.allTranslated() ? "succeeded" : "failed", stems, outDir, Optional.of(done),
                acceptedNanos);
    }

    boolean finished() {
        return result.isPresent();
    }

    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", id.value());
        root.put("state", state);
        ObjectNode modules = root.putObject("modules");
        if (result.isPresent()) {
            for (ModuleOutcome m : result.get().modules()) {
                ObjectNode node = modules.putObject(m.module().stem());
                node.put("status", m.status().label());
                node.put("reused", m.reused());
                m.failedStage().ifPresentOrElse(s -> node.put("failedStage", s.label()),
                        () -> node.putNull("failedStage"));
                node.set("diagnostics", DiagnosticJson.toJson(m.diagnostics()));
            }
        } else {
            for (String stem : stems) {
                modules.putObject(stem).put("status", state.equals("queued") ? "queued" : "pending");
            }
        }
        return root;
    }
}
