package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.BoolOperator;
import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions as owned {@code Value}s (Python reference, chapter 6): every operation is a
 * runtime call with CPython's semantics, evaluated left to right as Python does.
 */
final class DynExprs {
    private final Dyn d;

    DynExprs(Dyn d) {
        this.d = d;
    }

    RExpr expr(Expr e) {
        Span s = e.span();
        return switch (e) {
            case Expr.BoolOp x -> boolOp(x.op(), x.values(), s);
            case Expr.NamedExpr x -> walrus(x, s);
            case Expr.BinOp x -> d.q(s, R.call(s, binary(x.op()), borrow(x.left()), borrow(x.right())));
            case Expr.UnaryOp x -> unary(x, s);
            case Expr.Lambda x -> d.functions.lambda(x);
            case Expr.IfExp x -> new RExpr.IfElse(s, cond(x.test()), expr(x.body()), expr(x.orelse()));
            case Expr.Dict x -> dict(x, s);
            case Expr.Set x -> d.q(s, R.call(s, x.elts().size() > 2 && x.elts().stream().allMatch(DynExprs::folded)
                    ? "Value::constant_set" : "Value::set", values(x.elts(), s)));
            case Expr.ListComp x -> d.comprehensions.list(x);
            case Expr.SetComp x -> d.comprehensions.set(x);
            case Expr.DictComp x -> d.comprehensions.dict(x);
            case Expr.GeneratorExp x -> d.comprehensions.generator(x);
            case Expr.Await x -> d.unsupported(s, "`await`", "`await` is translated only where a coroutine function's rewrite can suspend at it");
            case Expr.Yield x -> d.unsupported(s, "`yield` (generator functions)", "return a list instead");
            case Expr.YieldFrom x -> d.unsupported(s, "`yield from` (generator functions)", "return a list instead");
            case Expr.Compare x -> compare(x, s);
            case Expr.Call x -> d.calls.call(x);
            case Expr.FormattedValue x -> R.call(s, "Value::Str", formatted(x));
            case Expr.JoinedStr x -> joined(x);
            case Expr.Constant x -> constant(x.value(), s);
            case Expr.Attribute x -> d.q(s, R.call(s, "getattr", borrow(x.value()), R.str(s, x.attr())));
            case Expr.Subscript x -> d.q(s, R.call(s, "getitem", borrow(x.value()), borrow(x.slice())));
            case Expr.Starred x -> d.unsupported(s, "a starred expression here", "unpack into a list first");
            case Expr.Name x -> DynVars.read(d, s, x.id());
            case Expr.List x -> R.call(s, "Value::list", values(x.elts(), s));
            case Expr.Tuple x -> R.call(s, "Value::tuple", values(x.elts(), s));
            case Expr.Slice x -> R.call(s, "Value::slice", opt(x.lower(), s), opt(x.upper(), s), opt(x.step(), s));
        };
    }

    /** Whether CPython's compiler folds {@code e} into a constant (then a set display is a frozenset constant). */
    static boolean folded(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != io.portalis.ingest.ast.UnaryOperator.Not && u.operand() instanceof Expr.Constant c
                    && !(c.value() instanceof io.portalis.ingest.ast.PyConstant.StrValue);
            case Expr.Tuple t -> t.elts().stream().allMatch(DynExprs::folded);
            default -> false;
        };
    }

    private RExpr opt(Expr e, Span s) {
        return e == null ? R.none(s) : expr(e);
    }

    /** {@code &value}, without a clone for plain local variables. */
    RExpr borrow(Expr e) {
        if (e instanceof Expr.Name n) {
            return DynVars.borrow(d, e.span(), n.id());
        }
        return R.ref(e.span(), expr(e));
    }

    /** Python truthiness of {@code e} as a Rust {@code bool}, skipping the boxing where it can. */
    RExpr cond(Expr e) {
        Span s = e.span();
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            return R.not(s, cond(u.operand()));
        }
        if (e instanceof Expr.BoolOp b) {
            RExpr out = cond(b.values().get(0));
            for (int i = 1; i < b.values().size(); i++) {
                out = new RExpr.Binary(s, b.op() == BoolOperator.And ? "&&" : "||", out, cond(b.values().get(i)));
            }
            return out;
        }
        if (e instanceof Expr.Compare c && c.ops().size() == 1 && boolCompare(c.ops().get(0))) {
            return compareBool(c.ops().get(0), c.left(), c.comparators().get(0), s);
        }
        if (e instanceof Expr.Constant c && c.value() instanceof PyConstant.BoolValue v) {
            return R.lit(s, Boolean.toString(v.value()));
        }
        return d.q(s, R.call(s, "truthy", borrow(e)));
    }

    private static boolean boolCompare(CmpOperator op) {
        return op == CmpOperator.Is || op == CmpOperator.IsNot || op == CmpOperator.In || op == CmpOperator.NotIn;
    }

    private RExpr compareBool(CmpOperator op, Expr l, Expr r, Span s) {
        return switch (op) {
            case Is -> R.call(s, "is", borrow(l), borrow(r));
            case IsNot -> R.not(s, R.call(s, "is", borrow(l), borrow(r)));
            case In -> inCall(l, r, s);
            case NotIn -> R.not(s, inCall(l, r, s));
            default -> throw new IllegalStateException(op.toString());
        };
    }

    /** {@code x in c}: the left operand is evaluated first. */
    private RExpr inCall(Expr l, Expr r, Span s) {
        String t = d.temp("t");
        return R.block(s, List.of(R.let(s, t, expr(l))), d.q(s, R.call(s, "contains", borrow(r), R.ref(s, R.path(s, t)))));
    }

    private RExpr boolOp(BoolOperator op, List<Expr> values, Span s) {
        RExpr first = expr(values.get(0));
        if (values.size() == 1) {
            return first;
        }
        String t = d.temp("t");
        RExpr test = d.q(s, R.call(s, "truthy", R.ref(s, R.path(s, t))));
        RExpr rest = boolOp(op, values.subList(1, values.size()), s);
        RExpr pick = op == BoolOperator.And ? new RExpr.IfElse(s, test, rest, R.path(s, t))
                : new RExpr.IfElse(s, test, R.path(s, t), rest);
        return R.block(s, List.of(R.let(s, t, first)), pick);
    }

    private RExpr walrus(Expr.NamedExpr x, Span s) {
        String t = d.temp("t");
        String name = ((Expr.Name) x.target()).id();
        return R.block(s, List.of(R.let(s, t, expr(x.value())),
                DynVars.write(d, s, name, R.method(s, R.path(s, t), "clone"))), R.path(s, t));
    }

    static String binary(Operator op) {
        return switch (op) {
            case Add -> "add";
            case Sub -> "sub";
            case Mult -> "mul";
            case MatMult -> "matmul";
            case Div -> "truediv";
            case Mod -> "modulo";
            case Pow -> "pow";
            case LShift -> "lshift";
            case RShift -> "rshift";
            case BitOr -> "bitor";
            case BitXor -> "bitxor";
            case BitAnd -> "bitand";
            case FloorDiv -> "floordiv";
        };
    }

    static String inPlace(Operator op) {
        return switch (op) {
            case Mod -> "imod";
            case BitOr -> "ior";
            case BitXor -> "ixor";
            case BitAnd -> "iand";
            default -> "i" + binary(op);
        };
    }

    private RExpr unary(Expr.UnaryOp x, Span s) {
        if (x.op() == UnaryOperator.USub && x.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof PyConstant.IntValue i) {
                return intValue(i.value().negate(), s);
            }
            if (c.value() instanceof PyConstant.FloatValue f) {
                return floatValue(-f.value(), s);
            }
        }
        String fn = switch (x.op()) {
            case Not -> "not_";
            case USub -> "neg";
            case UAdd -> "pos";
            case Invert -> "invert";
        };
        return d.q(s, R.call(s, fn, borrow(x.operand())));
    }

    private RExpr compare(Expr.Compare x, Span s) {
        if (x.ops().size() == 1) {
            return compareOne(x.ops().get(0), x.left(), x.comparators().get(0), s);
        }
        // a < b < c: each middle operand once; stop at the first false comparison.
        List<RStmt> stmts = new ArrayList<>();
        String left = d.temp("t");
        stmts.add(R.let(s, left, expr(x.left())));
        return R.block(s, stmts, chain(x, 0, left, s));
    }

    private RExpr chain(Expr.Compare x, int i, String left, Span s) {
        Expr right = x.comparators().get(i);
        if (i == x.ops().size() - 1) {
            return compareOne(x.ops().get(i), R.ref(s, R.path(s, left)), right, s);
        }
        String r = d.temp("t");
        String res = d.temp("t");
        RExpr rv = R.path(s, r);
        RExpr cmp = compareValues(x.ops().get(i), R.ref(s, R.path(s, left)), R.ref(s, rv), s);
        RExpr test = d.q(s, R.call(s, "truthy", R.ref(s, R.path(s, res))));
        return R.block(s, List.of(R.let(s, r, expr(right)), R.let(s, res, cmp)),
                new RExpr.IfElse(s, R.not(s, test), R.path(s, res), chain(x, i + 1, r, s)));
    }

    private RExpr compareOne(CmpOperator op, RExpr left, Expr right, Span s) {
        return compareValues(op, left, borrow(right), s);
    }

    private RExpr compareOne(CmpOperator op, Expr left, Expr right, Span s) {
        if (boolCompare(op)) {
            return R.call(s, "Value::Bool", compareBool(op, left, right, s));
        }
        return compareValues(op, borrow(left), borrow(right), s);
    }

    private RExpr compareValues(CmpOperator op, RExpr l, RExpr r, Span s) {
        return switch (op) {
            case Eq -> d.q(s, R.call(s, "eq", l, r));
            case NotEq -> d.q(s, R.call(s, "ne", l, r));
            case Lt -> d.q(s, R.call(s, "lt", l, r));
            case LtE -> d.q(s, R.call(s, "le", l, r));
            case Gt -> d.q(s, R.call(s, "gt", l, r));
            case GtE -> d.q(s, R.call(s, "ge", l, r));
            case Is -> R.call(s, "Value::Bool", R.call(s, "is", l, r));
            case IsNot -> R.call(s, "Value::Bool", R.not(s, R.call(s, "is", l, r)));
            case In -> R.call(s, "Value::Bool", d.q(s, R.call(s, "contains", r, l)));
            case NotIn -> R.call(s, "Value::Bool", R.not(s, d.q(s, R.call(s, "contains", r, l))));
        };
    }

    private RExpr dict(Expr.Dict x, Span s) {
        boolean spread = x.keys().stream().anyMatch(k -> k == null);
        if (!spread) {
            List<RExpr> pairs = new ArrayList<>();
            for (int i = 0; i < x.keys().size(); i++) {
                pairs.add(new RExpr.Tuple(s, List.of(expr(x.keys().get(i)), expr(x.values().get(i)))));
            }
            return d.q(s, R.call(s, "Value::dict", R.vec(s, pairs)));
        }
        String t = d.temp("t");
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(R.let(s, t, d.q(s, R.call(s, "Value::dict", R.vec(s, List.of())))));
        for (int i = 0; i < x.keys().size(); i++) {
            Expr k = x.keys().get(i);
            RExpr v = expr(x.values().get(i));
            stmts.add(R.stmt(s, k == null
                    ? d.q(s, R.call(s, "call_method", R.ref(s, R.path(s, t)), R.str(s, "update"), R.vec(s, List.of(v)),
                            R.vec(s, List.of())))
                    : d.q(s, R.call(s, "setitem", R.ref(s, R.path(s, t)), expr(k), v))));
        }
        return R.block(s, stmts, R.path(s, t));
    }

    /** A {@code Vec<Value>} of the items, expanding {@code *starred} ones in place. */
    RExpr values(List<Expr> items, Span s) {
        if (items.stream().noneMatch(i -> i instanceof Expr.Starred)) {
            return R.vec(s, items.stream().map(this::expr).toList());
        }
        String v = d.temp("v");
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(s, v, true, new io.portalis.transpiler.rust.RType.Named("Vec",
                List.of(new io.portalis.transpiler.rust.RType.Named("Value", List.of()))), R.call(s, "Vec::new")));
        for (Expr item : items) {
            if (item instanceof Expr.Starred st) {
                stmts.add(R.stmt(s, R.method(s, R.path(s, v), "extend",
                        d.q(s, R.call(s, "pyrt::value::iterate::collect", borrow(st.value()))))));
            } else {
                stmts.add(R.stmt(s, R.method(s, R.path(s, v), "push", expr(item))));
            }
        }
        return R.block(s, stmts, R.path(s, v));
    }

    RExpr constant(PyConstant c, Span s) {
        return switch (c) {
            case PyConstant.NoneValue n -> R.none(s);
            case PyConstant.BoolValue b -> R.path(s, b.value() ? "Value::TRUE" : "Value::FALSE");
            case PyConstant.EllipsisValue e -> R.path(s, "Value::Ellipsis");
            case PyConstant.IntValue i -> intValue(i.value(), s);
            case PyConstant.FloatValue f -> floatValue(f.value(), s);
            case PyConstant.ComplexValue x -> R.call(s, "Value::Complex", R.lit(s, "0.0f64"), R.lit(s, floatToken(x.imag())));
            case PyConstant.StrValue v -> R.vstr(s, v.value());
            case PyConstant.BytesValue b -> bytes(b.value(), s);
        };
    }

    private static RExpr intValue(BigInteger v, Span s) {
        if (v.bitLength() < 64) {
            return R.call(s, "Value::int", R.lit(s, v.longValue() == Long.MIN_VALUE ? "i64::MIN" : v.toString()));
        }
        RExpr big = R.call(s, "Value::big", R.str(s, v.abs().toString()));
        return v.signum() < 0 ? R.method(s, R.call(s, "neg", R.ref(s, big)), "unwrap") : big;
    }

    private static RExpr floatValue(double v, Span s) {
        return R.call(s, "Value::float", R.lit(s, floatToken(v)));
    }

    /** A Rust {@code f64} expression for {@code v}, exactly. */
    private static String floatToken(double v) {
        String token;
        if (Double.isNaN(v)) {
            token = "f64::NAN";
        } else if (Double.isInfinite(v)) {
            token = v > 0 ? "f64::INFINITY" : "f64::NEG_INFINITY";
        } else {
            token = Double.toString(v).replace("E", "e") + "f64";
            if (token.startsWith("-")) {
                token = "(" + token + ")";
            }
        }
        return token;
    }

    private static RExpr bytes(byte[] value, Span s) {
        List<RExpr> items = new ArrayList<>();
        for (byte b : value) {
            items.add(R.lit(s, Integer.toString(b & 0xff) + "u8"));
        }
        return R.call(s, "Value::Bytes", R.call(s, "std::rc::Rc::new", R.vec(s, items)));
    }

    /** An f-string: its pieces as {@code Str}s joined into one value. */
    RExpr joined(Expr.JoinedStr x) {
        Span s = x.span();
        List<RExpr> parts = new ArrayList<>();
        for (Expr v : x.values()) {
            if (v instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue str) {
                parts.add(R.call(s, "Str::from", R.str(s, str.value())));
            } else if (v instanceof Expr.FormattedValue f) {
                parts.add(formatted(f));
            } else {
                parts.add(d.q(s, R.call(s, "str_of", borrow(v))));
            }
        }
        return R.call(s, "join_strs", R.vec(s, parts));
    }

    /** One replacement field {@code {value!conv:spec}} as a {@code Str}. */
    private RExpr formatted(Expr.FormattedValue f) {
        Span s = f.span();
        RExpr value = expr(f.value());
        value = switch (f.conversion()) {
            case 'r' -> R.call(s, "Value::Str", d.q(s, R.call(s, "repr_of", R.ref(s, value))));
            case 's' -> R.call(s, "Value::Str", d.q(s, R.call(s, "str_of", R.ref(s, value))));
            case 'a' -> d.q(s, R.call(s, "b::ascii", R.vec(s, List.of(value)), R.vec(s, List.of())));
            default -> value;
        };
        RExpr spec;
        if (f.formatSpec() == null) {
            spec = R.str(s, "");
        } else if (f.formatSpec() instanceof Expr.JoinedStr js && js.values().stream()
                .allMatch(v -> v instanceof Expr.Constant)) {
            StringBuilder b = new StringBuilder();
            js.values().forEach(v -> b.append(((PyConstant.StrValue) ((Expr.Constant) v).value()).value()));
            spec = R.str(s, b.toString());
        } else {
            spec = R.method(s, d.q(s, R.call(s, "str_of", R.ref(s, expr(f.formatSpec())))), "as_str");
        }
        return d.q(s, R.call(s, "format_value", R.ref(s, value), spec));
    }
}
