package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a function body binds (Language Reference 4.2.2: assignment targets, loop targets,
 * {@code with … as}, {@code except … as}, imports, nested {@code def}/{@code class} names, walrus
 * targets) and the names it declares {@code global} or {@code nonlocal}. Nested function and
 * class bodies are other scopes and are not entered.
 */
final class LocalNames {
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();

    static LocalNames of(List<Stmt> body) {
        LocalNames names = new LocalNames();
        body.forEach(names::walk);
        names.bound.removeAll(names.globals);
        names.bound.removeAll(names.nonlocals);
        return names;
    }

    private void walk(Object node) {
        switch (node) {
            case Stmt.FunctionDef f -> {
                bound.add(f.name());
                f.decoratorList().forEach(this::walk);
                walkChildren(f.args());
            }
            case Stmt.AsyncFunctionDef f -> bound.add(f.name());
            case Stmt.ClassDef c -> {
                bound.add(c.name());
                c.bases().forEach(this::walk);
                c.decoratorList().forEach(this::walk);
            }
            case Expr.Lambda l -> walkChildren(l.args());
            case Expr.ListComp c -> c.generators().forEach(g -> walk(g.iter()));
            case Expr.SetComp c -> c.generators().forEach(g -> walk(g.iter()));
            case Expr.DictComp c -> c.generators().forEach(g -> walk(g.iter()));
            case Expr.GeneratorExp c -> c.generators().forEach(g -> walk(g.iter()));
            case Stmt.Global g -> globals.addAll(g.names());
            case Stmt.Nonlocal n -> nonlocals.addAll(n.names());
            case Stmt.Import i -> i.names().forEach(a -> bound.add(importedName(a, true)));
            case Stmt.ImportFrom i -> i.names().forEach(a -> bound.add(importedName(a, false)));
            case io.portalis.ingest.ast.ExceptHandler h -> {
                if (h.name() != null) {
                    bound.add(h.name());
                }
                walkChildren(h);
            }
            case Expr.Name n -> {
                if (n.ctx() != io.portalis.ingest.ast.ExprContext.Load) {
                    bound.add(n.id());
                }
            }
            case Expr.NamedExpr w -> {
                walk(w.target());
                walk(w.value());
            }
            case io.portalis.ingest.ast.Pattern.MatchStar m -> addIfPresent(m.name());
            case io.portalis.ingest.ast.Pattern.MatchAs m -> {
                addIfPresent(m.name());
                if (m.pattern() != null) { // `case _` and `case x` have none
                    walk(m.pattern());
                }
            }
            case io.portalis.ingest.ast.Pattern.MatchMapping m -> {
                addIfPresent(m.rest());
                walkChildren(m);
            }
            case Node other -> walkChildren(other);
            case List<?> list -> list.forEach(v -> {
                if (v != null) {
                    walk(v);
                }
            });
            default -> {
                // Strings, numbers and enums inside nodes hold no names.
            }
        }
    }

    private void addIfPresent(String name) {
        if (name != null) {
            bound.add(name);
        }
    }

    private void walkChildren(Node node) {
        if (node != null) {
            Node.componentValues(node).forEach(v -> {
                if (v != null) {
                    walk(v);
                }
            });
        }
    }

    private static String importedName(Alias alias, boolean plainImport) {
        if (alias.asname() != null) {
            return alias.asname();
        }
        // `import a.b` binds `a`.
        return plainImport ? alias.name().split("\\.")[0] : alias.name();
    }
}
