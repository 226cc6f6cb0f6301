package io.portalis.transpiler.lower;

import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.List;

/**
 * Redirects the errors of lowered statements to a try statement's labeled loop: {@code x?}
 * becomes {@link RExpr.Catch} and {@code return Err(e)} becomes {@code break 'label Err(e)}.
 * Nodes already redirected to an inner try keep their label.
 */
final class CatchRewrite {
    private CatchRewrite() {}

    static List<RStmt> stmts(List<RStmt> body, String label) {
        return body.stream().map(s -> stmt(s, label)).toList();
    }

    private static RStmt stmt(RStmt s, String label) {
        return switch (s) {
            case RStmt.Let l -> new RStmt.Let(l.span(), l.name(), l.mutable(), l.type(),
                    l.init() == null ? null : expr(l.init(), label));
            case RStmt.Assign a -> new RStmt.Assign(a.span(), expr(a.target(), label), expr(a.value(), label));
            case RStmt.ExprStmt e -> new RStmt.ExprStmt(e.span(), expr(e.expr(), label));
            case RStmt.If i -> new RStmt.If(i.span(), expr(i.cond(), label), stmts(i.then(), label),
                    stmts(i.otherwise(), label));
            case RStmt.While w -> new RStmt.While(w.span(), expr(w.cond(), label), stmts(w.body(), label));
            case RStmt.For f -> new RStmt.For(f.span(), f.binding(), expr(f.iter(), label), stmts(f.body(), label));
            case RStmt.Break b -> b;
            case RStmt.Continue c -> c;
            case RStmt.Match m -> new RStmt.Match(m.span(), expr(m.subject(), label), m.arms().stream()
                    .map(a -> new RStmt.Arm(a.pattern(), stmts(a.body(), label))).toList());
            case RStmt.Return r -> r.value() instanceof RExpr.Call c && c.callee() instanceof RExpr.Path p
                    && p.path().equals("Err")
                    ? new RStmt.ExprStmt(r.span(), new RExpr.BreakWith(r.span(), label, expr(r.value(), label)))
                    : new RStmt.Return(r.span(), expr(r.value(), label));
        };
    }

    private static List<RExpr> exprs(List<RExpr> items, String label) {
        return items.stream().map(e -> expr(e, label)).toList();
    }

    private static RExpr expr(RExpr e, String label) {
        return switch (e) {
            case RExpr.Path x -> x;
            case RExpr.Lit x -> x;
            case RExpr.StrLit x -> x;
            case RExpr.Call x -> new RExpr.Call(x.span(), expr(x.callee(), label), exprs(x.args(), label));
            case RExpr.MethodCall x -> new RExpr.MethodCall(x.span(), expr(x.receiver(), label), x.method(),
                    exprs(x.args(), label));
            case RExpr.Try x -> new RExpr.Catch(x.span(), expr(x.inner(), label), label);
            case RExpr.Ref x -> new RExpr.Ref(x.span(), expr(x.inner(), label));
            case RExpr.Unary x -> new RExpr.Unary(x.span(), x.op(), expr(x.operand(), label));
            case RExpr.Binary x -> new RExpr.Binary(x.span(), x.op(), expr(x.left(), label), expr(x.right(), label));
            case RExpr.Block x -> new RExpr.Block(x.span(), stmts(x.stmts(), label),
                    x.tail() == null ? null : expr(x.tail(), label));
            case RExpr.IfElse x -> new RExpr.IfElse(x.span(), expr(x.cond(), label), expr(x.then(), label),
                    expr(x.otherwise(), label));
            case RExpr.Array x -> new RExpr.Array(x.span(), exprs(x.items(), label));
            case RExpr.AssocCall x -> new RExpr.AssocCall(x.span(), x.type(), x.function(), exprs(x.args(), label));
            case RExpr.Macro x -> new RExpr.Macro(x.span(), x.name(), exprs(x.args(), label));
            case RExpr.Tuple x -> new RExpr.Tuple(x.span(), exprs(x.items(), label));
            case RExpr.Field x -> new RExpr.Field(x.span(), expr(x.receiver(), label), x.index());
            case RExpr.NamedField x -> new RExpr.NamedField(x.span(), expr(x.receiver(), label), x.name());
            case RExpr.LabeledLoop x -> new RExpr.LabeledLoop(x.span(), x.label(), stmts(x.body(), label));
            case RExpr.BreakWith x -> new RExpr.BreakWith(x.span(), x.label(), expr(x.value(), label));
            case RExpr.Catch x -> new RExpr.Catch(x.span(), expr(x.inner(), label), x.label());
            case RExpr.Closure x -> x; // a closure's errors are its own
        };
    }
}
