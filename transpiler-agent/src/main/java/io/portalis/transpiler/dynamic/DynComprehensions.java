package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Comprehensions (Python reference 6.2.4): list, set and dict comprehensions run inline as
 * loops in a block with their own locals (PEP 709); a generator expression is a lazy iterator
 * whose first iterable is evaluated at once, as Python does.
 */
final class DynComprehensions {
    private final Dyn d;

    DynComprehensions(Dyn d) {
        this.d = d;
    }

    RExpr list(Expr.ListComp x) {
        return inline(x, x.generators(), () -> List.of(d.exprs.expr(x.elt())), "Value::list", false);
    }

    RExpr set(Expr.SetComp x) {
        return inline(x, x.generators(), () -> List.of(d.exprs.expr(x.elt())), "Value::set", true);
    }

    RExpr dict(Expr.DictComp x) {
        return inline(x, x.generators(), () -> List.of(d.exprs.expr(x.key()), d.exprs.expr(x.value())),
                "Value::dict", true);
    }

    private RExpr inline(Expr x, List<Comprehension> gens, Supplier<List<RExpr>> element, String make,
            boolean fallible) {
        Span s = x.span();
        Scope scope = d.scopes.scopeOf(x);
        String src = d.temp("src");
        String acc = d.temp("acc");
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(R.let(s, src, d.exprs.expr(gens.get(0).iter())));
        stmts.add(new RStmt.Let(s, acc, true, null, R.call(s, "Vec::new")));
        d.inScope(scope, () -> {
            stmts.addAll(DynFunctions.declare(scope, s));
            stmts.add(loops(gens, 0, src, () -> {
                List<RExpr> parts = element.get();
                RExpr item = parts.size() == 1 ? parts.get(0) : new RExpr.Tuple(s, parts);
                return List.of(R.stmt(s, R.method(s, R.path(s, acc), "push", item)));
            }));
            return null;
        });
        RExpr made = R.call(s, make, R.path(s, acc));
        return R.block(s, stmts, fallible ? d.q(s, made) : made);
    }

    /** {@code for} over generator {@code i} (its iterable already in {@code src} for the first). */
    private RStmt loops(List<Comprehension> gens, int i, String src, Supplier<List<RStmt>> innermost) {
        Comprehension g = gens.get(i);
        Span s = g.span();
        RExpr iterable = src != null ? R.ref(s, R.path(s, src)) : d.exprs.borrow(g.iter());
        String item = d.temp("item");
        List<RStmt> body = new ArrayList<>();
        body.add(new RStmt.Let(s, item, false, null, d.q(s, R.path(s, item))));
        body.addAll(d.targets.assignTo(g.target(), R.path(s, item)));
        List<RStmt> inner = i + 1 < gens.size() ? List.of(loops(gens, i + 1, null, innermost)) : innermost.get();
        for (int k = g.ifs().size() - 1; k >= 0; k--) {
            inner = List.of(new RStmt.If(s, d.exprs.cond(g.ifs().get(k)), inner, List.of()));
        }
        body.addAll(inner);
        return new RStmt.For(s, item, d.q(s, R.call(s, "iterate", iterable)), body);
    }

    /**
     * {@code (elt for x in xs if c …)}: a lazy iterator. The first iterable is evaluated now;
     * each {@code for} clause is a closure over the items of its iterable ({@code flat_map} for
     * all but the last, {@code filter_map} for the last), sharing variables through cells.
     */
    RExpr generator(Expr.GeneratorExp x) {
        Span s = x.span();
        Scope scope = d.scopes.scopeOf(x);
        Comprehension g = x.generators().get(0);
        String src = d.temp("src");
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(R.let(s, src, d.q(s, R.call(s, "iterate", d.exprs.borrow(g.iter())))));
        stmts.addAll(d.functions.captures(scope, s));
        RExpr iter = d.in(new FnCx(scope, false), () -> {
            stmts.addAll(DynFunctions.declare(scope, s));
            return level(x, scope, 0, src);
        });
        return R.block(s, stmts, R.call(s, "pyrt::value::iterate::iter_from", R.str(s, "generator"),
                R.call(s, "Box::new", iter)));
    }

    private static final String ITER = "Box<dyn Iterator<Item = PyResult<Value>>>";

    /** The iterator of clause {@code i} over {@code src} (a {@code PyIter} variable). */
    private RExpr level(Expr.GeneratorExp x, Scope scope, int i, String src) {
        Span s = x.span();
        Comprehension g = x.generators().get(i);
        boolean last = i == x.generators().size() - 1;
        List<RStmt> b = new ArrayList<>();
        b.add(new RStmt.Let(s, "item", false, null, new RExpr.Try(s, R.path(s, "item"))));
        b.addAll(d.targets.assignTo(g.target(), R.path(s, "item")));
        List<RStmt> skip = last ? List.of(new RStmt.Return(s, R.call(s, "Ok", R.path(s, "None"))))
                : List.of(new RStmt.Let(s, "empty", false, io.portalis.transpiler.rust.RType.named(ITER),
                        R.call(s, "Box::new", R.call(s, "std::iter::empty"))),
                        new RStmt.Return(s, R.call(s, "Ok", R.path(s, "empty"))));
        for (Expr cond : g.ifs()) {
            b.add(new RStmt.If(s, R.not(s, d.exprs.cond(cond)), skip, List.of()));
        }
        RExpr each;
        if (last) {
            b.add(new RStmt.Return(s, R.call(s, "Ok", R.call(s, "Some", d.exprs.expr(x.elt())))));
            RExpr step = new RExpr.Call(s, new RExpr.Closure(s, "|| -> PyResult<Option<Value>>", b), List.of());
            each = new RExpr.Closure(s, "move |item: PyResult<Value>|",
                    List.of(new RStmt.Return(s, R.method(s, step, "transpose"))));
            return R.method(s, R.path(s, src), "filter_map", each);
        }
        String next = d.temp("src");
        b.add(R.let(s, next, d.q(s, R.call(s, "iterate", d.exprs.borrow(x.generators().get(i + 1).iter())))));
        for (String cell : scope.cells) {
            String rust = DynVars.rustLocal(scope, cell);
            b.add(new RStmt.Let(s, rust, false, null, R.method(s, R.path(s, rust), "clone")));
        }
        b.addAll(d.functions.captures(scope, s));
        String inner = d.temp("it");
        b.add(new RStmt.Let(s, inner, false, io.portalis.transpiler.rust.RType.named(ITER),
                R.call(s, "Box::new", level(x, scope, i + 1, next))));
        b.add(new RStmt.Return(s, R.call(s, "Ok", R.path(s, inner))));
        RExpr step = new RExpr.Call(s, new RExpr.Closure(s, "|| -> PyResult<" + ITER + ">", b), List.of());
        String e = d.temp("e");
        RStmt pick = new RStmt.Match(s, step, List.of(
                new RStmt.Arm("Ok(it)", List.of(new RStmt.Return(s, R.path(s, "it")))),
                new RStmt.Arm("Err(" + e + ")", List.of(new RStmt.Return(s,
                        R.call(s, "Box::new", R.call(s, "std::iter::once", R.call(s, "Err", R.path(s, e)))))))));
        each = new RExpr.Closure(s, "move |item: PyResult<Value>| -> " + ITER, List.of(pick));
        return R.method(s, R.path(s, src), "flat_map", each);
    }

    static RType valueType() {
        return RType.named("Value");
    }
}
