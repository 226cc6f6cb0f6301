package io.portalis.analysis.infer;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a body binds, in order: Python makes a name local to a function if it is
 * assigned anywhere in it (Language Reference 4.2.2). Nested {@code def}s bind their own name
 * but their bodies are other scopes.
 */
final class BoundNames {
    private BoundNames() {}

    static Set<String> of(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        body.forEach(s -> collect(s, names));
        return names;
    }

    private static void collect(Stmt stmt, Set<String> names) {
        switch (stmt) {
            case Stmt.Assign a -> a.targets().forEach(t -> target(t, names));
            case Stmt.AugAssign a -> target(a.target(), names);
            case Stmt.AnnAssign a -> target(a.target(), names);
            case Stmt.For f -> {
                target(f.target(), names);
                f.body().forEach(s -> collect(s, names));
                f.orelse().forEach(s -> collect(s, names));
            }
            case Stmt.While w -> {
                w.body().forEach(s -> collect(s, names));
                w.orelse().forEach(s -> collect(s, names));
            }
            case Stmt.If i -> {
                i.body().forEach(s -> collect(s, names));
                i.orelse().forEach(s -> collect(s, names));
            }
            case Stmt.Try t -> {
                // The `as` names of handlers are bound only inside their handler (see ExceptionStmts).
                t.body().forEach(s -> collect(s, names));
                t.handlers().forEach(h -> h.body().forEach(s -> collect(s, names)));
                t.orelse().forEach(s -> collect(s, names));
                t.finalbody().forEach(s -> collect(s, names));
            }
            default -> {
                // Other statements bind nothing translatable; inference reports them.
            }
        }
    }

    /** Names inside tuple targets count too, so that an unsupported unpacking is one problem, not many. */
    static void targetNames(Expr target, Set<String> names) {
        target(target, names);
    }

    private static void target(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.Tuple t -> t.elts().forEach(e -> target(e, names));
            case Expr.List l -> l.elts().forEach(e -> target(e, names));
            case Expr.Starred s -> target(s.value(), names);
            default -> {
                // Attribute and subscript targets bind no name.
            }
        }
    }
}
