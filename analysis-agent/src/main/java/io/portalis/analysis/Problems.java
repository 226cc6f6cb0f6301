package io.portalis.analysis;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.source.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one module and turns byte spans into the line and column
 * people read. One problem per position is kept, so a construct reached by several passes
 * is reported once.
 */
public final class Problems {
    private final String file;
    private final LineIndex lines;
    private final List<Diagnostic> found = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    public Problems(String file, LineIndex lines) {
        this.file = file;
        this.lines = lines;
    }

    public SourceSpan sourceSpan(Span span) {
        int end = Math.max(span.start(), span.end());
        return new SourceSpan(file, lines.line(span.start()), lines.charColumn(span.start()), lines.line(end),
                lines.charColumn(end));
    }

    /** PTL0002: valid Python this version does not translate. */
    public void unsupported(Span span, String what, String help) {
        add(Diagnostic.error(DiagnosticCode.PTL0002, sourceSpan(span), what + " cannot be translated yet")
                .withLabel("unsupported construct").withHelp(help));
    }

    /** PTL0101: a feature that needs an interpreter at run time. */
    public void dynamicFeature(Span span, String name) {
        add(Diagnostic.error(DiagnosticCode.PTL0101, sourceSpan(span), "`" + name + "` cannot be translated")
                .withLabel("needs a Python interpreter at run time")
                .withHelp("rewrite the code without `" + name + "`; generated Rust cannot run Python source"));
    }

    /** PTL0102: a name bound nowhere. */
    public void undefinedName(Span span, String name) {
        add(Diagnostic.error(DiagnosticCode.PTL0102, sourceSpan(span), "name `" + name + "` is not defined")
                .withLabel("not found in this scope")
                .withHelp("define `" + name + "` before this line, or check its spelling"));
    }

    /** PTL0103: types mixed in a way the typed translation cannot express. */
    public void typeMix(Span span, String message, String help) {
        add(Diagnostic.error(DiagnosticCode.PTL0103, sourceSpan(span), message).withHelp(help));
    }

    private void add(Diagnostic d) {
        String key = d.code() + "@" + d.span().location() + ":" + d.message();
        if (seen.add(key)) {
            found.add(d);
        }
    }

    /** Adds diagnostics found elsewhere (an earlier pass, another checker). */
    public void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    public List<Diagnostic> all() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }
}
