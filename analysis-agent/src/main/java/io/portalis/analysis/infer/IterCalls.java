package io.portalis.analysis.infer;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The built-ins translated only as the iterable of a {@code for} loop: {@code enumerate(xs)},
 * {@code enumerate(xs, start)} and {@code zip(a, b[, c])}. Each gives a tuple per step.
 */
final class IterCalls {
    private final PassState state;
    private final ExprInference exprs;
    private final Function<Expr, PyType> elementOf;

    IterCalls(PassState state, ExprInference exprs, Function<Expr, PyType> elementOf) {
        this.state = state;
        this.exprs = exprs;
        this.elementOf = elementOf;
    }

    static boolean isIterBuiltin(String name) {
        return name.equals("enumerate") || name.equals("zip") || name.equals("reversed");
    }

    /** The element type of iterating the call, or null after reporting it. */
    PyType infer(Expr.Call c, String name) {
        state.callTargets.put(c, new CallTarget.Builtin(name));
        return switch (name) {
            case "enumerate" -> enumerate(c);
            case "zip" -> zip(c);
            default -> reversed(c);
        };
    }

    /** {@code reversed(xs)} of a list or str; CPython's list reverse iterator reads the list live. */
    private PyType reversed(Expr.Call c) {
        if (c.args().size() != 1 || !c.keywords().isEmpty()) {
            return badCall(c, "reversed");
        }
        PyType t = exprs.value(c.args().get(0));
        state.exprTypes.put(c, PyType.listOf(PyType.UNKNOWN));
        return switch (t) {
            case null -> null;
            case PyType.ListOf l -> l.element();
            case PyType.Str s -> PyType.STR;
            default -> badCall(c, "reversed");
        };
    }

    private PyType enumerate(Expr.Call c) {
        List<Expr> args = new ArrayList<>(c.args());
        for (Keyword k : c.keywords()) {
            if (!"start".equals(k.arg()) || args.size() != 1) {
                return badCall(c, "enumerate");
            }
            args.add(k.value());
        }
        if (args.isEmpty() || args.size() > 2) {
            return badCall(c, "enumerate");
        }
        PyType element = elementOf.apply(args.get(0));
        if (overDict(args.get(0))) {
            return null;
        }
        if (args.size() == 2) {
            PyType start = exprs.value(args.get(1));
            if (start != null && !(start instanceof PyType.Int || start instanceof PyType.Bool)) {
                state.problems.typeMix(args.get(1).span(), "enumerate() starts at an int, not `" + start.display() + "`",
                        "pass an int start");
                return null;
            }
            if (start == null) {
                return null;
            }
        }
        state.exprTypes.put(c, PyType.listOf(PyType.UNKNOWN));
        return element == null ? null : new PyType.TupleOf(List.of(PyType.INT, element));
    }

    private PyType zip(Expr.Call c) {
        if (c.args().size() < 2 || c.args().size() > 3 || !c.keywords().isEmpty()) {
            return badCall(c, "zip");
        }
        List<PyType> items = new ArrayList<>();
        boolean ok = true;
        for (Expr arg : c.args()) {
            PyType t = elementOf.apply(arg);
            ok &= t != null && !overDict(arg);
            items.add(t);
        }
        state.exprTypes.put(c, PyType.listOf(PyType.UNKNOWN));
        return ok ? new PyType.TupleOf(items) : null;
    }

    /** Dict iteration can raise (a dict changing size), which these wrappers do not carry. */
    private boolean overDict(Expr arg) {
        boolean dict = state.exprTypes.get(arg) instanceof PyType.DictOf
                || arg instanceof Expr.Call c && state.callTargets.get(c) instanceof CallTarget.Method m
                        && m.receiver() instanceof PyType.DictOf;
        if (dict) {
            state.problems.unsupported(arg.span(), "enumerate/zip over a dict", "loop over the dict directly");
        }
        return dict;
    }

    private PyType badCall(Expr.Call c, String name) {
        state.problems.unsupported(c.span(), "this call of " + name,
                switch (name) {
                    case "zip" -> "zip 2 or 3 lists, strs or ranges";
                    case "reversed" -> "reverse a list or a str";
                    default -> "pass an iterable and an optional int start";
                });
        return null;
    }
}
