package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.WithItem;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code try} (Python reference 8.4), {@code with} (8.5), {@code raise} and {@code assert}.
 * A guarded block runs in a labeled {@code loop} that errors and Python jumps leave with
 * {@code break 'label}: {@code Err(e)}, or {@code Ok(Flow::…)} for return/break/continue,
 * so that handlers, {@code finally} and {@code __exit__} run before the jump takes effect.
 */
final class DynTry {
    private static final RType RESULT = RType.named("PyResult", RType.named("Flow"));
    private final Dyn d;

    DynTry(Dyn d) {
        this.d = d;
    }

    /** {@code let result: PyResult<Flow> = 'label: loop { body; break 'label Ok(Flow::Next) };} */
    private RStmt region(Span s, String result, String stem, Supplier<List<RStmt>> lowerBody) {
        String label = d.temp(stem);
        d.fn.regions.push(label);
        List<RStmt> body;
        try {
            body = new ArrayList<>(lowerBody.get());
        } finally {
            d.fn.regions.pop();
        }
        body.add(R.stmt(s, new RExpr.BreakWith(s, label, R.call(s, "Ok", R.path(s, "Flow::Next")))));
        return new RStmt.Let(s, result, false, RESULT, new RExpr.LabeledLoop(s, label, body));
    }

    /** Carries out a {@code Flow} in the current context: return, break, continue or nothing. */
    private RStmt dispatch(Span s, RExpr flow) {
        String v = d.temp("v");
        boolean loop = !d.fn.loops.isEmpty();
        return new RStmt.Match(s, flow, List.of(
                new RStmt.Arm("Flow::Next", List.of()),
                new RStmt.Arm("Flow::Return(" + v + ")", d.fn.module ? List.of() : List.of(d.ret(s, R.path(s, v)))),
                new RStmt.Arm("Flow::Break", loop ? d.jump(s, false) : List.of()),
                new RStmt.Arm("Flow::Continue", loop ? d.jump(s, true) : List.of())));
    }

    List<RStmt> tryStmt(Stmt.Try t) {
        Span s = t.span();
        if (t.finalbody().isEmpty()) {
            return guarded(t, s);
        }
        String fin = d.temp("fin");
        List<RStmt> out = new ArrayList<>();
        out.add(region(s, fin, "finally", () -> guarded(t, s)));
        // A finally block that an exception passes through sees it as the exception being handled.
        List<RStmt> finalBlock = new ArrayList<>();
        finalBlock.add(R.let(s, "_" + d.temp("handling"), R.method(s, R.method(s, R.method(s, R.path(s, fin), "as_ref"),
                "err"), "map", R.path(s, "handling_err"))));
        // An error raised in the block while an exception passes through gets it as context.
        String fr = d.temp("fr");
        String fflow = d.temp("flow");
        String x = d.temp("x");
        finalBlock.add(region(s, fr, "fbody", () -> d.stmts.block(t.finalbody())));
        finalBlock.add(new RStmt.Match(s, R.path(s, fr), List.of(
                new RStmt.Arm("Ok(" + fflow + ")", List.of(dispatch(s, R.path(s, fflow)))),
                new RStmt.Arm("Err(" + x + ")", List.of(d.raise(s,
                        R.call(s, "finally_context", R.path(s, x), R.ref(s, R.path(s, fin)))))))));
        out.add(R.stmt(s, R.block(s, finalBlock, null)));
        String e = d.temp("e");
        String flow = d.temp("flow");
        out.add(new RStmt.Match(s, R.path(s, fin), List.of(
                new RStmt.Arm("Ok(" + flow + ")", List.of(dispatch(s, R.path(s, flow)))),
                new RStmt.Arm("Err(" + e + ")", List.of(d.raise(s, R.path(s, e)))))));
        return out;
    }

    /** The try body, then its handlers or its else block. */
    private List<RStmt> guarded(Stmt.Try t, Span s) {
        String result = d.temp("r");
        List<RStmt> out = new ArrayList<>();
        out.add(region(s, result, "try", () -> d.stmts.block(t.body())));
        String e = d.temp("e");
        String flow = d.temp("flow");
        String outer = d.fn.caught.peek();
        d.fn.caught.push(e);
        List<RStmt> onError = new ArrayList<>();
        if (outer != null) {
            // A try inside an except block: what its body raised was raised while the outer
            // exception was being handled, so that is its context, as in CPython.
            onError.add(R.let(s, e, R.call(s, "with_context", R.path(s, e), R.ref(s, R.path(s, outer)))));
        }
        try {
            onError.add(handlers(t.handlers(), 0, e, s));
        } finally {
            d.fn.caught.pop();
        }
        out.add(new RStmt.Match(s, R.path(s, result), List.of(
                new RStmt.Arm("Ok(Flow::Next)", d.stmts.block(t.orelse())),
                new RStmt.Arm("Ok(" + flow + ")", List.of(dispatch(s, R.path(s, flow)))),
                new RStmt.Arm("Err(" + e + ")", onError))));
        return out;
    }

    private RStmt handlers(List<ExceptHandler> handlers, int i, String e, Span s) {
        if (i == handlers.size()) {
            return d.raise(s, R.path(s, e));
        }
        ExceptHandler h = handlers.get(i);
        Span hs = h.span();
        List<RStmt> body = new ArrayList<>();
        // While the handler runs, its exception is the one `sys.exc_info()` and
        // `traceback.print_exc()` see; the guard's drop ends that however the block is left.
        String guard = "_" + d.temp("handling");
        if (h.name() != null) {
            String value = d.temp("exc");
            body.add(R.let(hs, value, R.call(hs, "err_value", R.ref(hs, R.path(hs, e)))));
            body.add(R.let(hs, guard, R.call(hs, "handling", R.method(hs, R.path(hs, value), "clone"))));
            // From here the error carries the bound object, so `raise e` is known as a re-raise.
            body.add(R.let(hs, e, R.call(hs, "caught_as", R.path(hs, e), R.ref(hs, R.path(hs, value)))));
            body.add(DynVars.write(d, hs, h.name(), R.path(hs, value)));
        } else {
            body.add(R.let(hs, guard, R.call(hs, "handling_err", R.ref(hs, R.path(hs, e)))));
        }
        body.addAll(handlerBody(h, e));
        // A bare `except:` catches everything Python raises, but not the runtime's "cannot be
        // translated" stop, which must end the program rather than be swallowed.
        RExpr test = h.type() == null ? R.not(hs, R.method(hs, R.path(hs, e), "is_uncatchable"))
                : d.q(hs, R.call(hs, "err_matches", R.ref(hs, R.path(hs, e)), R.ref(hs, d.exprs.expr(h.type()))));
        List<RStmt> rest = h.type() == null ? List.of(d.raise(s, R.path(s, e))) : List.of(handlers(handlers, i + 1, e, s));
        return new RStmt.If(hs, test, body, rest);
    }

    /**
     * The handler's block; an error that leaves it (raised by any statement, or by a function
     * it calls) gets the handled exception as its {@code __context__}, as CPython's does.
     */
    private List<RStmt> handlerBody(ExceptHandler h, String e) {
        Span hs = h.span();
        String result = d.temp("hr");
        String flow = d.temp("flow");
        String x = d.temp("x");
        RExpr chained = R.call(hs, "with_context", R.path(hs, x), R.ref(hs, R.path(hs, e)));
        return List.of(region(hs, result, "except", () -> d.stmts.block(h.body())),
                new RStmt.Match(hs, R.path(hs, result), List.of(
                        new RStmt.Arm("Ok(" + flow + ")", List.of(dispatch(hs, R.path(hs, flow)))),
                        new RStmt.Arm("Err(" + x + ")", List.of(d.raise(hs, chained))))));
    }

    List<RStmt> with(Stmt.With w) {
        return withItems(w.items(), 0, w.body(), w.span());
    }

    private List<RStmt> withItems(List<WithItem> items, int i, List<Stmt> body, Span s) {
        if (i == items.size()) {
            return d.stmts.block(body);
        }
        WithItem item = items.get(i);
        List<RStmt> out = new ArrayList<>();
        String mgr = d.temp("mgr");
        out.add(R.let(s, mgr, d.exprs.expr(item.contextExpr())));
        RExpr entered = d.q(s, R.call(s, "with_enter", R.ref(s, R.path(s, mgr))));
        if (item.optionalVars() != null) {
            out.addAll(d.targets.assignTo(item.optionalVars(), entered));
        } else {
            out.add(R.stmt(s, entered));
        }
        String result = d.temp("r");
        out.add(region(s, result, "with", () -> withItems(items, i + 1, body, s)));
        String flow = d.temp("flow");
        String e = d.temp("e");
        RExpr none = R.none(s);
        RExpr exitOk = d.q(s, R.call(s, "with_exit", R.ref(s, R.path(s, mgr)), R.vec(s, List.of(none, none, none))));
        out.add(new RStmt.Match(s, R.path(s, result), List.of(
                new RStmt.Arm("Ok(" + flow + ")", List.of(R.stmt(s, exitOk), dispatch(s, R.path(s, flow)))),
                new RStmt.Arm("Err(" + e + ")", exitOnError(s, mgr, e)))));
        return List.of(R.stmt(s, R.block(s, out, null)));
    }

    /** {@code __exit__(type, value, None)}; a true result swallows the exception. */
    private List<RStmt> exitOnError(Span s, String mgr, String e) {
        String exc = d.temp("exc");
        String swallow = d.temp("t");
        RExpr type = d.q(s, R.call(s, "b::r#type", R.vec(s, List.of(R.method(s, R.path(s, exc), "clone"))),
                R.vec(s, List.of())));
        RExpr exit = d.q(s, R.call(s, "with_exit", R.ref(s, R.path(s, mgr)), R.vec(s, List.of(type, R.path(s, exc), R.none(s)))));
        // `__exit__` runs while its exception is the one being handled, as CPython's does.
        return List.of(R.let(s, "_" + d.temp("handling"), R.call(s, "handling_err", R.ref(s, R.path(s, e)))),
                R.let(s, exc, R.call(s, "err_value", R.ref(s, R.path(s, e)))),
                R.let(s, swallow, exit),
                new RStmt.If(s, R.not(s, d.q(s, R.call(s, "truthy", R.ref(s, R.path(s, swallow))))),
                        List.of(d.raise(s, R.path(s, e))), List.of()));
    }

    RStmt raise(Stmt.Raise r) {
        Span s = r.span();
        if (r.exc() == null) {
            String caught = d.fn.caught.peek();
            // Elsewhere it is whatever exception is being handled when it runs: a caller's, or
            // the one a `finally` block is passing through.
            return d.raise(s, caught != null ? R.method(s, R.path(s, caught), "clone") : R.call(s, "reraise"));
        }
        RExpr exc = d.exprs.expr(r.exc());
        RExpr raised = r.cause() != null ? R.call(s, "raise_from", exc, d.exprs.expr(r.cause())) : R.call(s, "raise", exc);
        String handled = d.fn.caught.peek();
        // Inside an `except` block the exception being handled becomes the new one's __context__.
        return d.raise(s, handled == null ? raised : R.call(s, "with_context", raised, R.ref(s, R.path(s, handled))));
    }

    RStmt assertStmt(Stmt.Assert a) {
        Span s = a.span();
        RExpr msg = a.msg() == null ? R.path(s, "None") : R.call(s, "Some", d.exprs.expr(a.msg()));
        RExpr err = d.q(s, R.call(s, "assertion_error", msg));
        return new RStmt.If(s, R.not(s, d.exprs.cond(a.test())), List.of(d.raise(s, err)), List.of());
    }
}
