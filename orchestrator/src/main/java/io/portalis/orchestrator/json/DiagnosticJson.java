package io.portalis.orchestrator.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Label;
import io.portalis.agents.diagnostics.SourceSpan;
import java.util.List;

/**
 * Diagnostics as JSON for tools: {@code file}, {@code line}, {@code column} (1-based; 0 when the
 * problem concerns the whole file), {@code endLine}, {@code endColumn}, {@code severity},
 * {@code code}, {@code message}, {@code label}, {@code secondary}, {@code notes}, {@code help}.
 */
public final class DiagnosticJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DiagnosticJson() {}

    public static ArrayNode toJson(List<Diagnostic> diagnostics) {
        ArrayNode array = JSON.arrayNode();
        diagnostics.forEach(d -> array.add(toJson(d)));
        return array;
    }

    public static ObjectNode toJson(Diagnostic d) {
        ObjectNode node = JSON.objectNode();
        putSpan(node, d.span());
        node.put("severity", d.severity().label());
        node.put("code", d.code().name());
        node.put("message", d.message());
        node.put("label", d.primary().text());
        ArrayNode secondary = node.putArray("secondary");
        for (Label label : d.secondary()) {
            ObjectNode l = secondary.addObject();
            putSpan(l, label.span());
            l.put("label", label.text());
        }
        ArrayNode notes = node.putArray("notes");
        d.notes().forEach(notes::add);
        d.help().ifPresentOrElse(h -> node.put("help", h), () -> node.putNull("help"));
        return node;
    }

    private static void putSpan(ObjectNode node, SourceSpan span) {
        node.put("file", span.file());
        node.put("line", span.line());
        node.put("column", span.column());
        node.put("endLine", span.endLine());
        node.put("endColumn", span.endColumn());
    }
}
