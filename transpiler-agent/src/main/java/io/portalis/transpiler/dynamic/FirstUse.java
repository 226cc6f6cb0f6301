package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The earliest place in a module that reads one of some names (a {@code Load} of it). */
final class FirstUse {
    private final Set<String> names;
    private Span first;

    private FirstUse(Set<String> names) {
        this.names = names;
    }

    static Optional<Span> of(Node root, Set<String> names) {
        FirstUse f = new FirstUse(names);
        f.visit(root);
        return Optional.ofNullable(f.first);
    }

    private void visit(Object o) {
        if (o instanceof Expr.Name n && n.ctx() == ExprContext.Load && names.contains(n.id())
                && (first == null || n.span().start() < first.start())) {
            first = n.span();
        }
        if (o instanceof List<?> list) {
            list.forEach(this::visit);
        } else if (o instanceof Node node) {
            Node.componentValues(node).forEach(this::visit);
        }
    }
}
