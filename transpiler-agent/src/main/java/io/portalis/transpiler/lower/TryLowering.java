package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally} and {@code raise}. The try body runs
 * inside a labeled {@code loop} that its errors leave with {@code break 'label Err(e)} (see
 * {@link CatchRewrite}); the result picks the first matching handler, else re-raises. With a
 * {@code finally}, handlers and {@code else} run inside a second labeled loop so that the
 * finally block runs before the outcome is propagated. Analysis rejects {@code break},
 * {@code continue} and {@code return} where they would have to cross these loops.
 */
final class TryLowering {
    private final StmtLowering stmts;
    private final ExprLowering ex;
    /** The Rust variable holding the exception each enclosing handler caught (for bare `raise`). */
    private final java.util.ArrayDeque<String> caught = new java.util.ArrayDeque<>();

    TryLowering(StmtLowering stmts, ExprLowering ex) {
        this.stmts = stmts;
        this.ex = ex;
    }

    void tryStmt(Stmt.Try t, List<RStmt> out) {
        Span s = t.span();
        List<RStmt> guarded = new ArrayList<>();
        String label = ex.cx.freshTemp().replace("tmp__", "try_");
        List<RStmt> body = new ArrayList<>(CatchRewrite.stmts(stmts.block(t.body()), label));
        body.add(new RStmt.ExprStmt(s, new RExpr.BreakWith(s, label, Rx.call(s, "Ok", Rx.lit(s, "()")))));
        String result = ex.cx.freshTemp();
        guarded.add(new RStmt.Let(s, result, false, RType.named("PyResult", new RType.Unit()),
                new RExpr.LabeledLoop(s, label, body)));
        String err = ex.cx.freshTemp();
        List<RStmt> onError = new ArrayList<>();
        onError.add(new RStmt.Let(s, err, false, null, Rx.method(s, Rx.path(s, result), "unwrap_err")));
        caught.push(err);
        onError.add(handlers(t.handlers(), 0, err, s));
        caught.pop();
        guarded.add(new RStmt.If(s, Rx.method(s, Rx.path(s, result), "is_ok"), stmts.block(t.orelse()), onError));
        if (t.finalbody().isEmpty()) {
            out.addAll(guarded);
            return;
        }
        String fin = ex.cx.freshTemp().replace("tmp__", "fin_");
        List<RStmt> finBody = new ArrayList<>(CatchRewrite.stmts(guarded, fin));
        finBody.add(new RStmt.ExprStmt(s, new RExpr.BreakWith(s, fin, Rx.call(s, "Ok", Rx.lit(s, "()")))));
        String outcome = ex.cx.freshTemp();
        out.add(new RStmt.Let(s, outcome, false, RType.named("PyResult", new RType.Unit()),
                new RExpr.LabeledLoop(s, fin, finBody)));
        out.addAll(stmts.block(t.finalbody()));
        out.add(new RStmt.ExprStmt(s, new RExpr.Try(s, Rx.path(s, outcome))));
    }

    private RStmt handlers(List<ExceptHandler> handlers, int i, String err, Span s) {
        if (i == handlers.size()) {
            return new RStmt.Return(s, Rx.call(s, "Err", Rx.path(s, err)));
        }
        ExceptHandler h = handlers.get(i);
        List<RStmt> body = new ArrayList<>();
        if (h.name() != null) {
            body.add(new RStmt.Let(h.span(), RustNames.of(h.name()), false, null,
                    Rx.method(h.span(), Rx.path(h.span(), err), "clone")));
            ex.cx.comprehensionNames.push(Set.of(h.name()));
        }
        try {
            body.addAll(stmts.block(h.body()));
        } finally {
            if (h.name() != null) {
                ex.cx.comprehensionNames.pop();
            }
        }
        return new RStmt.If(h.span(), matches(h.type(), err, h.span()), body, List.of(handlers(handlers, i + 1, err, s)));
    }

    private static RExpr matches(Expr type, String err, Span s) {
        if (type == null) {
            return Rx.lit(s, "true");
        }
        if (type instanceof Expr.Tuple t) {
            List<RExpr> names = t.elts().stream().map(e -> Rx.str(s, ((Expr.Name) e).id())).toList();
            return Rx.method(s, Rx.path(s, err), "is_instance_any", Rx.ref(s, new RExpr.Array(s, names)));
        }
        return Rx.method(s, Rx.path(s, err), "is_instance", Rx.str(s, ((Expr.Name) type).id()));
    }

    /** {@code raise}: an error return, which an enclosing try turns into a jump to its handlers. */
    RStmt raise(Stmt.Raise r) {
        Span s = r.span();
        RExpr error;
        if (r.exc() == null) {
            error = Rx.method(s, Rx.path(s, caught.peek()), "clone");
        } else if (r.exc() instanceof Expr.Name n && ex.cx.facts.typeOf(n).orElse(null) instanceof PyType.ExceptionValue) {
            error = ex.owned(n);
        } else if (r.exc() instanceof Expr.Name n) {
            error = Rx.call(s, "PyErr::new", Rx.str(s, n.id()), Rx.str(s, ""));
        } else {
            Expr.Call c = (Expr.Call) r.exc();
            String cls = ((Expr.Name) c.func()).id();
            error = c.args().isEmpty() ? Rx.call(s, "PyErr::new", Rx.str(s, cls), Rx.str(s, ""))
                    : Rx.tryCall(s, "PyErr::raised", Rx.str(s, cls), ex.borrowed(c.args().get(0)));
        }
        return new RStmt.Return(s, Rx.call(s, "Err", error));
    }
}
