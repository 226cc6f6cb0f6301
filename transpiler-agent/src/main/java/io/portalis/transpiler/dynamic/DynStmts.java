package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;

/** Statements (Python reference, chapters 7 and 8) as Rust statements over dynamic values. */
final class DynStmts {
    private final Dyn d;

    DynStmts(Dyn d) {
        this.d = d;
    }

    List<RStmt> block(List<Stmt> body) {
        List<RStmt> out = new ArrayList<>();
        body.forEach(s -> stmt(s, out));
        return out;
    }

    /**
     * PEP 695's `def f[T]` and `class C[T]` need the annotation scope that binds `T` (and
     * `ParamSpec`/`TypeVarTuple`), which the runtime lacks: refused here rather than failing with
     * a NameError when the annotations are evaluated.
     */
    private void typeParameters(Span s) {
        d.unsupported(s, "type parameter lists (`def f[T]`, `class C[T]`)",
                "declare the type variables with `T = typing.TypeVar(\"T\")` and use `Generic[T]` for classes");
    }

    void stmt(Stmt st, List<RStmt> out) {
        Span s = st.span();
        switch (st) {
            case Stmt.FunctionDef f when !f.typeParams().isEmpty() -> typeParameters(s);
            case Stmt.ClassDef c when !c.typeParams().isEmpty() -> typeParameters(s);
            case Stmt.FunctionDef f -> out.addAll(d.functions.def(f));
            case Stmt.AsyncFunctionDef f -> d.unsupported(s, "`async def`",
                    "an `await` inside a lambda, a generator expression, a comprehension its statement does not evaluate "
                            + "first, or a larger expression whose earlier operands have effects is not supported");
            case Stmt.ClassDef c -> out.addAll(d.functions.classDef(c));
            case Stmt.Return r -> out.add(d.ret(s, r.value() == null ? R.none(s) : d.exprs.expr(r.value())));
            case Stmt.Delete x -> x.targets().forEach(t -> out.addAll(d.targets.delete(t)));
            case Stmt.Assign a -> out.addAll(d.targets.parallel(a).orElseGet(
                    () -> d.targets.assign(a.targets(), d.exprs.expr(a.value()), s)));
            case Stmt.TypeAlias t -> d.unsupported(s, "`type` aliases", "use a plain assignment");
            case Stmt.AugAssign a -> out.addAll(d.targets.augAssign(a));
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    out.addAll(d.targets.assign(List.of(a.target()), d.exprs.expr(a.value()), s));
                }
            }
            case Stmt.For f -> forLoop(f, out);
            case Stmt.AsyncFor f -> d.unsupported(s, "`async for`", "`async for` is translated only in a coroutine function that is translated");
            case Stmt.While w -> whileLoop(w, out);
            case Stmt.If i -> out.add(new RStmt.If(s, d.exprs.cond(i.test()), block(i.body()), block(i.orelse())));
            case Stmt.With w -> out.addAll(d.tries.with(w));
            case Stmt.AsyncWith w -> d.unsupported(s, "`async with`", "`async with` is translated only in a coroutine function that is translated");
            case Stmt.Match m -> out.addAll(d.matches.match(m));
            case Stmt.Raise r -> out.add(d.tries.raise(r));
            case Stmt.Try t -> out.addAll(d.tries.tryStmt(t));
            case Stmt.TryStar t -> d.unsupported(s, "`try`/`except*`", "use `except`");
            case Stmt.Assert a -> out.add(d.tries.assertStmt(a));
            case Stmt.Import i -> out.addAll(d.imports.importStmt(i));
            case Stmt.ImportFrom i -> out.addAll(d.imports.importFrom(i));
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e, out);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> out.addAll(d.jump(s, false));
            case Stmt.Continue c -> out.addAll(d.jump(s, true));
        }
    }

    private void exprStmt(Stmt.ExprStmt e, List<RStmt> out) {
        if (e.value() instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue) {
            return; // a docstring or a bare string: no effect
        }
        out.add(R.stmt(e.span(), d.exprs.expr(e.value())));
    }

    private void forLoop(Stmt.For f, List<RStmt> out) {
        Span s = f.span();
        String flag = f.orelse().isEmpty() ? null : d.temp("broke");
        if (flag != null) {
            out.add(R.let(s, flag, R.lit(s, "false")));
        }
        String item = d.temp("item");
        RExpr iter = d.q(s, R.call(s, "iterate", d.exprs.borrow(f.iter())));
        List<RStmt> body = new ArrayList<>();
        body.add(new RStmt.Let(s, item, false, null, d.q(s, R.path(s, item))));
        body.addAll(d.targets.assignTo(f.target(), R.path(s, item)));
        d.fn.loops.push(new FnCx.Loop(flag, d.fn.regions.size()));
        try {
            body.addAll(block(f.body()));
        } finally {
            d.fn.loops.pop();
        }
        out.add(new RStmt.For(s, item, iter, body));
        if (flag != null) {
            out.add(new RStmt.If(s, R.not(s, R.path(s, flag)), block(f.orelse()), List.of()));
        }
    }

    private void whileLoop(Stmt.While w, List<RStmt> out) {
        Span s = w.span();
        String flag = w.orelse().isEmpty() ? null : d.temp("broke");
        if (flag != null) {
            out.add(R.let(s, flag, R.lit(s, "false")));
        }
        RExpr cond = d.exprs.cond(w.test());
        d.fn.loops.push(new FnCx.Loop(flag, d.fn.regions.size()));
        List<RStmt> body;
        try {
            body = block(w.body());
        } finally {
            d.fn.loops.pop();
        }
        out.add(new RStmt.While(s, cond, body));
        if (flag != null) {
            out.add(new RStmt.If(s, R.not(s, R.path(s, flag)), block(w.orelse()), List.of()));
        }
    }
}
