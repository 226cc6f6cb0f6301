package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.List;

/** Types calls of the supported built-in functions and checks their arguments. */
final class BuiltinCalls {
    private final PassState state;
    private final ExprInference exprs;

    BuiltinCalls(PassState state, ExprInference exprs) {
        this.state = state;
        this.exprs = exprs;
    }

    PyType infer(Expr.Call call, String name) {
        if (name.equals("print")) {
            return print(call);
        }
        if (java.util.Set.of("sorted", "min", "max", "sum", "list").contains(name)) {
            call.args().forEach(state.consumedAtOnce::add);
        }
        if (name.equals("sorted") && call.args().size() == 1 && keyword(call, "key") != null) {
            return sortedByKey(call);
        }
        if (!call.keywords().isEmpty() && !(name.equals("sorted") && reverseKeyword(call, exprs))) {
            return exprs.unsupported(call, "keyword arguments to `" + name + "`", "pass arguments by position");
        }
        if (name.equals("list") && call.keywords().isEmpty() && call.args().size() == 1) {
            return listOf(call.args().get(0));
        }
        if (name.equals("range")) {
            return exprs.unsupported(call, "`range` outside a `for` statement", "iterate it directly: for i in range(n)");
        }
        List<PyType> args = call.args().stream().map(exprs::value).toList();
        if (args.contains(null)) {
            return null;
        }
        PyType result = resultOf(name, args);
        if (result == null) {
            String sig = String.join(", ", args.stream().map(PyType::display).toList());
            return exprs.unsupported(call, "the call `" + name + "(" + sig + ")`",
                    "see the supported built-ins in the documentation of PTL0002");
        }
        return result;
    }

    /** {@code list(range(...))}, {@code list(xs)} (a copy) and {@code list(s)} (its characters). */
    private PyType listOf(Expr arg) {
        if (arg instanceof Expr.Call r && r.func() instanceof Expr.Name n && n.id().equals("range")
                && !exprs.scope().locals.contains("range") && !state.functions.containsKey("range")
                && r.keywords().isEmpty() && !r.args().isEmpty() && r.args().size() <= 3) {
            boolean ok = true;
            for (Expr a : r.args()) {
                PyType t = exprs.value(a);
                if (t != null && !(t instanceof PyType.Int || t instanceof PyType.Bool)) {
                    state.problems.typeMix(a.span(), "range() takes ints, not `" + t.display() + "`", "pass an int");
                }
                ok &= t instanceof PyType.Int || t instanceof PyType.Bool;
            }
            state.callTargets.put(r, new io.portalis.analysis.scope.CallTarget.Builtin("range"));
            state.exprTypes.put(r, PyType.listOf(PyType.INT));
            return ok ? PyType.listOf(PyType.INT) : null;
        }
        PyType t = exprs.value(arg);
        return switch (t) {
            case null -> null;
            case PyType.ListOf l -> l;
            case PyType.Str s -> PyType.listOf(PyType.STR);
            default -> exprs.unsupported(arg, "list() of a `" + t.display() + "`", "pass a range, a list or a str");
        };
    }

    private static Expr keyword(Expr.Call call, String name) {
        return call.keywords().stream().filter(k -> name.equals(k.arg())).map(Keyword::value).findFirst().orElse(null);
    }

    /**
     * {@code sorted(xs, key=lambda x: ..., reverse=b)}: the lambda is typed with its parameter bound
     * to the element type; its result must be a key CPython orders (no floats inside tuples).
     */
    private PyType sortedByKey(Expr.Call call) {
        for (Keyword k : call.keywords()) {
            boolean known = "key".equals(k.arg()) || "reverse".equals(k.arg()) && exprs.value(k.value()) instanceof PyType.Bool;
            if (!known) {
                return exprs.unsupported(k.value(), "this argument of sorted", "pass key=lambda x: ... and reverse=True/False");
            }
        }
        PyType seq = exprs.value(call.args().get(0));
        if (seq == null) {
            return null;
        }
        if (!(seq instanceof PyType.ListOf l) || !(keyword(call, "key") instanceof Expr.Lambda lambda)
                || lambda.args().args().size() != 1 || !lambda.args().defaults().isEmpty()
                || !lambda.args().kwonlyargs().isEmpty() || lambda.args().vararg() != null
                || lambda.args().kwarg() != null || !lambda.args().posonlyargs().isEmpty()) {
            return exprs.unsupported(call, "this sorted(..., key=...)", "sort a list with key=lambda x: <expression>");
        }
        String param = lambda.args().args().get(0).arg();
        exprs.pushNames(new java.util.HashMap<>(java.util.Map.of(param, l.element())));
        PyType key;
        try {
            key = exprs.value(lambda.body());
        } finally {
            exprs.popNames();
        }
        if (key == null) {
            return null;
        }
        if (!Methods.sortable(key)) {
            return exprs.unsupported(lambda.body(), "sorting by a `" + key.display() + "` key",
                    "use int, str or tuple keys");
        }
        state.record(lambda, key);
        return seq;
    }

    /** Whether the call's only keyword is {@code reverse=} with a bool, as sort/sorted take it. */
    static boolean reverseKeyword(Expr.Call call, ExprInference exprs) {
        if (call.keywords().size() != 1 || !"reverse".equals(call.keywords().get(0).arg())) {
            return false;
        }
        return exprs.value(call.keywords().get(0).value()) instanceof PyType.Bool;
    }

    private PyType print(Expr.Call call) {
        boolean ok = true;
        for (Expr arg : call.args()) {
            ok &= exprs.value(arg) != null;
        }
        for (Keyword k : call.keywords()) {
            boolean known = "sep".equals(k.arg()) || "end".equals(k.arg());
            PyType t = exprs.value(k.value());
            if (!known || t == null || !(t instanceof PyType.Str || t instanceof PyType.NoneType)) {
                exprs.unsupported(k.value(), "this argument of print",
                        "pass sep= and end= as str or None; file= and flush= are not available");
                ok = false;
            }
        }
        return ok ? PyType.NONE : null;
    }

    /** The result type of built-in {@code name} applied to {@code args}, or null if unsupported. */
    static PyType resultOf(String name, List<PyType> args) {
        int n = args.size();
        PyType first = n > 0 ? args.get(0) : null;
        return switch (name) {
            case "len" -> n == 1 && (first instanceof PyType.Str || first instanceof PyType.ListOf
                    || first instanceof PyType.TupleOf || first instanceof PyType.DictOf) ? PyType.INT : null;
            case "repr" -> n == 1 && first.equals(PyType.EXCEPTION) ? null : n == 1 ? PyType.STR : null;
            case "str" -> n == 1 ? PyType.STR : n == 0 && name.equals("str") ? PyType.STR : null;
            case "int" -> n == 1 && (first.isNumeric() || first instanceof PyType.Str) ? PyType.INT
                    : n == 0 ? PyType.INT : null;
            case "float" -> n == 1 && (first.isNumeric() || first instanceof PyType.Str) ? PyType.FLOAT
                    : n == 0 ? PyType.FLOAT : null;
            case "bool" -> n <= 1 ? PyType.BOOL : null;
            case "abs" -> n == 1 && first.isNumeric() ? (first instanceof PyType.Float ? PyType.FLOAT : PyType.INT)
                    : null;
            case "round" -> !(n == 1 || n == 2 && isIntLike(args.get(1))) ? null
                    : first instanceof PyType.Float ? (n == 1 ? PyType.INT : PyType.FLOAT)
                    : isIntLike(first) ? PyType.INT : null;
            case "ord" -> n == 1 && first instanceof PyType.Str ? PyType.INT : null;
            case "chr" -> n == 1 && (first instanceof PyType.Int || first instanceof PyType.Bool) ? PyType.STR : null;
            case "min", "max" -> minMax(args);
            case "sorted" -> n == 1 && first instanceof PyType.ListOf l && Methods.sortable(l.element()) ? first
                    : n == 1 && first instanceof PyType.Str ? PyType.listOf(PyType.STR) : null;
            case "sum" -> n == 1 && first instanceof PyType.ListOf l
                    && (l.element() instanceof PyType.Int || l.element() instanceof PyType.Float)
                    ? l.element() : null;
            default -> null;
        };
    }

    private static boolean isIntLike(PyType t) {
        return t instanceof PyType.Int || t instanceof PyType.Bool;
    }

    private static PyType minMax(List<PyType> args) {
        if (args.size() == 1) {
            return args.get(0) instanceof PyType.ListOf l && orderable(l.element()) ? l.element() : null;
        }
        if (args.size() < 2) {
            return null;
        }
        PyType first = args.get(0);
        boolean same = args.stream().allMatch(first::equals);
        return same && orderable(first) ? first : null;
    }

    private static boolean orderable(PyType t) {
        return t instanceof PyType.Int || t instanceof PyType.Float || t instanceof PyType.Str
                || t instanceof PyType.Bool;
    }
}
