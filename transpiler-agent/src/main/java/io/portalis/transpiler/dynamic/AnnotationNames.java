package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Annotations of module-level and class-level code run when their statement does, so one that
 * names something not yet defined ({@code def f(p: Point)} above {@code class Point}, a method
 * annotated with its own class) raises NameError in CPython. The typed lowering reads
 * annotations only as types and would run such a program; it is given to the dynamic lowering,
 * which evaluates them. Conservative: any binding of a name before the statement counts.
 */
public final class AnnotationNames {
    private AnnotationNames() {}

    /** The first name an annotation reads before anything binds it, if any. */
    public static Optional<Expr.Name> firstUnbound(Mod.Module module) {
        if (AnnotationRewrite.futureAnnotations(module.body())) {
            return Optional.empty();
        }
        return scan(module.body(), new HashSet<>());
    }

    private static Optional<Expr.Name> scan(List<Stmt> body, Set<String> bound) {
        for (Stmt s : body) {
            Optional<Expr.Name> found = switch (s) {
                case Stmt.FunctionDef f -> {
                    Optional<Expr.Name> u = unbound(annotations(f.args(), f.returns()), bound);
                    bound.add(f.name());
                    yield u;
                }
                case Stmt.ClassDef c -> {
                    Optional<Expr.Name> u = scan(c.body(), new HashSet<>(bound));
                    bound.add(c.name());
                    yield u;
                }
                case Stmt.AnnAssign a -> {
                    Optional<Expr.Name> u = unbound(List.of(a.annotation()), bound);
                    bindAll(a.target(), bound);
                    yield u;
                }
                case Stmt.If i -> scan(i.body(), bound).or(() -> scan(i.orelse(), bound));
                case Stmt.For f -> {
                    bindAll(f.target(), bound);
                    yield scan(f.body(), bound).or(() -> scan(f.orelse(), bound));
                }
                case Stmt.While w -> scan(w.body(), bound).or(() -> scan(w.orelse(), bound));
                case Stmt.With w -> {
                    w.items().forEach(item -> bindAll(item, bound));
                    yield scan(w.body(), bound);
                }
                case Stmt.Try t -> {
                    t.handlers().forEach(h -> {
                        if (h.name() != null) {
                            bound.add(h.name());
                        }
                    });
                    yield scan(t.body(), bound).or(() -> t.handlers().stream().map(h -> scan(h.body(), bound))
                            .flatMap(Optional::stream).findFirst()).or(() -> scan(t.orelse(), bound))
                            .or(() -> scan(t.finalbody(), bound));
                }
                default -> {
                    bindAll(s, bound);
                    yield Optional.empty();
                }
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<Expr> annotations(io.portalis.ingest.ast.Arguments a, Expr returns) {
        List<Expr> out = new ArrayList<>();
        List<Arg> args = new ArrayList<>(a.posonlyargs());
        args.addAll(a.args());
        args.addAll(a.kwonlyargs());
        if (a.vararg() != null) {
            args.add(a.vararg());
        }
        if (a.kwarg() != null) {
            args.add(a.kwarg());
        }
        args.stream().map(Arg::annotation).filter(x -> x != null).forEach(out::add);
        if (returns != null) {
            out.add(returns);
        }
        return out;
    }

    private static Optional<Expr.Name> unbound(List<Expr> annotations, Set<String> bound) {
        if (bound.contains("*")) {
            return Optional.empty(); // after `from m import *` any name may be bound
        }
        for (Expr e : annotations) {
            Optional<Expr.Name> found = names(e).stream()
                    .filter(n -> !bound.contains(n.id()) && !DynNames.CPYTHON_BUILTINS.contains(n.id())).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The names an expression reads (string constants are not read: they stay strings). */
    private static List<Expr.Name> names(Node root) {
        List<Expr.Name> out = new ArrayList<>();
        List<Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (n instanceof Expr.Name x && x.ctx() == ExprContext.Load) {
                out.add(x);
            }
            children(n, stack);
        }
        return out;
    }

    /** Binds every name a statement (or target) stores or imports, nested scopes aside. */
    private static void bindAll(Node root, Set<String> bound) {
        List<Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            switch (n) {
                case Expr.Name x when x.ctx() != ExprContext.Load -> bound.add(x.id());
                case Alias a -> bound.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]); // "*" too
                case Stmt.Global g -> bound.addAll(g.names());
                default -> { }
            }
            if (!(n instanceof Expr.Lambda)) {
                children(n, stack);
            }
        }
    }

    private static void children(Node n, List<Node> stack) {
        for (Object v : Node.componentValues(n)) {
            if (v instanceof Node child) {
                stack.add(child);
            } else if (v instanceof List<?> l) {
                l.stream().filter(x -> x instanceof Node).forEach(x -> stack.add((Node) x));
            }
        }
    }
}
