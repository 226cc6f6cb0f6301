package io.portalis.orchestrator.assess;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.orchestrator.assess.ModuleAssessment.Status;
import java.util.List;
import java.util.Map;

/**
 * The HTML form of an {@link Assessment}: one self-contained page (inline CSS, no script), totals
 * first, then a row per module in migration order with every deciding diagnostic and its help.
 */
public final class AssessmentHtml {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            .translatable{color:#176f2c}.needs-work{color:#8a5a00}.blocked{color:#a31515}
            code,pre{font-family:ui-monospace,monospace;font-size:90%}
            pre{margin:0;white-space:pre-wrap}
            """;

    private AssessmentHtml() {}

    public static String render(Assessment a) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Portalis assessment of ").append(escape(a.root().toString())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Portalis assessment of <code>").append(escape(a.root().toString())).append("</code></h1>\n");
        Map<Status, Integer> totals = a.totals();
        html.append("<p>").append(a.modules().size()).append(" modules: ");
        for (Status s : Status.values()) {
            html.append("<span class=\"").append(css(s)).append("\">").append(totals.get(s)).append(' ')
                    .append(s.label()).append("</span>").append(s == Status.BLOCKED ? "" : ", ");
        }
        html.append("</p>\n<p>Modules are listed in migration order: each after the project modules it"
                + " imports.</p>\n");
        if (!a.cycles().isEmpty()) {
            html.append("<h2>Import cycles</h2><ul>\n");
            for (List<String> cycle : a.cycles()) {
                html.append("<li><code>").append(escape(String.join(" -> ", cycle) + " -> " + cycle.get(0)))
                        .append("</code></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<table><thead><tr><th>#</th><th>module</th><th>status</th><th>lowering</th>"
                + "<th>imports (project)</th><th>not provided</th><th>decided by</th></tr></thead><tbody>\n");
        int n = 0;
        for (ModuleAssessment m : a.modules()) {
            html.append("<tr><td>").append(++n).append("</td><td><code>").append(escape(m.name()))
                    .append("</code></td><td class=\"").append(css(m.status())).append("\">")
                    .append(m.status().label()).append("</td><td>").append(AssessmentText.lowering(m))
                    .append("</td><td>").append(escape(String.join(", ", m.projectImports())))
                    .append("</td><td>").append(escape(String.join(", ", m.unprovided()))).append("</td><td>");
            for (Diagnostic d : m.deciding()) {
                html.append("<pre>").append(escape(d.headline()));
                d.help().ifPresent(h -> html.append("\n  help: ").append(escape(h)));
                html.append("</pre>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</body></html>\n");
        return html.toString();
    }

    private static String css(Status s) {
        return s.label().replace(' ', '-');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
