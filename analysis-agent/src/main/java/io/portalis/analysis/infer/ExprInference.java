package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.UnaryOperator;
import java.util.Optional;

/**
 * Types expressions bottom-up and records each type. A null result means the expression was
 * reported as untranslatable; callers stay quiet about it so one problem gives one diagnostic.
 */
final class ExprInference {
    private final PassState state;
    private final ScopeContext scope;
    private final CallInference calls;

    ExprInference(PassState state, ScopeContext scope) {
        this.state = state;
        this.scope = scope;
        this.calls = new CallInference(state, this);
    }

    ScopeContext scope() {
        return scope;
    }

    /** Types an expression whose value is used. A {@link PyType.Mixed} value is reported here. */
    PyType value(Expr e) {
        PyType t = infer(e);
        if (t instanceof PyType.Mixed) {
            state.problems.typeMix(e.span(), "the operands of this `and`/`or` have different types",
                    "give both operands the same type, or use the expression only as a condition");
            return null;
        }
        return t;
    }

    /** Types an expression used only for its truth value (conditions, `not`, `and`/`or` operands). */
    PyType test(Expr e) {
        return infer(e);
    }

    private PyType infer(Expr e) {
        return state.record(e, switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> binary(b);
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> Operators.compare(c, this, state.problems);
            case Expr.IfExp i -> ifExp(i);
            case Expr.List l -> listLiteral(l);
            case Expr.JoinedStr j -> FStrings.infer(j, this, state.problems);
            case Expr.FormattedValue f -> FStrings.field(f, this, state.problems);
            case Expr.Call c -> calls.infer(c);
            case Expr.Subscript s -> subscript(s);
            case Expr.Attribute a -> unsupported(a, "attribute access", "only methods of str and list are available");
            case Expr.Tuple t -> unsupported(t, "tuples", "use a list");
            case Expr.Dict d -> unsupported(d, "dict displays", "dicts arrive with the dynamic runtime");
            case Expr.Set s -> unsupported(s, "set displays", "sets arrive with the dynamic runtime");
            case Expr.ListComp l -> unsupported(l, "list comprehensions", "use a for loop with append");
            case Expr.SetComp s -> unsupported(s, "set comprehensions", "use a for loop");
            case Expr.DictComp d -> unsupported(d, "dict comprehensions", "use a for loop");
            case Expr.GeneratorExp g -> unsupported(g, "generator expressions", "use a for loop");
            case Expr.Lambda l -> unsupported(l, "lambda expressions", "define a function with def");
            case Expr.NamedExpr n -> unsupported(n, "assignment expressions (`:=`)", "assign in a statement");
            case Expr.Await a -> unsupported(a, "await", "remove async code");
            case Expr.Yield y -> unsupported(y, "generators (`yield`)", "return a list");
            case Expr.YieldFrom y -> unsupported(y, "generators (`yield from`)", "return a list");
            case Expr.Starred s -> unsupported(s, "starred expressions", "pass the elements one by one");
            case Expr.Slice s -> unsupported(s, "slices", "index element by element in a loop");
        });
    }

    /** Gives an empty list literal the type of the value it meets (see {@link PassState#refineEmptyList}). */
    void refine(Expr e, PyType target) {
        state.refineEmptyList(e, target);
    }

    PyType unsupported(Expr e, String what, String help) {
        state.problems.unsupported(e.span(), what, help);
        return null;
    }

    private PyType constant(Expr.Constant c) {
        return switch (c.value()) {
            case PyConstant.NoneValue n -> PyType.NONE;
            case PyConstant.BoolValue b -> PyType.BOOL;
            case PyConstant.IntValue i -> PyType.INT;
            case PyConstant.FloatValue f -> PyType.FLOAT;
            case PyConstant.StrValue s -> hasLoneSurrogate(s.value())
                    ? unsupported(c, "strings with lone surrogates", "use valid Unicode text")
                    : PyType.STR;
            case PyConstant.BytesValue b -> unsupported(c, "bytes literals", "use str");
            case PyConstant.ComplexValue x -> unsupported(c, "complex numbers", "use float");
            case PyConstant.EllipsisValue x -> unsupported(c, "`...`", "use None");
        };
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    private PyType name(Expr.Name n) {
        String id = n.id();
        if (scope.locals.contains(id)) {
            PyType t = scope.types.get(id);
            return t != null ? t : PyType.UNKNOWN;
        }
        if (scope.isFunction && state.module.locals.contains(id)) {
            // A global read: Python looks the module's variable up when the function runs.
            state.sharedGlobals.add(id);
            PyType t = state.module.types.get(id);
            return t != null ? t : PyType.UNKNOWN;
        }
        if (state.functions.containsKey(id) || Builtins.isBuiltin(id)) {
            return unsupported(n, "using the function `" + id + "` as a value", "call it directly");
        }
        if (Builtins.isDynamic(id)) {
            state.problems.dynamicFeature(n.span(), id);
            return null;
        }
        state.problems.undefinedName(n.span(), id);
        return null;
    }

    private PyType binary(Expr.BinOp b) {
        PyType left = value(b.left());
        PyType right = value(b.right());
        PyType result = Operators.binary(b, left, right, state.problems);
        if (result instanceof PyType.ListOf) {
            refine(b.left(), result);
            refine(b.right(), result);
        }
        return result;
    }

    private PyType unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.Not) {
            test(u.operand());
            return PyType.BOOL;
        }
        PyType t = value(u.operand());
        if (t == null) {
            return null;
        }
        if (t instanceof PyType.Float && u.op() != UnaryOperator.Invert) {
            return PyType.FLOAT;
        }
        if (t instanceof PyType.Int || t instanceof PyType.Bool) {
            return PyType.INT;
        }
        state.problems.typeMix(u.span(), "bad operand type for unary operator: `" + t.display() + "`",
                "apply it to an int or a float");
        return null;
    }

    private PyType boolOp(Expr.BoolOp b) {
        PyType common = null;
        boolean mixed = false;
        for (Expr operand : b.values()) {
            PyType t = test(operand);
            if (t == null) {
                return null;
            }
            Optional<PyType> j = TypeJoin.join(common, t);
            mixed |= j.isEmpty() || t instanceof PyType.Mixed;
            common = j.orElse(common);
        }
        return mixed ? PyType.MIXED : common;
    }

    private PyType ifExp(Expr.IfExp i) {
        test(i.test());
        PyType a = value(i.body());
        PyType b = value(i.orelse());
        if (a == null || b == null) {
            return null;
        }
        TypeJoin.join(a, b).ifPresent(t -> {
            refine(i.body(), t);
            refine(i.orelse(), t);
        });
        return TypeJoin.join(a, b).orElseGet(() -> {
            state.problems.typeMix(i.span(), "the branches of this conditional expression have types `"
                    + a.display() + "` and `" + b.display() + "`", "give both branches the same type");
            return null;
        });
    }

    private PyType listLiteral(Expr.List l) {
        PyType element = PyType.UNKNOWN;
        for (Expr item : l.elts()) {
            PyType t = value(item);
            if (t == null) {
                return null;
            }
            Optional<PyType> j = TypeJoin.join(element, t);
            if (j.isEmpty()) {
                state.problems.typeMix(item.span(), "this list mixes `" + element.display() + "` and `"
                        + t.display() + "` elements", "keep one element type per list");
                return null;
            }
            element = j.get();
        }
        for (Expr item : l.elts()) {
            refine(item, element);
        }
        return PyType.listOf(element);
    }

    /** {@code seq[lower:upper:step]} of a str or list: bounds are ints (or bools) or absent. */
    private PyType slice(Expr.Subscript s, Expr.Slice slice) {
        PyType container = value(s.value());
        boolean ok = container != null;
        for (Expr bound : java.util.Arrays.asList(slice.lower(), slice.upper(), slice.step())) {
            if (bound == null || bound instanceof Expr.Constant c && c.value() instanceof PyConstant.NoneValue) {
                continue;
            }
            PyType t = value(bound);
            if (t != null && !(t instanceof PyType.Int || t instanceof PyType.Bool)) {
                state.problems.typeMix(bound.span(), "slice indices must be integers or None, not `" + t.display() + "`",
                        "slice with ints");
                ok = false;
            }
            ok &= t != null;
        }
        if (!ok) {
            return null;
        }
        if (container instanceof PyType.Str || container instanceof PyType.ListOf) {
            return container;
        }
        state.problems.typeMix(s.span(), "`" + container.display() + "` cannot be sliced", "slice a str or a list");
        return null;
    }

    private PyType subscript(Expr.Subscript s) {
        if (s.slice() instanceof Expr.Slice slice) {
            return slice(s, slice);
        }
        PyType container = value(s.value());
        PyType index = value(s.slice());
        if (container == null || index == null) {
            return null;
        }
        if (!(index instanceof PyType.Int || index instanceof PyType.Bool)) {
            state.problems.typeMix(s.slice().span(), "indices must be integers, not `" + index.display() + "`",
                    "index with an int");
            return null;
        }
        return switch (container) {
            case PyType.Str str -> PyType.STR;
            case PyType.ListOf l -> l.element();
            default -> {
                state.problems.typeMix(s.span(), "`" + container.display() + "` cannot be indexed",
                        "index a str or a list");
                yield null;
            }
        };
    }
}
