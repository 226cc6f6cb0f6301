package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Finds {@code yield} in a function body, not looking into nested functions and classes
 * (their yields make them generators, not the function around them).
 */
final class YieldFinder {
    private YieldFinder() {}

    static boolean any(List<Stmt> body) {
        return body.stream().anyMatch(YieldFinder::node);
    }

    private static boolean node(Object o) {
        if (o instanceof Expr.Yield || o instanceof Expr.YieldFrom) {
            return true;
        }
        if (o instanceof Stmt.FunctionDef || o instanceof Stmt.AsyncFunctionDef || o instanceof Stmt.ClassDef
                || o instanceof Expr.Lambda) {
            return false;
        }
        if (o instanceof List<?> list) {
            return list.stream().anyMatch(YieldFinder::node);
        }
        if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    if (node(c.getAccessor().invoke(r))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }
}
