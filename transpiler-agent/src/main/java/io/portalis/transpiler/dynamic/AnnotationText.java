package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.UnaryOperator;
import java.util.List;
import java.util.Optional;

/**
 * The text CPython 3.12 keeps for an annotation under {@code from __future__ import annotations}
 * (PEP 563): {@code _PyAST_ExprAsUnicode} of Python/ast_unparse.c, which differs from
 * {@code ast.unparse} (string constants are their {@code repr}). Only the expressions annotations
 * are made of are covered; for any other the text is empty, and the caller refuses the program
 * rather than guess.
 */
final class AnnotationText {
    // Python/ast_unparse.c's precedence levels.
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6, BOR = 7, BXOR = 8,
            BAND = 9, SHIFT = 10, ARITH = 11, TERM = 12, FACTOR = 13, POWER = 14, AWAIT = 15, ATOM = 16;

    private AnnotationText() {}

    static Optional<String> of(Expr annotation) {
        StringBuilder b = new StringBuilder();
        return append(annotation, TEST, b) ? Optional.of(b.toString()) : Optional.empty();
    }

    private static boolean append(Expr e, int level, StringBuilder b) {
        return switch (e) {
            case Expr.Name n -> {
                b.append(n.id());
                yield true;
            }
            case Expr.Constant c -> constant(c, b);
            case Expr.Attribute a -> {
                if (!append(a.value(), ATOM, b)) {
                    yield false;
                }
                if (a.value() instanceof Expr.Constant c && c.value() instanceof PyConstant.IntValue) {
                    b.append(' ');
                }
                b.append('.').append(a.attr());
                yield true;
            }
            case Expr.Subscript s -> append(s.value(), ATOM, b) && wrap("[", () -> append(s.slice(), TUPLE, b), "]", b);
            case Expr.Tuple t -> tuple(t.elts(), level, b);
            case Expr.List l -> wrap("[", () -> items(l.elts(), b), "]", b);
            case Expr.BinOp o -> binOp(o, level, b);
            case Expr.UnaryOp u -> unary(u, level, b);
            case Expr.Starred s -> {
                b.append('*');
                yield append(s.value(), EXPR, b);
            }
            case Expr.Call c -> call(c, b);
            default -> false;
        };
    }

    private interface Part {
        boolean run();
    }

    private static boolean wrap(String open, Part inner, String close, StringBuilder b) {
        b.append(open);
        boolean ok = inner.run();
        b.append(close);
        return ok;
    }

    private static boolean items(List<Expr> elts, StringBuilder b) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (!append(elts.get(i), TEST, b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean tuple(List<Expr> elts, int level, StringBuilder b) {
        if (elts.isEmpty()) {
            b.append("()");
            return true;
        }
        boolean parens = level > TUPLE;
        if (parens) {
            b.append('(');
        }
        boolean ok = items(elts, b);
        if (elts.size() == 1) {
            b.append(',');
        }
        if (parens) {
            b.append(')');
        }
        return ok;
    }

    private static boolean call(Expr.Call c, StringBuilder b) {
        if (!append(c.func(), ATOM, b)) {
            return false;
        }
        b.append('(');
        boolean first = true;
        for (Expr arg : c.args()) {
            b.append(first ? "" : ", ");
            first = false;
            if (!append(arg, TEST, b)) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            b.append(first ? "" : ", ");
            first = false;
            b.append(k.arg() == null ? "**" : k.arg() + "=");
            if (!append(k.value(), TEST, b)) {
                return false;
            }
        }
        b.append(')');
        return true;
    }

    private static boolean binOp(Expr.BinOp o, int level, StringBuilder b) {
        int prec = switch (o.op()) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
        boolean rassoc = o.op() == Operator.Pow;
        boolean parens = level > prec;
        if (parens) {
            b.append('(');
        }
        boolean ok = append(o.left(), rassoc ? prec + 1 : prec, b);
        b.append(' ').append(o.op().symbol()).append(' ');
        ok = ok && append(o.right(), rassoc ? prec : prec + 1, b);
        if (parens) {
            b.append(')');
        }
        return ok;
    }

    private static boolean unary(Expr.UnaryOp u, int level, StringBuilder b) {
        String op = switch (u.op()) {
            case Invert -> "~";
            case Not -> "not ";
            case UAdd -> "+";
            case USub -> "-";
        };
        int prec = u.op() == UnaryOperator.Not ? NOT : FACTOR;
        boolean parens = level > prec;
        if (parens) {
            b.append('(');
        }
        b.append(op);
        boolean ok = append(u.operand(), prec, b);
        if (parens) {
            b.append(')');
        }
        return ok;
    }

    private static boolean constant(Expr.Constant c, StringBuilder b) {
        switch (c.value()) {
            case PyConstant.NoneValue n -> b.append("None");
            case PyConstant.BoolValue v -> b.append(v.value() ? "True" : "False");
            case PyConstant.EllipsisValue e -> b.append("...");
            case PyConstant.IntValue i -> b.append(i.value());
            case PyConstant.StrValue s -> {
                return repr(s.value(), b);
            }
            // Float, complex and bytes reprs are not worth porting for annotations.
            case PyConstant.FloatValue f -> {
                return false;
            }
            case PyConstant.ComplexValue x -> {
                return false;
            }
            case PyConstant.BytesValue x -> {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code repr(str)}; false for non-ASCII text, whose printability Java may judge differently. */
    static boolean repr(String s, StringBuilder b) {
        if (s.chars().anyMatch(c -> c > 0x7f)) {
            return false;
        }
        b.append(io.portalis.ingest.dump.PyRepr.str(s));
        return true;
    }
}
