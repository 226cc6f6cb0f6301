package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.PyConstant;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets: rebuilding an expression with a {@code Store}/{@code Del}
 * context, and CPython's names for what cannot be a target ({@code _PyPegen_get_expr_name},
 * {@code _PyPegen_get_invalid_target}).
 */
final class Targets {
    enum Kind { STAR, DEL, FOR }

    private Targets() {}

    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.span(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.span(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.span(), s.value(), s.slice(), ctx);
            case Expr.Starred s -> new Expr.Starred(s.span(), withContext(s.value(), ctx), ctx);
            case Expr.List l -> new Expr.List(l.span(), all(l.elts(), ctx), ctx);
            case Expr.Tuple t -> new Expr.Tuple(t.span(), all(t.elts(), ctx), ctx);
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(withContext(e, ctx));
        }
        return out;
    }

    /** The first sub-expression that cannot be a target of this kind, or null when all can. */
    static Expr invalid(Expr e, Kind kind) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.List l -> firstInvalid(l.elts(), kind);
            case Expr.Tuple t -> firstInvalid(t.elts(), kind);
            case Expr.Starred s -> kind == Kind.DEL ? s : invalid(s.value(), kind);
            case Expr.Compare c -> kind == Kind.FOR && c.ops().get(0) == io.portalis.ingest.ast.CmpOperator.In
                    ? invalid(c.left(), kind) : c;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr e : elts) {
            Expr bad = invalid(e, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> constantName(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    private static String constantName(PyConstant value) {
        return switch (value) {
            case PyConstant.NoneValue v -> "None";
            case PyConstant.BoolValue b -> b.value() ? "True" : "False";
            case PyConstant.EllipsisValue v -> "ellipsis";
            default -> "literal";
        };
    }
}
