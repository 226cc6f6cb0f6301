package io.portalis.agents.diagnostics;

import java.util.List;

/**
 * Writes diagnostics for people: the headline first (so tools that read one line per problem
 * get everything they need), then, when the source is known, the offending line with a caret
 * under the primary span, the label, notes and help, as rustc lays them out.
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    public static String render(Diagnostic d, List<String> sourceLines) {
        StringBuilder out = new StringBuilder(d.headline()).append('\n');
        SourceSpan span = d.span();
        if (span.hasPosition() && span.line() <= sourceLines.size()) {
            String text = sourceLines.get(span.line() - 1).stripTrailing();
            String gutter = " ".repeat(String.valueOf(span.line()).length());
            out.append(gutter).append(" |\n");
            out.append(span.line()).append(" | ").append(text).append('\n');
            int width = span.endLine() == span.line() && span.endColumn() > span.column()
                    ? span.endColumn() - span.column() : 1;
            out.append(gutter).append(" | ").append(" ".repeat(Math.max(0, span.column() - 1)))
                    .append("^".repeat(width));
            if (!d.primary().text().isEmpty()) {
                out.append(' ').append(d.primary().text());
            }
            out.append('\n');
        }
        for (String note : d.notes()) {
            out.append("  = note: ").append(note).append('\n');
        }
        d.help().ifPresent(h -> out.append("  = help: ").append(h).append('\n'));
        return out.toString();
    }

    public static String render(Diagnostic d) {
        return render(d, List.of());
    }
}
