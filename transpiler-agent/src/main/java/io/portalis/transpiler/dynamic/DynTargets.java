package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment targets (Python reference 7.2): names, attributes, subscripts, and (nested,
 * starred) unpacking; augmented assignment evaluates the target's object and key once; del.
 */
final class DynTargets {
    private final Dyn d;

    DynTargets(Dyn d) {
        this.d = d;
    }

    /** {@code t1 = t2 = value}: the value once, then each target left to right. */
    List<RStmt> assign(List<Expr> targets, RExpr value, Span s) {
        if (targets.size() == 1) {
            return assignTo(targets.get(0), value);
        }
        List<RStmt> out = new ArrayList<>();
        String t = d.temp("t");
        out.add(R.let(s, t, value));
        for (Expr target : targets) {
            out.addAll(assignTo(target, R.method(s, R.path(s, t), "clone")));
        }
        return out;
    }

    /**
     * {@code a, b = x, y} with displays of equal length on both sides and no starred item:
     * each value into a temporary, left to right, then each target (CPython's order), with
     * no tuple built and unpacked in between.
     */
    java.util.Optional<List<RStmt>> parallel(Stmt.Assign a) {
        if (a.targets().size() != 1) {
            return java.util.Optional.empty();
        }
        List<Expr> targets = elements(a.targets().get(0));
        List<Expr> values = elements(a.value());
        if (targets == null || values == null || targets.size() != values.size()
                || java.util.stream.Stream.concat(targets.stream(), values.stream()).anyMatch(e -> e instanceof Expr.Starred)) {
            return java.util.Optional.empty();
        }
        List<RStmt> out = new ArrayList<>();
        List<String> temps = new ArrayList<>();
        for (Expr v : values) {
            String t = d.temp("t");
            temps.add(t);
            out.add(R.let(v.span(), t, d.exprs.expr(v)));
        }
        for (int i = 0; i < targets.size(); i++) {
            out.addAll(assignTo(targets.get(i), R.path(targets.get(i).span(), temps.get(i))));
        }
        return java.util.Optional.of(out);
    }

    private static List<Expr> elements(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> t.elts();
            case Expr.List l -> l.elts();
            default -> null;
        };
    }

    List<RStmt> assignTo(Expr target, RExpr value) {
        Span s = target.span();
        List<RStmt> out = new ArrayList<>();
        switch (target) {
            case Expr.Name n -> out.add(DynVars.write(d, s, n.id(), value));
            case Expr.Attribute a -> {
                RExpr v = settle(value, s, out);
                out.add(R.stmt(s, d.q(s, R.call(s, "setattr", d.exprs.borrow(a.value()), R.str(s, a.attr()), v))));
            }
            case Expr.Subscript x -> {
                RExpr v = settle(value, s, out);
                out.add(R.stmt(s, d.q(s, R.call(s, "setitem", d.exprs.borrow(x.value()), d.exprs.expr(x.slice()), v))));
            }
            case Expr.Tuple t -> unpack(t.elts(), value, s, out);
            case Expr.List l -> unpack(l.elts(), value, s, out);
            default -> d.unsupported(s, "this assignment target", "assign to a name, attribute or item");
        }
        return out;
    }

    /** The value in a temporary unless it is one already: Python evaluates it before the target. */
    private RExpr settle(RExpr value, Span s, List<RStmt> out) {
        if (value instanceof RExpr.Path) {
            return value;
        }
        String t = d.temp("t");
        out.add(R.let(s, t, value));
        return R.path(s, t);
    }

    private void unpack(List<Expr> elts, RExpr value, Span s, List<RStmt> out) {
        String v = d.temp("t");
        out.add(R.let(s, v, value));
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        RExpr items = star < 0
                ? d.q(s, R.call(s, "unpack", R.ref(s, R.path(s, v)), R.lit(s, elts.size() + "")))
                : d.q(s, R.call(s, "unpack_star", R.ref(s, R.path(s, v)), R.lit(s, star + ""),
                        R.lit(s, (elts.size() - star - 1) + "")));
        String it = d.temp("it");
        out.add(R.let(s, it, R.method(s, items, "into_iter")));
        for (Expr e : elts) {
            Expr target = e instanceof Expr.Starred st ? st.value() : e;
            out.addAll(assignTo(target, R.method(s, R.method(s, R.path(s, it), "next"), "unwrap")));
        }
    }

    List<RStmt> augAssign(Stmt.AugAssign a) {
        Span s = a.span();
        String op = DynExprs.inPlace(a.op());
        List<RStmt> out = new ArrayList<>();
        switch (a.target()) {
            case Expr.Name n -> out.add(DynVars.write(d, s, n.id(),
                    d.q(s, R.call(s, op, DynVars.borrow(d, s, n.id()), d.exprs.borrow(a.value())))));
            case Expr.Attribute x -> {
                String o = d.temp("o");
                String nv = d.temp("t");
                out.add(R.let(s, o, receiver(x.value())));
                RExpr old = d.q(s, R.call(s, "getattr", R.ref(s, R.path(s, o)), R.str(s, x.attr())));
                out.add(R.let(s, nv, d.q(s, R.call(s, op, R.ref(s, old), d.exprs.borrow(a.value())))));
                out.add(R.stmt(s, d.q(s, R.call(s, "setattr", R.ref(s, R.path(s, o)), R.str(s, x.attr()),
                        R.path(s, nv)))));
            }
            case Expr.Subscript x -> {
                String o = d.temp("o");
                String k = d.temp("k");
                String nv = d.temp("t");
                out.add(R.let(s, o, receiver(x.value())));
                out.add(R.let(s, k, d.exprs.expr(x.slice())));
                RExpr old = d.q(s, R.call(s, "getitem", R.ref(s, R.path(s, o)), R.ref(s, R.path(s, k))));
                out.add(R.let(s, nv, d.q(s, R.call(s, op, R.ref(s, old), d.exprs.borrow(a.value())))));
                out.add(R.stmt(s, d.q(s, R.call(s, "setitem", R.ref(s, R.path(s, o)), R.path(s, k), R.path(s, nv)))));
            }
            default -> d.unsupported(s, "this augmented assignment target", "assign to a name, attribute or item");
        }
        return out.size() == 1 ? out : List.of(R.stmt(s, R.block(s, out, null)));
    }

    /** The object of {@code o.a op= v} / {@code o[k] op= v}: a local is borrowed, not cloned. */
    private RExpr receiver(Expr value) {
        return value instanceof Expr.Name ? d.exprs.borrow(value) : d.exprs.expr(value);
    }

    List<RStmt> delete(Expr target) {
        Span s = target.span();
        return switch (target) {
            case Expr.Name n -> List.of(DynVars.delete(d, s, n.id()));
            case Expr.Attribute a -> List.of(R.stmt(s, d.q(s, R.call(s, "delattr", d.exprs.borrow(a.value()),
                    R.str(s, a.attr())))));
            case Expr.Subscript x -> List.of(R.stmt(s, d.q(s, R.call(s, "delitem", d.exprs.borrow(x.value()),
                    d.exprs.borrow(x.slice())))));
            case Expr.Tuple t -> t.elts().stream().flatMap(e -> delete(e).stream()).toList();
            case Expr.List l -> l.elts().stream().flatMap(e -> delete(e).stream()).toList();
            default -> List.of(R.stmt(s, d.unsupported(s, "this `del` target", "delete a name, attribute or item")));
        };
    }
}
