package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deliberately simple definite-assignment rule: a local whose first binding is a plain
 * {@code name = value} statement directly in the function body, with no use or binding of the
 * name in any statement before it (nor in its own right-hand side), is always bound when read.
 * Such locals are plain Rust {@code Value}s; rustc's own initialisation check backs the rule up.
 */
final class DefiniteAssignment {
    private DefiniteAssignment() {}

    static Set<String> of(List<Stmt> body, Scope scope) {
        Set<String> seen = new HashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (Stmt s : body) {
            Set<String> here = new HashSet<>();
            names(s, here);
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                Set<String> rhs = new HashSet<>();
                names(a.value(), rhs);
                if (!seen.contains(n.id()) && !rhs.contains(n.id()) && scope.isLocal(n.id())
                        && !scope.params.contains(n.id())) {
                    out.add(n.id());
                }
            }
            seen.addAll(here);
        }
        return out;
    }

    /** Every name that {@code node} mentions, in any context, at any depth. */
    private static void names(Object node, Set<String> into) {
        if (node instanceof Expr.Name n) {
            into.add(n.id());
        } else if (node instanceof Stmt.FunctionDef f) {
            into.add(f.name());
        } else if (node instanceof Stmt.ClassDef c) {
            into.add(c.name());
        } else if (node instanceof io.portalis.ingest.ast.ExceptHandler h && h.name() != null) {
            into.add(h.name());
        } else if (node instanceof io.portalis.ingest.ast.Alias a) {
            into.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        } else if (node instanceof Stmt.Global || node instanceof Stmt.Nonlocal
                || node instanceof io.portalis.ingest.ast.Pattern) {
            into.add("\0any"); // conservative: patterns and declarations bind names too
            patternNames(node, into);
        }
        if (node instanceof List<?> list) {
            list.forEach(x -> names(x, into));
        } else if (node instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    names(c.getAccessor().invoke(r), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void patternNames(Object node, Set<String> into) {
        switch (node) {
            case Stmt.Global g -> into.addAll(g.names());
            case Stmt.Nonlocal n -> into.addAll(n.names());
            case io.portalis.ingest.ast.Pattern.MatchAs p when p.name() != null -> into.add(p.name());
            case io.portalis.ingest.ast.Pattern.MatchStar p when p.name() != null -> into.add(p.name());
            case io.portalis.ingest.ast.Pattern.MatchMapping p when p.rest() != null -> into.add(p.rest());
            default -> { }
        }
    }

    static boolean isStore(Expr.Name n) {
        return n.ctx() != ExprContext.Load;
    }
}
