package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the first {@code yield} (or {@code yield from}) out of an expression, replacing it with a
 * name, where that keeps the order of evaluation: everything evaluated before it is a name or a
 * constant, and it is not inside a part evaluated conditionally ({@code and}/{@code or} operands
 * after the first, conditional expressions, comprehensions, lambdas).
 */
final class YieldHoist {
    private YieldHoist() {}

    /** The first yield of {@code e} in evaluation order. */
    static Expr found(Expr e) {
        Expr[] out = new Expr[1];
        walk(e, x -> {
            if (out[0] == null) {
                out[0] = x;
            }
            return x;
        }, new boolean[1]);
        return out[0];
    }

    /** {@code e} with its first yield replaced by {@code name}, or empty where that would reorder effects. */
    static Optional<Expr> hoist(Expr e, Expr name) {
        boolean[] state = new boolean[1]; // set once the yield was replaced
        try {
            return Optional.of(walk(e, y -> name, state));
        } catch (IllegalStateException notHoistable) {
            return Optional.empty();
        }
    }

    private static Expr walk(Expr e, java.util.function.UnaryOperator<Expr> replace, boolean[] replaced) {
        if (replaced[0] || !Yields.in(e)) {
            if (!replaced[0] && !pure(e)) {
                throw new IllegalStateException("effects before the yield");
            }
            return e;
        }
        return switch (e) {
            case Expr.Yield y -> done(replace.apply(y), replaced);
            case Expr.YieldFrom y -> done(replace.apply(y), replaced);
            case Expr.Call c -> {
                Expr func = walk(c.func(), replace, replaced);
                List<Expr> args = new ArrayList<>();
                for (Expr a : c.args()) {
                    args.add(walk(a, replace, replaced));
                }
                List<Keyword> kws = new ArrayList<>();
                for (Keyword k : c.keywords()) {
                    kws.add(new Keyword(k.span(), k.arg(), walk(k.value(), replace, replaced)));
                }
                yield new Expr.Call(c.span(), func, args, kws);
            }
            case Expr.BinOp b -> {
                Expr left = walk(b.left(), replace, replaced);
                yield new Expr.BinOp(b.span(), left, b.op(), walk(b.right(), replace, replaced));
            }
            case Expr.UnaryOp u -> new Expr.UnaryOp(u.span(), u.op(), walk(u.operand(), replace, replaced));
            case Expr.Compare c when c.comparators().size() == 1 -> {
                Expr left = walk(c.left(), replace, replaced);
                yield new Expr.Compare(c.span(), left, c.ops(), List.of(walk(c.comparators().get(0), replace, replaced)));
            }
            case Expr.BoolOp b when !Yields.in(b.values().subList(1, b.values().size())) -> {
                List<Expr> values = new ArrayList<>(b.values());
                values.set(0, walk(values.get(0), replace, replaced));
                yield new Expr.BoolOp(b.span(), b.op(), values);
            }
            case Expr.Tuple t -> new Expr.Tuple(t.span(), all(t.elts(), replace, replaced), t.ctx());
            case Expr.List l -> new Expr.List(l.span(), all(l.elts(), replace, replaced), l.ctx());
            case Expr.Starred st -> new Expr.Starred(st.span(), walk(st.value(), replace, replaced), st.ctx());
            case Expr.Attribute a -> new Expr.Attribute(a.span(), walk(a.value(), replace, replaced), a.attr(), a.ctx());
            case Expr.Subscript sub -> {
                Expr value = walk(sub.value(), replace, replaced);
                yield new Expr.Subscript(sub.span(), value, walk(sub.slice(), replace, replaced), sub.ctx());
            }
            case Expr.JoinedStr j -> new Expr.JoinedStr(j.span(), all(j.values(), replace, replaced));
            case Expr.FormattedValue f when f.formatSpec() == null || !Yields.in(f.formatSpec()) ->
                    new Expr.FormattedValue(f.span(), walk(f.value(), replace, replaced), f.conversion(), f.formatSpec());
            default -> throw new IllegalStateException("a yield inside " + e.getClass().getSimpleName());
        };
    }

    private static Expr done(Expr replacement, boolean[] replaced) {
        replaced[0] = true;
        return replacement;
    }

    private static List<Expr> all(List<Expr> items, java.util.function.UnaryOperator<Expr> replace, boolean[] replaced) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : items) {
            out.add(walk(x, replace, replaced));
        }
        return out;
    }

    /** Evaluating it has no effect a suspension could reorder. */
    private static boolean pure(Expr e) {
        return switch (e) {
            case Expr.Name n -> true;
            case Expr.Constant c -> true;
            default -> false;
        };
    }
}
