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
            case CallTarget.Constructor k -> constructor(c, k.className());
            case CallTarget.ClassMethod m -> classMethod(c, (Expr.Attribute) c.func(), m);
        };
    }

    /** The arguments of a call, in parameter order, each as the parameter's type wants it. */
    private List<RExpr> arguments(Expr.Call c, List<FunctionInfo.Param> params, String fn) {
        List<RExpr> args = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            FunctionInfo.Param p = params.get(i);
            Expr given = i < c.args().size() ? c.args().get(i) : keyword(c, p.name());
            args.add(ex.ownedAs(given != null ? given : p.defaultValue(), p.type()));
        }
        if (!c.keywords().isEmpty() && !keywordsInOrder(c, params)) {
            throw new LowerContext.LoweringFailed(c, "keyword arguments out of parameter order in a call of " + fn);
        }
        return args;
    }

    /** {@code C(args)}: the class's constructor, which runs the {@code __init__} it finds. */
    private RExpr constructor(Expr.Call c, String cls) {
        String struct = RustTypes.className(ex.cx.facts.root(cls));
        FunctionInfo init = ex.cx.facts.resolveMethod(cls, "__init__").orElse(null);
        List<RExpr> args = init == null ? List.of() : arguments(c, init.params().subList(1, init.params().size()), cls);
        return new RExpr.Try(c.span(), new RExpr.Call(c.span(), Rx.path(c.span(), struct + "::"
                + classes().implName(cls, "__new__")), args));
    }

    private ClassLowering classes() {
        return new ClassLowering(ex.cx.facts, null);
    }

    /**
     * {@code x.m(args)}: a static call of the implementation the static class finds, or of the
     * dispatcher when a subclass overrides it; {@code super().m(args)} passes the method's own
     * instance to the base class's implementation.
     */
    private RExpr classMethod(Expr.Call c, Expr.Attribute a, CallTarget.ClassMethod m) {
        Span s = c.span();
        var facts = ex.cx.facts;
        String struct = RustTypes.className(facts.root(m.className()));
        RExpr self;
        String fn;
        if (m.direct()) {
            self = Rx.path(s, RustNames.of(ex.cx.selfName));
            fn = classes().implName(m.className(), m.name());
        } else {
            self = Rx.ref(s, ex.object(a.value(), a.attr(), a.span()));
            java.util.Set<String> owners = new java.util.LinkedHashSet<>();
            for (String sub : facts.subtree(m.className())) {
                String owner = facts.methodOwner(sub, m.name());
                if (owner != null) {
                    owners.add(owner);
                }
            }
            fn = owners.size() == 1 ? classes().implName(owners.iterator().next(), m.name()) : RustNames.of(m.name());
        }
        FunctionInfo target = facts.resolveMethod(m.className(), m.name()).orElseThrow();
        List<RExpr> args = new ArrayList<>();
        args.add(self);
        args.addAll(arguments(c, target.params().subList(1, target.params().size()), m.name()));
        return new RExpr.Try(s, new RExpr.Call(s, Rx.path(s, struct + "::" + fn), args));
    }

    /**
     * {@code isinstance(x, C)}: whether the instance's class is C or derives from it; an instance of
     * another hierarchy, or None, is not.
     */
    private RExpr isinstance(Expr.Call c) {
        Span s = c.span();
        Expr x = c.args().get(0);
        Expr classes = c.args().get(1);
        List<String> names = (classes instanceof Expr.Tuple t ? t.elts() : List.of(classes)).stream()
                .map(e -> ((Expr.Name) e).id()).toList();
        PyType t = ex.type(x);
        PyType.Instance inst = t instanceof PyType.OptionalOf o ? o.inner() : t instanceof PyType.Instance i ? i : null;
        if (inst == null) {
            return new RExpr.Block(s, List.of(new io.portalis.transpiler.rust.RStmt.Let(s, "_", false, null,
                    ex.owned(x))), Rx.lit(s, "false"));
        }
        var facts = ex.cx.facts;
        String root = facts.root(inst.name());
        List<String> hits = new ArrayList<>();
        for (String n : names) {
            if (facts.root(n).equals(root)) {
                facts.subtree(n).stream().filter(h -> !hits.contains(h)).forEach(hits::add);
            }
        }
        String v = ex.cx.freshTemp();
        RExpr test;
        if (hits.isEmpty()) {
            test = Rx.lit(s, "false");
        } else if (facts.subtree(root).size() == 1) {
            test = Rx.lit(s, "true");
        } else {
            String tag = RustTypes.className(root) + "Class::";
            test = new RExpr.Macro(s, "matches", List.of(Rx.path(s, v + "." + ClassLowering.TAG),
                    Rx.lit(s, String.join(" | ", hits.stream().map(h -> tag + RustNames.of(h)).toList()))));
        }
        if (t instanceof PyType.OptionalOf) {
            RExpr closure = new RExpr.Closure(s, "|" + v + "|", List.of(new io.portalis.transpiler.rust.RStmt.Return(s,
                    test)));
            return Rx.method(s, Rx.method(s, ex.place(x), "as_ref"), "map_or", Rx.lit(s, "false"), closure);
        }
        return new RExpr.Block(s, List.of(new io.portalis.transpiler.rust.RStmt.Let(s, v, false, null,
                Rx.ref(s, ex.place(x)))), test);
    }

    /** {@code math.f(x)}: one pyrt function per math function, arguments converted to float. */
    private RExpr moduleFunction(Expr.Call c, CallTarget.ModuleFunction f) {
        String fn = "pyrt::" + f.module() + "::" + f.name();
        RExpr[] args = c.args().stream().map(ex::floatValue).toArray(RExpr[]::new);
        return io.portalis.analysis.infer.MathModule.raises(f.name()) ? Rx.tryCall(c.span(), fn, args)
                : Rx.call(c.span(), fn, args);
    }

    private RExpr user(Expr.Call c, FunctionInfo fn) {
        List<RExpr> args = arguments(c, fn.params(), fn.name());
        return new RExpr.Try(c.span(), new RExpr.Call(c.span(), Rx.path(c.span(), RustNames.of(fn.name())), args));
    }

    private static Expr keyword(Expr.Call c, String name) {
        return c.keywords().stream().filter(k -> name.equals(k.arg())).map(Keyword::value).findFirst().orElse(null);
    }

    /** Arguments are evaluated in call order; passing them in parameter order must not reorder them. */
    private static boolean keywordsInOrder(Expr.Call c, List<FunctionInfo.Param> params) {
        int last = -1;
        for (Keyword k : c.keywords()) {
            int i = 0;
            while (!params.get(i).name().equals(k.arg())) {
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
        if (name.equals("isinstance")) {
            return isinstance(c);
        }
        Expr a = args.isEmpty() ? null : args.get(0);
        PyType t = a == null ? null : ex.type(a);
        return switch (name) {
            case "len" -> t instanceof PyType.TupleOf tu ? tupleLen(a, tu, s) : Rx.method(s, ex.place(a), "len");
            case "str" -> a == null ? Rx.call(s, "Str::lit", Rx.str(s, "")) : Rx.tryCall(s, "pyrt::obj::to_str", ex.borrowed(a));
            case "repr" -> Rx.tryCall(s, "pyrt::obj::to_repr", ex.borrowed(a));
            case "bool" -> a == null ? Rx.lit(s, "false") : ex.truth(a);
            case "int" -> a == null ? Rx.smallInt(s, 0) : toInt(a, t, s);
            case "float" -> a == null ? Rx.lit(s, "0.0_f64") : toFloat(a, t, s);
            case "abs" -> t instanceof PyType.Float ? Rx.method(s, ex.owned(a), "abs")
                    : Rx.method(s, ex.intPlace(a), "abs");
            case "round" -> round(c, a, t, s);
            case "ord" -> Rx.tryCall(s, "pyrt::builtins::ord", ex.borrowed(a));
            case "chr" -> Rx.tryCall(s, "pyrt::builtins::chr", Rx.ref(s, ex.intPlace(a)));
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

    /** {@code round(x)} and {@code round(x, n)}: half to even, an int unless a float gets ndigits. */
    private RExpr round(Expr.Call c, Expr a, PyType t, Span s) {
        RExpr ndigits = c.args().size() == 2 ? ex.intPlace(c.args().get(1)) : null;
        if (t instanceof PyType.Float) {
            return ndigits == null ? Rx.tryCall(s, "pyrt::float::round_to_int", ex.owned(a))
                    : Rx.tryCall(s, "pyrt::builtins::round_float", ex.owned(a), Rx.ref(s, ndigits));
        }
        return Rx.tryCall(s, "pyrt::builtins::round_int", Rx.ref(s, ex.intPlace(a)),
                Rx.ref(s, ndigits == null ? Rx.smallInt(s, 0) : ndigits));
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
                case "append" -> Rx.method(s, receiver, "append", ex.ownedAs(args.get(0), l.element()));
                case "extend" -> Rx.method(s, receiver, "extend", ex.borrowed(args.get(0)));
                case "pop" -> args.isEmpty() ? Rx.tryMethod(s, receiver, "pop")
                        : Rx.tryMethod(s, receiver, "pop_at", Rx.ref(s, ex.intPlace(args.get(0))));
                case "sort" -> Rx.tryMethod(s, receiver, "sort", reverseFlag(c));
                case "reverse" -> Rx.method(s, receiver, "reverse");
                case "index", "remove" -> Rx.tryMethod(s, receiver, m.name(), ex.borrowed(args.get(0)));
                case "count" -> Rx.method(s, receiver, "count", ex.borrowed(args.get(0)));
                case "insert" -> Rx.tryMethod(s, receiver, "insert", Rx.ref(s, ex.intPlace(args.get(0))),
                        ex.ownedAs(args.get(1), l.element()));
                default -> throw new LowerContext.LoweringFailed(c, "list method " + m.name());
            };
            case PyType.DictOf d -> switch (m.name()) {
                case "get" -> Rx.method(s, receiver, "get_or", ex.borrowed(args.get(0)), ex.owned(args.get(1)));
                case "pop" -> args.size() == 1 ? Rx.tryMethod(s, receiver, "pop", ex.borrowed(args.get(0)))
                        : Rx.method(s, receiver, "pop_or", ex.borrowed(args.get(0)), ex.owned(args.get(1)));
                case "setdefault" -> isEmptyContainer(args.get(1))
                        // `d.setdefault(k, [])`: the empty list is made only when `k` is absent; a
                        // discarded empty container is invisible, so the hit costs no allocation.
                        ? Rx.method(s, receiver, "setdefault_empty", ex.owned(args.get(0)))
                        : Rx.method(s, receiver, "setdefault", ex.owned(args.get(0)), ex.owned(args.get(1)));
                case "keys", "values", "items" -> Rx.method(s, receiver, m.name() + "_list");
                default -> throw new LowerContext.LoweringFailed(c, "dict method " + m.name());
            };
            default -> throw new LowerContext.LoweringFailed(c, "method of " + m.receiver().display());
        };
    }

    /** An empty list or dict display, {@code []} or {@code {}}: evaluating it has no effect but a new object. */
    private static boolean isEmptyContainer(Expr e) {
        return (e instanceof Expr.List l && l.elts().isEmpty())
                || (e instanceof Expr.Dict d && d.keys().isEmpty());
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
