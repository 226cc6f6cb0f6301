package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's arithmetic and comparisons on typed values: ints go through {@code pyrt::Int}
 * (never wrapping), floats use Rust's operators where IEEE and Python agree and {@code
 * pyrt::float} where they do not ({@code /}, {@code //}, {@code %}, {@code **}).
 */
final class OperatorLowering {
    private final ExprLowering ex;

    OperatorLowering(ExprLowering ex) {
        this.ex = ex;
    }

    /** A lowered operand: its Rust expression (a place or an owned value) and its Python type. */
    record Operand(RExpr expr, PyType type, Span span) {}

    Operand operand(Expr e) {
        return new Operand(ex.place(e), ex.type(e), e.span());
    }

    RExpr binary(Expr.BinOp b) {
        List<Expr> parts = strConcatParts(b);
        if (parts.size() > 2) {
            // `a + " " + b` builds its result once, not once per `+` (CPython allocates each
            // intermediate too, but from its free lists): operands are still evaluated left to
            // right, and concatenating strs cannot fail, so nothing can see the missing steps.
            List<RExpr> refs = parts.stream().map(p -> Rx.ref(p.span(), ex.place(p))).toList();
            return Rx.call(b.span(), "Str::concat_all", Rx.ref(b.span(), new RExpr.Array(b.span(), refs)));
        }
        List<RStmt> hoisted = new ArrayList<>();
        Operand left = operand(b.left());
        Operand right = operand(b.right());
        // Operands are evaluated left to right; where the lowering reorders them, the left one
        // is computed into a temporary first.
        if (swapsOperands(b.op(), left.type(), right.type()) && !ExprLowering.isPure(b.left())) {
            String t = ex.cx.freshTemp();
            hoisted.add(new RStmt.Let(b.span(), t, false, null, ex.owned(b.left())));
            left = new Operand(Rx.path(b.span(), t), left.type(), left.span());
        }
        RExpr result = b.op() == Operator.Pow && ex.type(b) instanceof PyType.Float && !left.type().containsFloat()
                && !right.type().containsFloat()
                ? floatOp(Operator.Pow, asFloat(left.expr(), left.type(), b.span()),
                        asFloat(right.expr(), right.type(), b.span()), b.span())
                : apply(b.op(), left, right, b.span());
        return hoisted.isEmpty() ? result : new RExpr.Block(b.span(), hoisted, result);
    }

    /** The operands of a chain {@code a + b + c} of strs, left to right; fewer than three if it is no such chain. */
    private List<Expr> strConcatParts(Expr.BinOp b) {
        List<Expr> parts = new ArrayList<>();
        Expr e = b;
        while (e instanceof Expr.BinOp bin && bin.op() == Operator.Add
                && ex.type(bin.left()) instanceof PyType.Str && ex.type(bin.right()) instanceof PyType.Str) {
            parts.add(bin.right());
            e = bin.left();
        }
        parts.add(e);
        Collections.reverse(parts);
        return parts;
    }

    private static boolean swapsOperands(Operator op, PyType l, PyType r) {
        return op == Operator.Mult && l.isNumeric() && !r.isNumeric();
    }

    /** {@code left op right} on lowered operands. */
    RExpr apply(Operator op, Operand l, Operand r, Span s) {
        PyType lt = l.type();
        PyType rt = r.type();
        if (lt.isNumeric() && rt.isNumeric()) {
            boolean anyFloat = lt instanceof PyType.Float || rt instanceof PyType.Float;
            if (anyFloat) {
                return floatOp(op, asFloat(l.expr(), lt, s), asFloat(r.expr(), rt, s), s);
            }
            if (lt instanceof PyType.Bool && rt instanceof PyType.Bool && isBitwise(op)) {
                // `True & False` is a bool in Python; Rust's non-short-circuit `&` on bools agrees.
                return Rx.binary(s, op.symbol(), l.expr(), r.expr());
            }
            return intOp(op, asInt(l), asInt(r), s);
        }
        if (op == Operator.Add) {
            return Rx.method(s, l.expr(), "concat", Rx.ref(s, r.expr()));
        }
        if (op == Operator.Mult && !lt.isNumeric()) {
            return Rx.tryMethod(s, l.expr(), "repeat", Rx.ref(s, asInt(r)));
        }
        if (op == Operator.Mult) {
            return Rx.tryMethod(s, r.expr(), "repeat", Rx.ref(s, asInt(l)));
        }
        throw new IllegalStateException("analysis accepted an operator it has no lowering for: " + op);
    }

    private RExpr intOp(Operator op, RExpr l, RExpr r, Span s) {
        return switch (op) {
            case Add -> Rx.method(s, l, "add", Rx.ref(s, r));
            case Sub -> Rx.method(s, l, "sub", Rx.ref(s, r));
            case Mult -> Rx.method(s, l, "mul", Rx.ref(s, r));
            case FloorDiv -> Rx.tryMethod(s, l, "floordiv", Rx.ref(s, r));
            case Mod -> Rx.tryMethod(s, l, "modulo", Rx.ref(s, r));
            case Div -> Rx.tryMethod(s, l, "truediv", Rx.ref(s, r));
            case Pow -> Rx.tryCall(s, "pyrt::ops::int_pow", Rx.ref(s, l), Rx.ref(s, r));
            case LShift -> Rx.tryMethod(s, l, "shl", Rx.ref(s, r));
            case RShift -> Rx.tryMethod(s, l, "shr", Rx.ref(s, r));
            case BitAnd -> Rx.method(s, l, "bitand", Rx.ref(s, r));
            case BitOr -> Rx.method(s, l, "bitor", Rx.ref(s, r));
            case BitXor -> Rx.method(s, l, "bitxor", Rx.ref(s, r));
            case MatMult -> throw new IllegalStateException("analysis rejects @");
        };
    }

    private static boolean isBitwise(Operator op) {
        return op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor;
    }

    private RExpr floatOp(Operator op, RExpr l, RExpr r, Span s) {
        return switch (op) {
            case Add -> Rx.binary(s, "+", l, r);
            case Sub -> Rx.binary(s, "-", l, r);
            case Mult -> Rx.binary(s, "*", l, r);
            case Div -> Rx.tryCall(s, "pyrt::float::truediv", l, r);
            case FloorDiv -> Rx.tryCall(s, "pyrt::float::floordiv", l, r);
            case Mod -> Rx.tryCall(s, "pyrt::float::modulo", l, r);
            case Pow -> Rx.tryCall(s, "pyrt::float::pow", l, r);
            case MatMult, LShift, RShift, BitOr, BitXor, BitAnd ->
                    throw new IllegalStateException("analysis rejects bitwise operators on floats");
        };
    }

    RExpr asInt(Operand o) {
        return o.type() instanceof PyType.Bool ? Rx.call(o.span(), "Int::from", o.expr()) : o.expr();
    }

    RExpr asFloat(RExpr e, PyType t, Span s) {
        return switch (t) {
            case PyType.Int i -> Rx.tryMethod(s, e, "to_f64");
            case PyType.Bool b -> Rx.call(s, "pyrt::builtins::float_from_bool", e);
            default -> e;
        };
    }

    RExpr unary(Expr.UnaryOp u) {
        Span s = u.span();
        PyType t = ex.type(u.operand());
        if (u.op() == UnaryOperator.Not) {
            return Rx.not(s, ex.truth(u.operand()));
        }
        if (u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof PyConstant.IntValue i) {
                return ExprLowering.intLiteral(s, i.value().negate());
            }
            if (c.value() instanceof PyConstant.FloatValue f) {
                return ExprLowering.floatLiteral(s, -f.value());
            }
        }
        Operand o = operand(u.operand());
        if (t instanceof PyType.Float) {
            return u.op() == UnaryOperator.USub ? new RExpr.Unary(s, "-", o.expr()) : ex.owned(u.operand());
        }
        return switch (u.op()) {
            case USub -> Rx.method(s, asInt(o), "neg");
            case UAdd -> t instanceof PyType.Bool ? asInt(o) : ex.owned(u.operand());
            case Invert -> Rx.call(s, "pyrt::ops::invert", Rx.ref(s, asInt(o)));
            case Not -> throw new IllegalStateException("handled above");
        };
    }

    RExpr compare(Expr.Compare c) {
        if (c.ops().size() == 1 && io.portalis.analysis.infer.Operators.isObject(ex.type(c.left()))) {
            return identity(c);
        }
        if (c.ops().size() == 1) {
            Expr left = c.left();
            Expr right = c.comparators().get(0);
            CmpOperator op = c.ops().get(0);
            boolean reorders = op == CmpOperator.In || op == CmpOperator.NotIn;
            if (!reorders || ExprLowering.isPure(left)) {
                return compareOne(op, operand(left), operand(right), c.span());
            }
        }
        return chain(c);
    }

    /**
     * {@code a is b}, {@code a == b} between instances of the module's classes and None: identity
     * (the classes define no {@code __eq__}). Against a None literal it is a test of the
     * optional; otherwise the struct's {@code PartialEq} compares addresses.
     */
    private RExpr identity(Expr.Compare c) {
        Span s = c.span();
        Expr left = c.left();
        Expr right = c.comparators().get(0);
        CmpOperator op = c.ops().get(0);
        boolean negate = op == CmpOperator.IsNot || op == CmpOperator.NotEq;
        PyType lt = ex.type(left);
        PyType rt = ex.type(right);
        RExpr test;
        if (lt instanceof PyType.NoneType && rt instanceof PyType.NoneType) {
            test = evaluated(s, List.of(left, right), Rx.lit(s, "true"));
        } else if (lt instanceof PyType.NoneType || rt instanceof PyType.NoneType) {
            Expr value = lt instanceof PyType.NoneType ? right : left;
            Expr none = lt instanceof PyType.NoneType ? left : right;
            boolean optional = ex.type(value) instanceof PyType.OptionalOf;
            RExpr isNone = optional ? Rx.method(s, ex.place(value), "is_none") : Rx.lit(s, "false");
            // The None literal has no effect; the other operand is evaluated even when the answer is known.
            test = optional ? isNone : evaluated(s, List.of(value), isNone);
            if (!ExprLowering.isPure(none)) {
                test = evaluated(s, List.of(none), test);
            }
        } else {
            RExpr l = lt instanceof PyType.OptionalOf || !(rt instanceof PyType.OptionalOf)
                    ? ex.owned(left) : Rx.call(s, "Some", ex.owned(left));
            RExpr r = rt instanceof PyType.OptionalOf || !(lt instanceof PyType.OptionalOf)
                    ? ex.owned(right) : Rx.call(s, "Some", ex.owned(right));
            test = Rx.binary(s, "==", l, r);
        }
        return negate ? Rx.not(s, test) : test;
    }

    /** Evaluates {@code operands} for their effects, then gives {@code value}. */
    private RExpr evaluated(Span s, List<Expr> operands, RExpr value) {
        List<RStmt> lets = new ArrayList<>();
        for (Expr e : operands) {
            if (!ExprLowering.isPure(e)) {
                lets.add(new RStmt.Let(e.span(), "_", false, null, ex.owned(e)));
            }
        }
        return lets.isEmpty() ? value : new RExpr.Block(s, lets, value);
    }

    /** {@code a < b < c}: each operand is evaluated once, and later ones only if needed. */
    private RExpr chain(Expr.Compare c) {
        List<Expr> operands = new ArrayList<>();
        operands.add(c.left());
        operands.addAll(c.comparators());
        return chainFrom(c, operands, 0, null);
    }

    private RExpr chainFrom(Expr.Compare c, List<Expr> operands, int i, Operand previous) {
        List<RStmt> lets = new ArrayList<>();
        Operand left = previous;
        if (left == null) {
            left = temp(operands.get(0), lets);
        }
        Operand right = temp(operands.get(i + 1), lets);
        RExpr test = compareOne(c.ops().get(i), left, right, c.span());
        if (i + 1 < c.ops().size()) {
            test = Rx.binary(c.span(), "&&", test, chainFrom(c, operands, i + 1, right));
        }
        return new RExpr.Block(c.span(), lets, test);
    }

    private Operand temp(Expr e, List<RStmt> lets) {
        String t = ex.cx.freshTemp();
        lets.add(new RStmt.Let(e.span(), t, false, null, ex.owned(e)));
        return new Operand(Rx.path(e.span(), t), ex.type(e), e.span());
    }

    RExpr compareOne(CmpOperator op, Operand l, Operand r, Span s) {
        PyType lt = l.type();
        PyType rt = r.type();
        if (op == CmpOperator.In || op == CmpOperator.NotIn) {
            RExpr contains = Rx.method(s, r.expr(), "contains", Rx.ref(s, l.expr()));
            return op == CmpOperator.In ? contains : Rx.not(s, contains);
        }
        String symbol = io.portalis.analysis.infer.Operators.symbol(op);
        if (lt instanceof PyType.Int && rt instanceof PyType.Float || lt instanceof PyType.Float && rt instanceof PyType.Int) {
            boolean intFirst = lt instanceof PyType.Int;
            String fn = (intFirst ? "pyrt::ops::int_float_" : "pyrt::ops::float_int_") + opName(op);
            return intFirst ? Rx.call(s, fn, Rx.ref(s, l.expr()), r.expr()) : Rx.call(s, fn, l.expr(), Rx.ref(s, r.expr()));
        }
        if (lt instanceof PyType.Float || rt instanceof PyType.Float) {
            return Rx.binary(s, symbol, asFloat(l.expr(), lt, s), asFloat(r.expr(), rt, s));
        }
        if (lt instanceof PyType.Bool != rt instanceof PyType.Bool && lt.isNumeric() && rt.isNumeric()) {
            return Rx.binary(s, symbol, asInt(l), asInt(r));
        }
        RExpr a = Rx.smallValue(l.expr());
        RExpr b = Rx.smallValue(r.expr());
        if (a != null && b != null) {
            // Two `i64`s (bounded locals, literals) compare as machine integers.
            return Rx.binary(s, symbol, a, b);
        }
        return Rx.binary(s, symbol, l.expr(), r.expr());
    }

    private static String opName(CmpOperator op) {
        return switch (op) {
            case Eq -> "eq";
            case NotEq -> "ne";
            case Lt -> "lt";
            case LtE -> "le";
            case Gt -> "gt";
            case GtE -> "ge";
            case Is, IsNot, In, NotIn -> throw new IllegalStateException("not a numeric comparison: " + op);
        };
    }
}
