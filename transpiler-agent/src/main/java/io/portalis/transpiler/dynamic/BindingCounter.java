package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts, for each name, the places anywhere in a module that bind it (over-counting is safe). */
final class BindingCounter {
    private final Map<String, Integer> counts = new HashMap<>();

    private BindingCounter() {}

    static Map<String, Integer> count(Mod.Module m) {
        BindingCounter c = new BindingCounter();
        c.node(m.body());
        return c.counts;
    }

    private void add(String name) {
        if (name != null) {
            counts.merge(name, 1, Integer::sum);
        }
    }

    private void node(Object o) {
        if (o == null) {
            return;
        }
        switch (o) {
            case Expr.Name n when n.ctx() != ExprContext.Load -> add(n.id());
            case Stmt.FunctionDef f -> add(f.name());
            case Stmt.AsyncFunctionDef f -> add(f.name());
            case Stmt.ClassDef c -> add(c.name());
            case Alias a -> add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            case ExceptHandler h -> add(h.name());
            case Pattern.MatchAs p -> add(p.name());
            case Pattern.MatchStar p -> add(p.name());
            case Pattern.MatchMapping p -> add(p.rest());
            default -> { }
        }
        if (o instanceof List<?> list) {
            list.forEach(this::node);
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    node(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
