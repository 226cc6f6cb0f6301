package io.portalis.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Label;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuiltModule;
import io.portalis.testing.ProgramRun;
import io.portalis.testing.Verification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code <stem>.report.json}: everything a person or a CI job needs to judge one module's
 * translation. Keys are written in a fixed order (the order of this class, not of any map), so
 * two reports diff cleanly; bump {@link #SCHEMA_VERSION} when a key changes meaning or goes away.
 */
final class ModuleReport {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModuleReport() {}

    /** The parts of a report; {@code binary} and {@code built} are absent for a module that failed early. */
    record Contents(String module, Path pythonSource, Optional<byte[]> sourceBytes, Optional<BuiltModule> built,
                    Optional<Path> binary, Optional<byte[]> binaryBytes, Optional<Verification> verification,
                    List<Diagnostic> diagnostics) {}

    static byte[] render(Contents c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("module", c.module());
        ObjectNode source = root.putObject("source");
        source.put("path", c.pythonSource().toString());
        source.put("sha256", c.sourceBytes().map(ContentStore::sha256).orElse(null));
        boolean failed = c.built().isEmpty() || c.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        root.put("status", failed ? "failed" : "ok");
        root.put("target", c.built().map(b -> b.target().cliName()).orElse(null));
        root.put("rustc", c.built().map(BuiltModule::rustcVersion).orElse(null));
        root.set("lowering", c.built().map(b -> lowering(b.crate().lowering())).orElse(null));
        binary(root, c);
        root.set("verification", c.verification().map(ModuleReport::verification).orElse(null));
        ArrayNode diagnostics = root.putArray("diagnostics");
        c.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        root.set("sourceMap", c.built().map(b -> sourceMap(b.crate())).orElse(null));
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    /** Which translation the module got; for dynamic code, why the typed one was not possible. */
    private static ObjectNode lowering(io.portalis.agents.artifacts.RustCrate.Lowering lowering) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", lowering.kind().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode reasons = node.putArray("reasons");
        lowering.reasons().forEach(reasons::add);
        return node;
    }

    private static void binary(ObjectNode root, Contents c) {
        if (c.binary().isEmpty() || c.binaryBytes().isEmpty()) {
            root.putNull("binary");
            return;
        }
        ObjectNode binary = root.putObject("binary");
        binary.put("file", c.binary().get().getFileName().toString());
        binary.put("size", c.binaryBytes().get().length);
        binary.put("sha256", ContentStore.sha256(c.binaryBytes().get()));
    }

    private static ObjectNode verification(Verification v) {
        ObjectNode node = JSON.createObjectNode();
        node.put("compared", v.compared());
        node.put("matched", v.matches());
        node.set("translation", run(v.translated()));
        node.set("cpython", v.cpython().map(ModuleReport::run).orElse(null));
        node.put("cpythonVersion", v.cpythonVersion().orElse(null));
        return node;
    }

    private static ObjectNode run(ProgramRun run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("exitCode", run.exitCode());
        node.put("elapsedMs", run.elapsed().toMillis());
        node.put("stdoutBytes", run.stdout().length);
        node.put("stderrBytes", run.stderr().length);
        return node;
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", d.code().name());
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        span(node, d.span());
        node.put("label", d.primary().text());
        ArrayNode secondary = node.putArray("secondary");
        for (Label label : d.secondary()) {
            ObjectNode s = secondary.addObject();
            span(s, label.span());
            s.put("label", label.text());
        }
        node.put("help", d.help().orElse(null));
        ArrayNode notes = node.putArray("notes");
        d.notes().forEach(notes::add);
        return node;
    }

    private static void span(ObjectNode node, SourceSpan span) {
        node.put("file", span.file());
        if (span.hasPosition()) {
            node.put("line", span.line());
            node.put("column", span.column());
            node.put("endLine", span.endLine());
            node.put("endColumn", span.endColumn());
        } else {
            node.putNull("line");
            node.putNull("column");
            node.putNull("endLine");
            node.putNull("endColumn");
        }
    }

    /** Per generated file: how many lines are mapped and which Python lines they cover. */
    private static ObjectNode sourceMap(RustCrate crate) {
        ObjectNode node = JSON.createObjectNode();
        Map<String, List<RustCrate.SourceMapping>> sorted = new TreeMap<>(crate.sourceMap());
        sorted.forEach((file, mappings) -> {
            ObjectNode f = node.putObject(file);
            crate.pythonFiles().entrySet().stream().filter(e -> e.getKey().equals(file)).findFirst()
                    .ifPresent(e -> f.put("python", e.getValue()));
            f.put("mappings", mappings.size());
            var lines = mappings.stream().mapToInt(RustCrate.SourceMapping::pythonLine).summaryStatistics();
            if (mappings.isEmpty()) {
                f.putNull("firstPythonLine");
                f.putNull("lastPythonLine");
            } else {
                f.put("firstPythonLine", lines.getMin());
                f.put("lastPythonLine", lines.getMax());
            }
        });
        return node;
    }
}
