package io.portalis.transpiler.lower;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import java.util.ArrayList;
import java.util.List;

/** Calls: module functions (which return {@code PyResult}), built-ins and str/list methods. */
final class CallLowering {
    private final ExprLowering ex;

    CallLowering(ExprLowering ex) {
        this.ex = ex;
    }

    RExpr call(Expr.Call c) {
        CallTarget target = ex.cx.facts.callTarget(c)
                .orElseThrow(() -> new LowerContext.LoweringFailed(c, "call target was not resolved"));
        return switch (target) {
            case CallTarget.UserFunction f -> user(c, ex.cx.facts.functions().get(f.name()));
            case CallTarget.Builtin b -> builtin(c, b.name());
            case CallTarget.Method m -> method(c, (Expr.Attribute) c.func(), m);
            case CallTarget.ModuleFunction f -> moduleFunction(c, f);
        };
    }

    /** {@code math.f(x)}: one pyrt function per math function, arguments converted to float. */
    private RExpr moduleFunction(Expr.Call c, CallTarget.ModuleFunction f) {
        String fn = "pyrt::" + f.module() + "::" + f.name();
        RExpr[] args = c.args().stream().map(ex::floatValue).toArray(RExpr[]::new);
        return io.portalis.analysis.infer.MathModule.raises(f.name()) ? Rx.tryCall(c.span(), fn, args)
                : Rx.call(c.span(), fn, args);
    }

    private RExpr user(Expr.Call c, FunctionInfo fn) {
        List<RExpr> args = new ArrayList<>();
        for (int i = 0; i < fn.params().size(); i++) {
            FunctionInfo.Param p = fn.params().get(i);
            Expr given = i < c.args().size() ? c.args().get(i) : keyword(c, p.name());
            args.add(ex.owned(given != null ? given : p.defaultValue()));
        }
        if (!c.keywords().isEmpty() && !keywordsInOrder(c, fn)) {
            throw new LowerContext.LoweringFailed(c, "keyword arguments out of parameter order");
        }
        return new RExpr.Try(c.span(), new RExpr.Call(c.span(), Rx.path(c.span(), RustNames.of(fn.name())), args));
    }

    private static Expr keyword(Expr.Call c, String name) {
        return c.keywords().stream().filter(k -> name.equals(k.arg())).map(Keyword::value).findFirst().orElse(null);
    }

    /** Arguments are evaluated in call order; passing them in parameter order must not reorder them. */
    private static boolean keywordsInOrder(Expr.Call c, FunctionInfo fn) {
        int last = -1;
        for (Keyword k : c.keywords()) {
            int i = 0;
            while (!fn.params().get(i).name().equals(k.arg())) {
                i++;
            }
            if (i < last && !ExprLowering.isPure(k.value())) {
                return false;
            }
            last = i;
        }
        return true;
    }

    private RExpr builtin(Expr.Call c, String name) {
        Span s = c.span();
        List<Expr> args = c.args();
        if (name.equals("print")) {
            return print(c);
        }
        Expr a = args.isEmpty() ? null : args.get(0);
        PyType t = a == null ? null : ex.type(a);
        return switch (name) {
            case "len" -> t instanceof PyType.TupleOf tu ? tupleLen(a, tu, s) : Rx.method(s, ex.place(a), "len");
            case "str" -> a == null ? Rx.call(s, "Str::from", Rx.str(s, "")) : Rx.tryCall(s, "pyrt::obj::to_str", ex.borrowed(a));
            case "repr" -> Rx.tryCall(s, "pyrt::obj::to_repr", ex.borrowed(a));
            case "bool" -> a == null ? Rx.lit(s, "false") : ex.truth(a);
            case "int" -> a == null ? Rx.smallInt(s, 0) : toInt(a, t, s);
            case "float" -> a == null ? Rx.lit(s, "0.0_f64") : toFloat(a, t, s);
            case "abs" -> t instanceof PyType.Float ? Rx.method(s, ex.owned(a), "abs")
                    : Rx.method(s, ex.intPlace(a), "abs");
            case "min", "max" -> minMax(c, name);
            case "list" -> listCall(a, s);
            case "sum" -> ex.type(c) instanceof PyType.Float
                    ? Rx.tryCall(s, "pyrt::builtins::sum_floats", ex.borrowed(a))
                    : Rx.call(s, "pyrt::builtins::sum_ints", ex.borrowed(a));
            case "sorted" -> keyword(c, "key") != null ? sortedByKey(c)
                    : t instanceof PyType.Str
                    ? Rx.tryMethod(s, Rx.call(s, "List::from_vec", Rx.method(s, Rx.method(s, ex.place(a), "chars"),
                            "collect")), "sorted", reverseFlag(c))
                    : Rx.tryMethod(s, ex.place(a), "sorted", reverseFlag(c));
            default -> throw new LowerContext.LoweringFailed(c, "built-in `" + name + "` is not translated here");
        };
    }

    /**
     * {@code sorted(xs, key=lambda x: body)}: a closure computing each key once; the lambda's
     * parameter is a copy of the element, bound like a comprehension variable.
     */
    private RExpr sortedByKey(Expr.Call c) {
        Span s = c.span();
        Expr.Lambda lambda = (Expr.Lambda) keyword(c, "key");
        String param = lambda.args().args().get(0).arg();
        String arg = ex.cx.freshTemp();
        ex.cx.comprehensionNames.push(java.util.Set.of(param));
        RExpr body;
        try {
            body = ex.owned(lambda.body());
        } finally {
            ex.cx.comprehensionNames.pop();
        }
        List<io.portalis.transpiler.rust.RStmt> stmts = List.of(
                new io.portalis.transpiler.rust.RStmt.Let(s, RustNames.of(param), false, null,
                        Rx.method(s, Rx.path(s, arg), "clone")),
                new io.portalis.transpiler.rust.RStmt.Return(s, Rx.call(s, "Ok::<_, PyErr>", body)));
        RExpr closure = new RExpr.Closure(s, "|" + arg + "|", stmts);
        return Rx.tryMethod(s, ex.place(c.args().get(0)), "sorted_by_key", reverseFlag(c), closure);
    }

    /** {@code list(range(..))}, {@code list(xs)}, {@code list(s)}: a new list. */
    private RExpr listCall(Expr a, Span s) {
        if (a instanceof Expr.Call r && ex.cx.facts.callTarget(r).orElse(null) instanceof CallTarget.Builtin b
                && b.name().equals("range")) {
            return Rx.call(s, "List::from_vec", Rx.method(s, ex.stmts.iterable(a), "collect"));
        }
        if (ex.type(a) instanceof PyType.Str) {
            return Rx.call(s, "List::from_vec", Rx.method(s, Rx.method(s, ex.place(a), "chars"), "collect"));
        }
        return Rx.call(s, "List::from_vec", Rx.method(s, ex.place(a), "to_vec"));
    }

    private RExpr toInt(Expr a, PyType t, Span s) {
        return switch (t) {
            case PyType.Int i -> ex.owned(a);
            case PyType.Bool b -> Rx.call(s, "Int::from", ex.owned(a));
            case PyType.Float f -> Rx.tryCall(s, "pyrt::builtins::int_from_float", ex.owned(a));
            case PyType.Str str -> Rx.tryCall(s, "pyrt::builtins::int_from_str", ex.borrowed(a));
            default -> throw new LowerContext.LoweringFailed(a, "int() of " + t.display());
        };
    }

    private RExpr toFloat(Expr a, PyType t, Span s) {
        return switch (t) {
            case PyType.Str str -> Rx.tryCall(s, "pyrt::builtins::float_from_str", ex.borrowed(a));
            default -> ex.floatValue(a);
        };
    }

    private RExpr minMax(Expr.Call c, String name) {
        Span s = c.span();
        if (c.args().size() == 1) {
            return Rx.tryCall(s, "pyrt::builtins::" + name + "_list", ex.borrowed(c.args().get(0)));
        }
        List<RExpr> items = c.args().stream().map(ex::owned).toList();
        return Rx.call(s, "pyrt::builtins::" + name + "_of", Rx.ref(s, new RExpr.Array(s, items)));
    }

    private RExpr print(Expr.Call c) {
        Span s = c.span();
        List<RExpr> items = c.args().stream().map(ex::borrowed).toList();
        return Rx.tryCall(s, "pyrt::print", Rx.ref(s, new RExpr.Array(s, items)),
                printOption(c, "sep", " "), printOption(c, "end", "\n"));
    }

    private RExpr printOption(Expr.Call c, String name, String dflt) {
        Expr value = keyword(c, name);
        if (value == null || value instanceof Expr.Constant k && k.value() instanceof PyConstant.NoneValue) {
            return Rx.str(c.span(), dflt);
        }
        if (value instanceof Expr.Constant k && k.value() instanceof PyConstant.StrValue v) {
            return Rx.str(value.span(), v.value());
        }
        if (ex.type(value) instanceof PyType.Str) {
            return Rx.method(value.span(), ex.place(value), "as_str");
        }
        throw new LowerContext.LoweringFailed(value, "print option of a type that is not str");
    }

    private RExpr method(Expr.Call c, Expr.Attribute attr, CallTarget.Method m) {
        Span s = c.span();
        RExpr receiver = ex.place(attr.value());
        List<Expr> args = c.args();
        return switch (m.receiver()) {
            case PyType.Str str -> strMethod(s, receiver, m.name(), args);
            case PyType.ListOf l -> switch (m.name()) {
                case "append" -> Rx.method(s, receiver, "append", ex.owned(args.get(0)));
                case "extend" -> Rx.method(s, receiver, "extend", ex.borrowed(args.get(0)));
                case "pop" -> Rx.tryMethod(s, receiver, "pop");
                case "sort" -> Rx.tryMethod(s, receiver, "sort", reverseFlag(c));
                case "reverse" -> Rx.method(s, receiver, "reverse");
                case "index", "remove" -> Rx.tryMethod(s, receiver, m.name(), ex.borrowed(args.get(0)));
                case "count" -> Rx.method(s, receiver, "count", ex.borrowed(args.get(0)));
                case "insert" -> Rx.method(s, receiver, "insert", Rx.ref(s, ex.intPlace(args.get(0))),
                        ex.owned(args.get(1)));
                default -> throw new LowerContext.LoweringFailed(c, "list method " + m.name());
            };
            case PyType.DictOf d -> switch (m.name()) {
                case "get" -> Rx.method(s, receiver, "get_or", ex.borrowed(args.get(0)), ex.owned(args.get(1)));
                case "pop" -> args.size() == 1 ? Rx.tryMethod(s, receiver, "pop", ex.borrowed(args.get(0)))
                        : Rx.method(s, receiver, "pop_or", ex.borrowed(args.get(0)), ex.owned(args.get(1)));
                case "setdefault" -> Rx.method(s, receiver, "setdefault", ex.owned(args.get(0)), ex.owned(args.get(1)));
                case "keys", "values", "items" -> Rx.method(s, receiver, m.name() + "_list");
                default -> throw new LowerContext.LoweringFailed(c, "dict method " + m.name());
            };
            default -> throw new LowerContext.LoweringFailed(c, "method of " + m.receiver().display());
        };
    }

    private RExpr strMethod(Span s, RExpr receiver, String name, List<Expr> args) {
        List<RExpr> refs = args.stream().map(ex::borrowed).toList();
        return switch (name) {
            case "strip" -> refs.isEmpty() ? Rx.method(s, receiver, "strip")
                    : Rx.method(s, receiver, "strip_chars", refs.get(0));
            case "split" -> refs.isEmpty() ? Rx.method(s, receiver, "split_whitespace")
                    : Rx.tryMethod(s, receiver, "split", refs.get(0));
            default -> new RExpr.MethodCall(s, receiver, name, refs);
        };
    }

    /** The {@code reverse=} flag of sort/sorted as a Rust bool ({@code false} when absent). */
    private RExpr reverseFlag(Expr.Call c) {
        Expr value = keyword(c, "reverse");
        return value == null ? Rx.lit(c.span(), "false") : ex.owned(value);
    }

    /** A tuple's length is its type's; the argument is still evaluated for its effects. */
    private RExpr tupleLen(Expr a, PyType.TupleOf t, Span s) {
        RExpr n = Rx.smallInt(s, t.elements().size());
        if (ExprLowering.isPure(a)) {
            return n;
        }
        return new RExpr.Block(s, List.of(new io.portalis.transpiler.rust.RStmt.Let(s, "_", false, null, ex.owned(a))), n);
    }
}
