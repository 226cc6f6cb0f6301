package io.portalis.ingest.packages;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Resolves one module's {@code import} and {@code from … import} statements (at any depth) against
 * a {@link PackageLayout}, as importlib would (docs.python.org/3.12/reference/import.html and
 * {@code importlib._bootstrap._resolve_name}). Names whose top-level package is not found here are
 * outside the project (stdlib or installed) and are not reported.
 */
final class ImportResolver {
    private final PackageLayout layout;
    private final String module;
    private final ParsedModule parsed;
    private final List<ImportEdge> edges;
    private final Set<String> externals;
    private final List<Diagnostic> diagnostics;

    ImportResolver(PackageLayout layout, String module, ParsedModule parsed, List<ImportEdge> edges,
            Set<String> externals, List<Diagnostic> diagnostics) {
        this.layout = layout;
        this.module = module;
        this.parsed = parsed;
        this.edges = edges;
        this.externals = externals;
        this.diagnostics = diagnostics;
    }

    void resolveAll() {
        Deque<Node> work = new ArrayDeque<>(parsed.tree().body());
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node instanceof Stmt.Import imp) {
                imp.names().forEach(a -> absolute(a.name(), imp.span()));
            } else if (node instanceof Stmt.ImportFrom from) {
                importFrom(from);
            } else {
                statementChildren(node, work::push);
            }
        }
    }

    /** {@code import a.b.c} binds {@code a} and imports {@code a}, {@code a.b} and {@code a.b.c}. */
    private void absolute(String name, Span span) {
        if (!layout.ownsTopLevel(name)) {
            externals.add(topLevel(name));
            return;
        }
        if (layout.has(name)) {
            edges.add(new ImportEdge(module, name, at(span)));
        } else {
            missing(name, span);
        }
    }

    private void importFrom(Stmt.ImportFrom from) {
        int level = from.level() == null ? 0 : from.level();
        String base;
        if (level == 0) {
            base = from.module();
            if (!layout.ownsTopLevel(base)) {
                externals.add(topLevel(base));
                return;
            }
        } else {
            base = relativeBase(level, from.span());
            if (base == null) {
                return;
            }
            base = from.module() == null ? base : (base.isEmpty() ? "" : base + ".") + from.module();
        }
        if (!layout.has(base)) {
            missing(base, from.span());
            return;
        }
        if (!base.equals(module)) { // a package's `from . import x` needs nothing of itself first
            edges.add(new ImportEdge(module, base, at(from.span())));
        }
        for (Alias a : from.names()) {
            // `from p import m` imports submodule p.m when p has no attribute m; attributes are not tracked here.
            String sub = base + "." + a.name();
            if (layout.isPackage(base) && layout.has(sub)) {
                edges.add(new ImportEdge(module, sub, at(a.span())));
            }
        }
    }

    /** The package {@code level} dots name from this module; null (and a warning) past the top level. */
    private String relativeBase(int level, Span span) {
        String pkg = layout.isPackage(module) ? module : parentOf(module);
        for (int i = 1; i < level && pkg != null; i++) {
            pkg = parentOf(pkg);
        }
        if (pkg == null) {
            diagnostics.add(Diagnostic.warning(DiagnosticCode.PTL0007, at(span),
                    "attempted relative import beyond top-level package in `" + module + "`"));
        }
        return pkg;
    }

    private static String topLevel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The enclosing package of a dotted name; null for a top-level name. */
    private static String parentOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : name.substring(0, dot);
    }

    private void missing(String name, Span span) {
        diagnostics.add(Diagnostic.warning(DiagnosticCode.PTL0007, at(span),
                "no module named `" + name + "` (imported by `" + module + "`)"));
    }

    private SourceSpan at(Span span) {
        var lines = parsed.lines();
        return new SourceSpan(parsed.file().displayName(), lines.line(span.start()), lines.charColumn(span.start()),
                lines.line(span.end()), lines.charColumn(span.end()));
    }

    /** Imports are statements, so only statement bodies (with handlers and match cases) are walked. */
    static void statementChildren(Node node, java.util.function.Consumer<Node> work) {
        for (Object value : Node.componentValues(node)) {
            if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Stmt || o instanceof io.portalis.ingest.ast.ExceptHandler
                            || o instanceof io.portalis.ingest.ast.MatchCase) {
                        work.accept((Node) o);
                    }
                }
            }
        }
    }
}
