package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.Span;
import java.util.Optional;

/**
 * Result types of Python's binary operators and comparisons on the typed values (Language
 * Reference 6.7 to 6.10): int and bool mix into int, either float makes a float, {@code /}
 * always gives a float; str and list concatenate and repeat.
 */
public final class Operators {
    private Operators() {}

    static PyType binary(Expr.BinOp b, PyType left, PyType right, Problems problems) {
        if (left == null || right == null) {
            return null;
        }
        Optional<PyType> result = resultOf(b.op(), left, right);
        if (result.isEmpty()) {
            problems.typeMix(b.span(), "unsupported operand types for " + b.op().symbol() + ": `"
                    + left.display() + "` and `" + right.display() + "`",
                    "convert one operand so both have types this operator accepts");
            return null;
        }
        if (b.op() == Operator.Pow && result.get() instanceof PyType.Int && negativeIntLiteral(b.right())) {
            // `10 ** -2` is 0.01: an int to a negative power is a float (int.__pow__ defers to
            // float.__pow__), which a literal exponent shows before the program runs.
            return PyType.FLOAT;
        }
        return result.get();
    }

    /** Whether {@code e} is a literal negative int such as {@code -2}. */
    public static boolean negativeIntLiteral(Expr e) {
        return e instanceof Expr.UnaryOp u && u.op() == io.portalis.ingest.ast.UnaryOperator.USub
                && u.operand() instanceof Expr.Constant c
                && c.value() instanceof io.portalis.ingest.ast.PyConstant.IntValue i
                && i.value().signum() > 0;
    }

    /** The type of {@code left op right}, or empty when the translation cannot express it. */
    public static Optional<PyType> resultOf(Operator op, PyType left, PyType right) {
        if (left.isNumeric() && right.isNumeric()) {
            return numeric(op, left, right);
        }
        boolean intRight = right instanceof PyType.Int || right instanceof PyType.Bool;
        boolean intLeft = left instanceof PyType.Int || left instanceof PyType.Bool;
        return switch (op) {
            case Add -> left instanceof PyType.Str && right instanceof PyType.Str ? Optional.of(PyType.STR)
                    : left instanceof PyType.ListOf && right instanceof PyType.ListOf ? TypeJoin.join(left, right)
                    : Optional.empty();
            case Mult -> isSequence(left) && intRight ? Optional.of(left)
                    : intLeft && isSequence(right) ? Optional.of(right)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isSequence(PyType t) {
        return t instanceof PyType.Str || t instanceof PyType.ListOf;
    }

    private static Optional<PyType> numeric(Operator op, PyType left, PyType right) {
        boolean anyFloat = left instanceof PyType.Float || right instanceof PyType.Float;
        return switch (op) {
            case Add, Sub, Mult, FloorDiv, Mod, Pow -> Optional.of(anyFloat ? PyType.FLOAT : PyType.INT);
            case Div -> Optional.of(PyType.FLOAT);
            case BitOr, BitXor, BitAnd -> anyFloat ? Optional.empty()
                    : Optional.of(left instanceof PyType.Bool && right instanceof PyType.Bool ? PyType.BOOL : PyType.INT);
            case LShift, RShift -> anyFloat ? Optional.empty() : Optional.of(PyType.INT);
            case MatMult -> Optional.empty();
        };
    }

    static PyType compare(Expr.Compare c, ExprInference exprs, Problems problems) {
        PyType left = exprs.value(c.left());
        boolean ok = left != null;
        for (int i = 0; i < c.ops().size(); i++) {
            Expr rightExpr = c.comparators().get(i);
            PyType right = exprs.value(rightExpr);
            if (left != null && right != null && !comparable(c.ops().get(i), left, right)) {
                Span span = new Span(c.span().start(), rightExpr.span().end());
                problems.typeMix(span, "cannot compare `" + left.display() + "` with `" + right.display()
                        + "` using `" + symbol(c.ops().get(i)) + "`", "compare values of the same type");
                ok = false;
            }
            ok &= right != null;
            if (left != null && right != null) {
                refineOperands(c.ops().get(i), i == 0 ? c.left() : c.comparators().get(i - 1), left, rightExpr, right,
                        exprs);
            }
            left = right;
        }
        return ok ? PyType.BOOL : null;
    }

    private static void refineOperands(CmpOperator op, Expr leftExpr, PyType left, Expr rightExpr, PyType right,
            ExprInference exprs) {
        if (op == CmpOperator.In || op == CmpOperator.NotIn) {
            if (!(right instanceof PyType.DictOf)) {
                exprs.refine(rightExpr, PyType.listOf(left));
            }
            return;
        }
        TypeJoin.join(left, right).ifPresent(t -> {
            exprs.refine(leftExpr, t);
            exprs.refine(rightExpr, t);
        });
    }

    /** Whether {@code left op right} is a comparison the translation supports. */
    public static boolean comparable(CmpOperator op, PyType left, PyType right) {
        if (isObject(left) || isObject(right)) {
            // The module's classes define no comparisons: `==` and `is` are identity, and None
            // compares with instances only by identity too.
            return (op == CmpOperator.Is || op == CmpOperator.IsNot || op == CmpOperator.Eq || op == CmpOperator.NotEq)
                    && isObject(left) && isObject(right) && TypeJoin.join(left, right).isPresent();
        }
        return switch (op) {
            case Eq, NotEq, Lt, LtE, Gt, GtE -> left instanceof PyType.ExceptionValue
                    || right instanceof PyType.ExceptionValue ? false
                    : (left instanceof PyType.DictOf || right instanceof PyType.DictOf)
                    ? (op == CmpOperator.Eq || op == CmpOperator.NotEq) && left.equals(right) && left.isComplete()
                            && !left.containsFloat()
                    : (left instanceof PyType.TupleOf || right instanceof PyType.TupleOf)
                    ? left.equals(right) && left.isComplete() && !left.containsFloat() && !hasNone(left)
                    : left.isNumeric() && right.isNumeric()
                    || (left.isComplete() || right.isComplete()) && TypeJoin.join(left, right).isPresent()
                            && !(left instanceof PyType.NoneType && op != CmpOperator.Eq && op != CmpOperator.NotEq);
            case In, NotIn -> right instanceof PyType.DictOf d ? d.key().isComplete() && TypeJoin.accepts(d.key(), left)
                    : right instanceof PyType.Str ? left instanceof PyType.Str
                    : right instanceof PyType.ListOf l && TypeJoin.join(l.element(), left).isPresent();
            case Is, IsNot -> false;
        };
    }

    /** An instance of a module class, an optional one, or None. */
    public static boolean isObject(PyType t) {
        return t instanceof PyType.Instance || t instanceof PyType.OptionalOf || t instanceof PyType.NoneType;
    }

    private static boolean hasNone(PyType t) {
        return t instanceof PyType.TupleOf tt && tt.elements().stream().anyMatch(e -> e instanceof PyType.NoneType || hasNone(e));
    }

    public static String symbol(CmpOperator op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }
}
