package io.portalis.transpiler.lower;

import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * List and dict comprehensions as a Rust block of nested {@code for} loops filling a new
 * collection. The loop variables are {@code let}s inside the loops, so, as in Python 3, they
 * do not leak into the enclosing scope.
 */
final class ComprehensionLowering {
    private final ExprLowering ex;

    ComprehensionLowering(ExprLowering ex) {
        this.ex = ex;
    }

    RExpr list(Expr.ListComp l) {
        return build(l.span(), l, l.generators(), out -> Rx.method(l.span(), out, "append", ex.owned(l.elt())));
    }

    /** A generator expression consumed at once by a built-in: the list of what it yields. */
    RExpr generator(Expr.GeneratorExp g) {
        return build(g.span(), g, g.generators(), out -> Rx.method(g.span(), out, "append", ex.owned(g.elt())));
    }

    RExpr dict(Expr.DictComp d) {
        // Python 3.8+ evaluates the key before the value.
        return build(d.span(), d, d.generators(),
                out -> Rx.method(d.span(), out, "set_item", ex.owned(d.key()), ex.owned(d.value())));
    }

    private RExpr build(Span s, Expr node, List<Comprehension> generators,
            java.util.function.Function<RExpr, RExpr> add) {
        String out = ex.cx.freshTemp();
        RExpr outPath = Rx.path(s, out);
        Set<String> names = new HashSet<>();
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(s, out, false, null,
                new RExpr.AssocCall(s, RustTypes.of(ex.type(node)), "new", List.of())));
        // The first iterable is evaluated in the enclosing scope, before any loop variable exists.
        RExpr firstIter = ex.stmts.iterable(generators.get(0).iter());
        ex.cx.comprehensionNames.push(names);
        try {
            stmts.add(loop(generators, 0, firstIter, names, () -> new RStmt.ExprStmt(s, add.apply(outPath))));
        } finally {
            ex.cx.comprehensionNames.pop();
        }
        return new RExpr.Block(s, stmts, outPath);
    }

    private RStmt loop(List<Comprehension> generators, int i, RExpr iter, Set<String> names, Supplier<RStmt> innermost) {
        Comprehension g = generators.get(i);
        Span s = g.span();
        String item = ex.cx.freshTemp();
        RExpr value = ex.stmts.yieldsResults(g.iter()) ? new RExpr.Try(s, Rx.path(s, item)) : Rx.path(s, item);
        collect(g.target(), names);
        RStmt let = new RStmt.Let(s, pattern(g.target()), false, null, value);
        List<RExpr> tests = g.ifs().stream().map(ex::truth).toList();
        // Records copy their statement lists, so the loop is built from the inside out.
        RStmt inner = i + 1 < generators.size()
                ? loop(generators, i + 1, ex.stmts.iterable(generators.get(i + 1).iter()), names, innermost)
                : innermost.get();
        for (int k = tests.size() - 1; k >= 0; k--) {
            inner = new RStmt.If(g.ifs().get(k).span(), tests.get(k), List.of(inner), List.of());
        }
        List<RStmt> body = List.of(let, inner);
        return new RStmt.For(s, item, iter, body);
    }

    private static void collect(Expr target, Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.Tuple t -> t.elts().forEach(e -> collect(e, names));
            default -> throw new LowerContext.LoweringFailed(target, "this comprehension target is not translated");
        }
    }

    /** The Rust pattern binding a target: {@code x}, or {@code (a, (b, c))} for tuples. */
    private static String pattern(Expr target) {
        return switch (target) {
            case Expr.Name n -> RustNames.of(n.id());
            case Expr.Tuple t -> "(" + String.join(", ", t.elts().stream().map(ComprehensionLowering::pattern).toList())
                    + (t.elts().size() == 1 ? ",)" : ")");
            default -> throw new LowerContext.LoweringFailed(target, "this comprehension target is not translated");
        };
    }
}
