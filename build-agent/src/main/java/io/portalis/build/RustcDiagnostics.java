package io.portalis.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.Label;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.agents.diagnostics.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads rustc's {@code --error-format=json} output (one JSON object per line on stderr, see
 * the rustc book, "JSON Output") and turns each error into a {@code PTL0201} diagnostic that
 * points at the Python line the failing Rust came from. Warnings are dropped: they say nothing
 * about whether the translation is right, and generated code is allowed to be unidiomatic.
 */
final class RustcDiagnostics {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STDERR_NOTE = 4000;

    private RustcDiagnostics() {}

    /** The errors in {@code stderr}; when rustc failed without a parsable error, one that says so. */
    static List<Diagnostic> errors(String stderr, int exitCode, SourceMapper mapper) {
        List<Diagnostic> found = new ArrayList<>();
        for (String line : stderr.lines().toList()) {
            parse(line).filter(RustcDiagnostics::isReportable).map(n -> toDiagnostic(n, mapper)).ifPresent(found::add);
        }
        if (found.isEmpty() && exitCode != 0 && outOfSpace(stderr)) {
            // The machine's fault, not the program's: PTL0401 outcomes are not kept for reuse,
            // so the next run builds again once there is room.
            found.add(Diagnostic.error(DiagnosticCode.PTL0401, SourceSpan.wholeFile(mapper.pythonFile()),
                    "rustc could not write its output: no space left on device")
                    .withNote("rustc said:\n" + tail(plainText(stderr))));
        } else if (found.isEmpty() && exitCode != 0) {
            found.add(Diagnostic.error(DiagnosticCode.PTL0201, SourceSpan.wholeFile(mapper.pythonFile()),
                    "rustc failed with exit code " + exitCode).withNote("rustc said:\n" + tail(plainText(stderr))));
        }
        return found;
    }

    private static boolean outOfSpace(String stderr) {
        return stderr.contains("No space left on device") || stderr.contains("Disk quota exceeded");
    }

    private static Optional<JsonNode> parse(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(line));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isReportable(JsonNode node) {
        String level = node.path("level").asText();
        String message = node.path("message").asText();
        boolean summary = message.startsWith("aborting due to") && node.path("spans").isEmpty();
        return level.startsWith("error") && !summary;
    }

    private static Diagnostic toDiagnostic(JsonNode node, SourceMapper mapper) {
        String message = node.path("message").asText();
        Optional<JsonNode> primary = primarySpan(node);
        SourceSpan rustSpan = primary.map(s -> mapper.rust(s.path("file_name").asText(), s.path("line_start").asInt(),
                s.path("column_start").asInt(), s.path("line_end").asInt(), s.path("column_end").asInt()))
                .orElse(SourceSpan.wholeFile(mapper.pythonFile()));
        Optional<SourceSpan> pythonSpan = primary.flatMap(s -> mapper.python(s.path("file_name").asText(),
                s.path("line_start").asInt()));
        String label = primary.map(s -> s.path("label").asText("")).filter(t -> !t.equals("null")).orElse("");
        List<Label> secondary = pythonSpan.isPresent() ? List.of(new Label(rustSpan, label)) : List.of();
        List<String> notes = new ArrayList<>();
        String code = node.path("code").path("code").asText("");
        if (!code.isEmpty()) {
            notes.add("rustc error " + code);
        }
        if (pythonSpan.isPresent() || !rustSpan.hasPosition()) {
            notes.add("in the generated Rust at " + rustSpan.location());
        }
        notes.add("rustc said:\n" + tail(node.path("rendered").asText("").stripTrailing()));
        return new Diagnostic(DiagnosticCode.PTL0201, Severity.ERROR, message,
                new Label(pythonSpan.orElse(rustSpan), label), secondary, notes, help(node));
    }

    private static Optional<JsonNode> primarySpan(JsonNode node) {
        for (JsonNode span : node.path("spans")) {
            if (span.path("is_primary").asBoolean()) {
                return Optional.of(span);
            }
        }
        return node.path("spans").isEmpty() ? Optional.empty() : Optional.of(node.path("spans").get(0));
    }

    private static Optional<String> help(JsonNode node) {
        for (JsonNode child : node.path("children")) {
            if (child.path("level").asText().equals("help")) {
                return Optional.of(child.path("message").asText());
            }
        }
        return Optional.empty();
    }

    /** rustc's human-readable text for lines that were not JSON (ICEs, linker output). */
    private static String plainText(String stderr) {
        StringBuilder out = new StringBuilder();
        for (String line : stderr.lines().toList()) {
            String text = parse(line).map(n -> n.path("rendered").asText("")).orElse(line + "\n");
            out.append(text);
        }
        return out.toString().stripTrailing();
    }

    private static String tail(String text) {
        return text.length() <= MAX_STDERR_NOTE ? text : "…" + text.substring(text.length() - MAX_STDERR_NOTE);
    }
}
