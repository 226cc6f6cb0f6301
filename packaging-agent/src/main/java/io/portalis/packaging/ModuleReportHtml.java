package io.portalis.packaging;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.build.BuiltModule;
import io.portalis.testing.Verification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <stem>.report.html}: the module's report for people. The Python source and the generated
 * Rust side by side, each mapped Rust line linking to the Python line it came from (and each
 * Python line to its first Rust line), every diagnostic shown under the line it is about with its
 * notes and {@code help:}, then the lowering and the verification. One self-contained page: inline
 * CSS, no script, nothing fetched.
 */
final class ModuleReportHtml {
    private static final String MAIN = "src/main.rs";
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            .ok{color:#176f2c}.failed,.error{color:#a31515}.warning{color:#8a5a00}
            .code{display:grid;grid-template-columns:1fr 1fr;gap:1em}
            .code>section{overflow-x:auto;border:1px solid #ccc}
            pre{margin:0;font-family:ui-monospace,monospace;font-size:85%;line-height:1.35}
            .ln{display:inline-block;width:4em;color:#888;text-align:right;margin-right:1em;text-decoration:none}
            .line:target{background:#fff3b0}
            .diag{margin:.2em 0 .4em 5em;padding:.3em .6em;border-left:3px solid #a31515;background:#fdf0f0}
            .diag.warning{border-color:#8a5a00;background:#fdf8ec}
            h2{font-size:1.1em;margin-top:1.5em}
            """;

    private ModuleReportHtml() {}

    static byte[] render(ModuleReport.Contents c) {
        StringBuilder html = new StringBuilder();
        boolean failed = c.built().isEmpty() || c.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(c.module())).append(" — Portalis report</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1><code>").append(escape(c.module())).append("</code> <span class=\"")
                .append(failed ? "failed\">failed" : "ok\">translated").append("</span></h1>\n<p>Source: <code>")
                .append(escape(c.pythonSource().toString())).append("</code>");
        c.built().ifPresent(b -> html.append(" · target <code>").append(b.target().cliName())
                .append("</code> · ").append(escape(b.rustcVersion())));
        html.append("</p>\n");
        c.built().ifPresent(b -> lowering(html, b.crate().lowering()));
        c.verification().ifPresent(v -> verification(html, v));
        diagnosticsSummary(html, c.diagnostics());
        html.append("<div class=\"code\">\n");
        python(html, c);
        rust(html, c.built());
        html.append("</div>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void lowering(StringBuilder html, RustCrate.Lowering lowering) {
        html.append("<p>Lowering: <b>").append(lowering.kind().name().toLowerCase(Locale.ROOT)).append("</b>");
        if (!lowering.reasons().isEmpty()) {
            html.append(" — the typed translation gave up because:</p><ul>");
            lowering.reasons().forEach(r -> html.append("<li>").append(escape(r)).append("</li>"));
            html.append("</ul>\n");
        } else {
            html.append("</p>\n");
        }
    }

    private static void verification(StringBuilder html, Verification v) {
        html.append("<p>Verification: ");
        if (!v.compared()) {
            html.append("not compared with CPython");
        } else {
            html.append(v.matches() ? "<span class=\"ok\">output matches CPython" : "<span class=\"failed\">output "
                    + "differs from CPython").append("</span>");
            v.cpythonVersion().ifPresent(ver -> html.append(" (").append(escape(ver)).append(")"));
        }
        html.append(" · translation exited ").append(v.translated().exitCode()).append(" in ")
                .append(v.translated().elapsed().toMillis()).append(" ms");
        v.cpython().ifPresent(run -> html.append(" · CPython exited ").append(run.exitCode()).append(" in ")
                .append(run.elapsed().toMillis()).append(" ms"));
        html.append("</p>\n");
    }

    private static void diagnosticsSummary(StringBuilder html, List<Diagnostic> diagnostics) {
        html.append("<h2>Diagnostics (").append(diagnostics.size()).append(")</h2>\n");
        if (diagnostics.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (Diagnostic d : diagnostics) {
            html.append("<li class=\"").append(d.severity().label()).append("\">");
            if (d.span().hasPosition()) {
                html.append("<a href=\"#py-").append(d.span().line()).append("\">").append(escape(d.headline()))
                        .append("</a>");
            } else {
                html.append(escape(d.headline()));
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void python(StringBuilder html, ModuleReport.Contents c) {
        Map<Integer, List<Diagnostic>> byLine = new HashMap<>();
        c.diagnostics().stream().filter(d -> d.span().hasPosition())
                .forEach(d -> byLine.computeIfAbsent(d.span().line(), l -> new ArrayList<>()).add(d));
        Map<Integer, Integer> firstRust = new HashMap<>();
        c.built().ifPresent(b -> b.crate().sourceMap().getOrDefault(b.crate().output().entryFile(), List.of())
                .forEach(m -> firstRust.merge(m.pythonLine(), m.rustLine(), Math::min)));
        html.append("<section><h2>Python</h2>\n");
        if (c.sourceBytes().isEmpty()) {
            html.append("<p>The source could not be read.</p></section>\n");
            return;
        }
        String[] lines = new String(c.sourceBytes().get(), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        html.append("<pre>");
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            html.append("<span class=\"line\" id=\"py-").append(n).append("\">");
            Integer rust = firstRust.get(n);
            html.append(rust != null ? "<a class=\"ln\" href=\"#rs-" + rust + "\" title=\"generated Rust\">" + n
                    + "</a>" : "<span class=\"ln\">" + n + "</span>");
            html.append(escape(lines[i])).append("</span>\n");
            for (Diagnostic d : byLine.getOrDefault(n, List.of())) {
                inPlace(html, d);
            }
        }
        html.append("</pre></section>\n");
    }

    private static void inPlace(StringBuilder html, Diagnostic d) {
        html.append("<div class=\"diag ").append(d.severity().label()).append("\">")
                .append(escape(d.severity().label() + "[" + d.code().name() + "]: " + d.message()));
        if (!d.primary().text().isBlank()) {
            html.append("\n  ").append(escape(d.primary().text()));
        }
        d.notes().forEach(n -> html.append("\n  = note: ").append(escape(n)));
        d.help().ifPresent(h -> html.append("\n  = help: ").append(escape(h)));
        html.append("</div>");
    }

    private static void rust(StringBuilder html, java.util.Optional<BuiltModule> built) {
        String entry = built.map(b -> b.crate().output().entryFile()).orElse(MAIN);
        html.append("<section><h2>Rust <code>").append(entry).append("</code></h2>\n");
        if (built.isEmpty() || !built.get().crate().files().containsKey(entry)) {
            html.append("<p>No Rust was generated.</p></section>\n");
            return;
        }
        RustCrate crate = built.get().crate();
        Map<Integer, Integer> pythonOf = new TreeMap<>();
        crate.sourceMap().getOrDefault(entry, List.of()).forEach(m -> pythonOf.put(m.rustLine(), m.pythonLine()));
        String[] lines = crate.files().get(entry).split("\n", -1);
        html.append("<pre>");
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            Integer py = pythonOf.get(n);
            html.append("<span class=\"line\" id=\"rs-").append(n).append("\">")
                    .append(py != null ? "<a class=\"ln\" href=\"#py-" + py + "\" title=\"Python line " + py + "\">"
                            + n + "</a>" : "<span class=\"ln\">" + n + "</span>")
                    .append(escape(lines[i])).append("</span>\n");
        }
        html.append("</pre></section>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
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
