package io.portalis.orchestrator.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.VerificationSummary;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A job's result as one JSON object: {@code job}, {@code status} ({@code ok}, {@code failed},
 * {@code rejected}), {@code reused} (modules taken from the artifact store) and {@code translated}
 * (modules the pipeline translated in this run), {@code modules} (each with its status, failed stage, outputs, verification,
 * timings and diagnostics) and {@code counts}.
 */
public final class JobJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobJson() {}

    public static String render(JobResult result) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static ObjectNode toJson(JobResult result) {
        ObjectNode root = JSON.objectNode();
        root.put("job", result.job().value());
        root.put("status", result.status() == JobResult.Status.REJECTED ? "rejected"
                : result.allTranslated() ? "ok" : "failed");
        result.rejection().ifPresent(reason -> root.put("rejection", reason));
        // Modules taken from the artifact store, and modules the pipeline translated in this run.
        root.put("reused", result.modules().stream().filter(ModuleOutcome::reused).count());
        root.put("translated", result.modules().stream().filter(m -> m.translated() && !m.reused()).count());
        var modules = root.putArray("modules");
        result.modules().forEach(m -> modules.add(toJson(m)));
        ObjectNode counts = root.putObject("counts");
        counts.put("modules", result.modules().size());
        counts.put("translated", result.translatedCount());
        counts.put("failed", result.failedCount());
        counts.put("errors", result.modules().stream().mapToLong(m -> m.count(Severity.ERROR)).sum());
        counts.put("warnings", result.modules().stream().mapToLong(m -> m.count(Severity.WARNING)).sum());
        root.put("elapsedMs", result.elapsed().toMillis());
        return root;
    }

    public static ObjectNode toJson(ModuleOutcome m) {
        ObjectNode node = JSON.objectNode();
        node.put("module", m.module().dottedName());
        node.put("source", m.source().toString());
        node.put("status", m.status().label());
        node.put("reused", m.reused());
        m.failedStage().ifPresentOrElse(s -> node.put("failedStage", s.label()), () -> node.putNull("failedStage"));
        ObjectNode outputs = node.putObject("outputs");
        putPath(outputs, "binary", m.outputs().binary());
        putPath(outputs, "crate", m.outputs().crateDir());
        putPath(outputs, "report", m.outputs().report());
        m.verification().ifPresentOrElse(v -> node.set("verification", toJson(v)), () -> node.putNull("verification"));
        ObjectNode timings = node.putObject("timingsMs");
        m.timings().forEach((stage, time) -> timings.put(stage.label(), time.toMillis()));
        node.set("diagnostics", DiagnosticJson.toJson(m.diagnostics()));
        return node;
    }

    private static ObjectNode toJson(VerificationSummary v) {
        ObjectNode node = JSON.objectNode();
        node.put("comparedWithCPython", v.comparedWithCPython());
        node.put("matches", v.matches());
        node.put("exitCode", v.exitCode());
        node.put("stdout", v.stdout());
        node.put("stderr", v.stderr());
        node.put("elapsedMs", v.elapsed().toMillis());
        return node;
    }

    private static void putPath(ObjectNode node, String key, Optional<Path> path) {
        path.ifPresentOrElse(p -> node.put(key, p.toString()), () -> node.putNull(key));
    }
}
