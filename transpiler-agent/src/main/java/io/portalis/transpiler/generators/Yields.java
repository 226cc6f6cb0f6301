package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import java.util.List;
import java.util.function.Predicate;

/** Whether code contains {@code yield} of its own function (nested scopes are other functions). */
final class Yields {
    private Yields() {}

    static boolean in(Object node) {
        return switch (node) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Stmt.FunctionDef f -> false;
            case Stmt.AsyncFunctionDef f -> false;
            case Stmt.ClassDef c -> false;
            case Expr.Lambda l -> false;
            case Node n -> Node.componentValues(n).stream().anyMatch(v -> v != null && in(v));
            case List<?> list -> list.stream().anyMatch(v -> v != null && in(v));
            default -> false;
        };
    }

    static boolean inBody(List<Stmt> body) {
        return body.stream().anyMatch(Yields::in);
    }

    /** Whether a node of the function's own code (nested scopes excluded) satisfies {@code p}. */
    static boolean anyOwn(Object node, Predicate<Node> p) {
        return switch (node) {
            case Stmt.FunctionDef f -> false;
            case Stmt.AsyncFunctionDef f -> false;
            case Stmt.ClassDef c -> false;
            case Expr.Lambda l -> false;
            case Node n -> p.test(n) || Node.componentValues(n).stream().anyMatch(v -> v != null && anyOwn(v, p));
            case List<?> list -> list.stream().anyMatch(v -> v != null && anyOwn(v, p));
            default -> false;
        };
    }
}
