package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.math.BigInteger;
import java.util.List;

/** Builders for the synthetic nodes of the generator rewrite; each takes the span it stands for. */
final class Ast {
    private Ast() {}

    static Expr.Name load(Span s, String name) {
        return new Expr.Name(s, name, ExprContext.Load);
    }

    static Expr.Name store(Span s, String name) {
        return new Expr.Name(s, name, ExprContext.Store);
    }

    static Expr.Constant intConst(Span s, int value) {
        return new Expr.Constant(s, new PyConstant.IntValue(BigInteger.valueOf(value)), null);
    }

    static Expr.Constant none(Span s) {
        return new Expr.Constant(s, new PyConstant.NoneValue(), null);
    }

    static Expr.Constant str(Span s, String value) {
        return new Expr.Constant(s, new PyConstant.StrValue(value), null);
    }

    static Expr.Constant bool(Span s, boolean value) {
        return new Expr.Constant(s, new PyConstant.BoolValue(value), null);
    }

    static Expr.Call call(Span s, String function, Expr... args) {
        return new Expr.Call(s, load(s, function), List.of(args), List.of());
    }

    static Expr.Compare compare(Span s, Expr left, CmpOperator op, Expr right) {
        return new Expr.Compare(s, left, List.of(op), List.of(right));
    }

    static Stmt assign(Span s, Expr target, Expr value) {
        return new Stmt.Assign(s, List.of(target), value, null);
    }

    static Stmt assign(Span s, String name, Expr value) {
        return assign(s, store(s, name), value);
    }

    static Stmt ifElse(Span s, Expr test, List<Stmt> body, List<Stmt> orelse) {
        return new Stmt.If(s, test, body, orelse);
    }

    static Stmt ret(Span s, Expr value) {
        return new Stmt.Return(s, value);
    }

    static Stmt cont(Span s) {
        return new Stmt.Continue(s);
    }
}
