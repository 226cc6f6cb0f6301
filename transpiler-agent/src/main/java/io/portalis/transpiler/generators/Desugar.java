package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/** Statements a generator's state machine flattens by first writing them as simpler ones. */
final class Desugar {
    private Desugar() {}

    /**
     * {@code with} as PEP 343 spells it out, one item at a time:
     * <pre>
     * mgr = EXPR
     * entered = mgr.__enter__()      # both looked up on the type first: __portalis_with_enter__
     * ok = True
     * try:
     *     try:
     *         VAR = entered
     *         BODY
     *     except BaseException as exc:
     *         ok = False
     *         if not mgr.__exit__(exc.__class__, exc, None):   # __portalis_with_exit__
     *             raise
     * finally:
     *     if ok:
     *         mgr.__exit__(None, None, None)
     * </pre>
     */
    static List<Stmt> with(Stmt.With w, StateMachine machine) {
        return items(w.items(), 0, w.body(), w.span(), machine);
    }

    private static List<Stmt> items(List<WithItem> items, int i, List<Stmt> body, Span s, StateMachine machine) {
        if (i == items.size()) {
            return body;
        }
        WithItem item = items.get(i);
        String mgr = machine.fresh("mgr");
        String entered = machine.fresh("entered");
        String ok = machine.fresh("ok");
        String exc = machine.fresh("wexc");
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, mgr, item.contextExpr()));
        out.add(Ast.assign(s, entered, Ast.call(s, GenNames.WITH_ENTER, Ast.load(s, mgr))));
        out.add(Ast.assign(s, ok, Ast.bool(s, true)));
        List<Stmt> guarded = new ArrayList<>();
        if (item.optionalVars() != null) {
            guarded.add(Ast.assign(s, item.optionalVars(), Ast.load(s, entered)));
        }
        guarded.addAll(items(items, i + 1, body, s, machine));
        Expr exitWithError = exit(s, mgr, new Expr.Attribute(s, Ast.load(s, exc), "__class__", ExprContext.Load),
                Ast.load(s, exc), Ast.none(s));
        List<Stmt> onError = List.of(
                Ast.assign(s, ok, Ast.bool(s, false)),
                Ast.ifElse(s, new Expr.UnaryOp(s, io.portalis.ingest.ast.UnaryOperator.Not, exitWithError),
                        List.of(new Stmt.Raise(s, null, null)), List.of()));
        Stmt inner = new Stmt.Try(s, guarded, List.of(new ExceptHandler(s, Ast.load(s, "BaseException"), exc, onError)),
                List.of(), List.of());
        Stmt exitNormally = Ast.ifElse(s, Ast.load(s, ok),
                List.of(new Stmt.ExprStmt(s, exit(s, mgr, Ast.none(s), Ast.none(s), Ast.none(s)))), List.of());
        out.add(new Stmt.Try(s, List.of(inner), List.of(), List.of(), List.of(exitNormally)));
        return out;
    }

    private static Expr exit(Span s, String mgr, Expr type, Expr value, Expr traceback) {
        return new Expr.Call(s, Ast.load(s, GenNames.WITH_EXIT), List.of(Ast.load(s, mgr), type, value, traceback), List.of());
    }
}
