package io.portalis.orchestrator.assess;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.orchestrator.assess.ModuleAssessment.Status;
import io.portalis.orchestrator.json.DiagnosticJson;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of an {@link Assessment}: {@code {"root", "modules": [{name, path, status,
 * lowering, imports, unprovided, diagnostics}], "order", "cycles", "totals", "diagnostics"}},
 * modules in migration order; status is {@code translatable}, {@code needs work} or {@code blocked}.
 */
public final class AssessmentJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AssessmentJson() {}

    public static ObjectNode toJson(Assessment a) {
        ObjectNode root = JSON.objectNode();
        root.put("root", a.root().toString());
        ArrayNode modules = root.putArray("modules");
        ArrayNode order = JSON.arrayNode();
        for (ModuleAssessment m : a.modules()) {
            order.add(m.name());
            ObjectNode node = modules.addObject();
            node.put("name", m.name());
            node.put("path", m.path().toString());
            node.put("status", m.status().label());
            m.lowering().ifPresentOrElse(l -> {
                ObjectNode lowering = node.putObject("lowering");
                lowering.put("kind", l.kind().name().toLowerCase(Locale.ROOT));
                ArrayNode reasons = lowering.putArray("reasons");
                l.reasons().forEach(reasons::add);
            }, () -> node.putNull("lowering"));
            strings(node.putArray("imports"), m.projectImports());
            strings(node.putArray("unprovided"), m.unprovided());
            node.set("diagnostics", DiagnosticJson.toJson(m.deciding()));
        }
        root.set("order", order);
        ArrayNode cycles = root.putArray("cycles");
        a.cycles().forEach(c -> strings(cycles.addArray(), c));
        ObjectNode totals = root.putObject("totals");
        totals.put("modules", a.modules().size());
        a.totals().forEach((Status s, Integer n) -> totals.put(s.label(), n));
        root.set("diagnostics", DiagnosticJson.toJson(a.graphDiagnostics()));
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
