package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes the first {@code yield} (or {@code yield from}) out of an expression, replacing it with a
 * name, where that keeps the order of evaluation: what is evaluated before it is a name, a
 * constant, or an operand that is computed first into a temporary (the <em>prelude</em>, in
 * evaluation order: {@code results.append(await f())} reads {@code results.append} before the
 * suspension, as CPython does); and it is not inside a part evaluated conditionally
 * ({@code and}/{@code or} operands after the first, conditional expressions, comprehensions,
 * lambdas).
 */
final class YieldHoist {
    private YieldHoist() {}

    /** The expression left once the yield is taken out, and the assignments that must run before the yield. */
    record Hoisted(Expr rest, List<io.portalis.ingest.ast.Stmt> prelude) {}

    /** A temporary for an operand evaluated before the yield, and where the operands go. */
    private record Spill(java.util.function.Supplier<String> fresh, List<io.portalis.ingest.ast.Stmt> prelude) {}

    /** The first yield of {@code e} in evaluation order. */
    static Expr found(Expr e) {
        Expr[] out = new Expr[1];
        walk(e, x -> {
            if (out[0] == null) {
                out[0] = x;
            }
            return x;
        }, new boolean[1], null);
        return out[0];
    }

    /**
     * {@code e} with its first yield replaced by {@code name}, and the operands before it that
     * {@code fresh} temporaries hold; empty where that would reorder effects.
     */
    static Optional<Hoisted> hoist(Expr e, Expr name, java.util.function.Supplier<String> fresh) {
        boolean[] state = new boolean[1]; // set once the yield was replaced
        List<io.portalis.ingest.ast.Stmt> prelude = new ArrayList<>();
        try {
            return Optional.of(new Hoisted(walk(e, y -> name, state, new Spill(fresh, prelude)), prelude));
        } catch (IllegalStateException notHoistable) {
            return Optional.empty();
        }
    }

    private static Expr walk(Expr e, java.util.function.UnaryOperator<Expr> replace, boolean[] replaced, Spill spill) {
        if (replaced[0] || !Yields.in(e)) {
            if (!replaced[0] && spill != null && !pure(e)) {
                if (e instanceof Expr.Starred || e instanceof Expr.FormattedValue) {
                    throw new IllegalStateException("effects before the yield");
                }
                String t = spill.fresh().get();
                spill.prelude().add(Ast.assign(e.span(), t, e));
                return Ast.load(e.span(), t);
            }
            return e;
        }
        return switch (e) {
            case Expr.Yield y -> done(replace.apply(y), replaced);
            case Expr.YieldFrom y -> done(replace.apply(y), replaced);
            case Expr.Call c -> {
                Expr func = walk(c.func(), replace, replaced, spill);
                List<Expr> args = new ArrayList<>();
                for (Expr a : c.args()) {
                    args.add(walk(a, replace, replaced, spill));
                }
                List<Keyword> kws = new ArrayList<>();
                for (Keyword k : c.keywords()) {
                    kws.add(new Keyword(k.span(), k.arg(), walk(k.value(), replace, replaced, spill)));
                }
                yield new Expr.Call(c.span(), func, args, kws);
            }
            case Expr.BinOp b -> {
                Expr left = walk(b.left(), replace, replaced, spill);
                yield new Expr.BinOp(b.span(), left, b.op(), walk(b.right(), replace, replaced, spill));
            }
            case Expr.UnaryOp u -> new Expr.UnaryOp(u.span(), u.op(), walk(u.operand(), replace, replaced, spill));
            case Expr.Compare c when c.comparators().size() == 1 -> {
                Expr left = walk(c.left(), replace, replaced, spill);
                yield new Expr.Compare(c.span(), left, c.ops(), List.of(walk(c.comparators().get(0), replace, replaced, spill)));
            }
            case Expr.BoolOp b when !Yields.in(b.values().subList(1, b.values().size())) -> {
                List<Expr> values = new ArrayList<>(b.values());
                values.set(0, walk(values.get(0), replace, replaced, spill));
                yield new Expr.BoolOp(b.span(), b.op(), values);
            }
            case Expr.Tuple t -> new Expr.Tuple(t.span(), all(t.elts(), replace, replaced, spill), t.ctx());
            case Expr.List l -> new Expr.List(l.span(), all(l.elts(), replace, replaced, spill), l.ctx());
            case Expr.Starred st -> new Expr.Starred(st.span(), walk(st.value(), replace, replaced, spill), st.ctx());
            case Expr.Attribute a -> new Expr.Attribute(a.span(), walk(a.value(), replace, replaced, spill), a.attr(), a.ctx());
            case Expr.Subscript sub -> {
                Expr value = walk(sub.value(), replace, replaced, spill);
                yield new Expr.Subscript(sub.span(), value, walk(sub.slice(), replace, replaced, spill), sub.ctx());
            }
            case Expr.JoinedStr j -> new Expr.JoinedStr(j.span(), all(j.values(), replace, replaced, spill));
            case Expr.FormattedValue f when f.formatSpec() == null || !Yields.in(f.formatSpec()) ->
                    new Expr.FormattedValue(f.span(), walk(f.value(), replace, replaced, spill), f.conversion(), f.formatSpec());
            default -> throw new IllegalStateException("a yield inside " + e.getClass().getSimpleName());
        };
    }

    private static Expr done(Expr replacement, boolean[] replaced) {
        replaced[0] = true;
        return replacement;
    }

    private static List<Expr> all(List<Expr> items, java.util.function.UnaryOperator<Expr> replace, boolean[] replaced,
                                  Spill spill) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : items) {
            out.add(walk(x, replace, replaced, spill));
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
