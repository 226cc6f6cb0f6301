package io.portalis.analysis.infer;

import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.List;
import java.util.function.Consumer;

/** Visits every name an expression reads, left to right as Python evaluates them. */
final class NameReads {
    private NameReads() {}

    static void visit(Expr e, Consumer<Expr.Name> reads) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> reads.accept(n);
            case Expr.Constant c -> { }
            case Expr.BoolOp b -> all(b.values(), reads);
            case Expr.NamedExpr n -> visit(n.value(), reads);
            case Expr.BinOp b -> {
                visit(b.left(), reads);
                visit(b.right(), reads);
            }
            case Expr.UnaryOp u -> visit(u.operand(), reads);
            case Expr.Lambda l -> { }
            case Expr.IfExp i -> {
                visit(i.test(), reads);
                visit(i.body(), reads);
                visit(i.orelse(), reads);
            }
            case Expr.Dict d -> {
                all(d.keys(), reads);
                all(d.values(), reads);
            }
            case Expr.Set s -> all(s.elts(), reads);
            case Expr.ListComp l -> {
                comprehension(l.generators(), reads);
                inner(l.generators(), List.of(l.elt()), reads);
            }
            case Expr.SetComp s -> comprehension(s.generators(), reads);
            case Expr.DictComp d -> {
                comprehension(d.generators(), reads);
                inner(d.generators(), List.of(d.key(), d.value()), reads);
            }
            case Expr.GeneratorExp g -> comprehension(g.generators(), reads);
            case Expr.Await a -> visit(a.value(), reads);
            case Expr.Yield y -> visit(y.value(), reads);
            case Expr.YieldFrom y -> visit(y.value(), reads);
            case Expr.Compare c -> {
                visit(c.left(), reads);
                all(c.comparators(), reads);
            }
            case Expr.Call c -> {
                visit(c.func(), reads);
                all(c.args(), reads);
                c.keywords().stream().map(Keyword::value).forEach(v -> visit(v, reads));
            }
            case Expr.FormattedValue f -> {
                visit(f.value(), reads);
                visit(f.formatSpec(), reads);
            }
            case Expr.JoinedStr j -> all(j.values(), reads);
            case Expr.Attribute a -> visit(a.value(), reads);
            case Expr.Subscript s -> {
                visit(s.value(), reads);
                visit(s.slice(), reads);
            }
            case Expr.Starred s -> visit(s.value(), reads);
            case Expr.List l -> all(l.elts(), reads);
            case Expr.Tuple t -> all(t.elts(), reads);
            case Expr.Slice s -> {
                visit(s.lower(), reads);
                visit(s.upper(), reads);
                visit(s.step(), reads);
            }
        }
    }

    private static void all(List<Expr> exprs, Consumer<Expr.Name> reads) {
        exprs.forEach(x -> visit(x, reads));
    }

    /**
     * The parts evaluated in the comprehension's own scope: reads there of names the
     * comprehension does not bind are reads of the enclosing scope's variables.
     */
    private static void inner(List<Comprehension> generators, List<Expr> results, Consumer<Expr.Name> reads) {
        java.util.Set<String> bound = new java.util.HashSet<>();
        generators.forEach(g -> BoundNames.targetNames(g.target(), bound));
        Consumer<Expr.Name> outer = n -> {
            if (!bound.contains(n.id())) {
                reads.accept(n);
            }
        };
        for (int i = 0; i < generators.size(); i++) {
            if (i > 0) {
                visit(generators.get(i).iter(), outer);
            }
            generators.get(i).ifs().forEach(e -> visit(e, outer));
        }
        results.forEach(e -> visit(e, outer));
    }

    /** Only the first iterable is evaluated in the enclosing scope (Language Reference 6.2.4). */
    private static void comprehension(List<Comprehension> generators, Consumer<Expr.Name> reads) {
        if (!generators.isEmpty()) {
            visit(generators.get(0).iter(), reads);
        }
    }
}
