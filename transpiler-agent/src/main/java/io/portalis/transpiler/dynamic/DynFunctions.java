package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code def} and {@code lambda} (Python reference 8.7, 6.14) as function values: a module-level
 * def also becomes a Rust function that direct calls use; nested ones are closures that share
 * captured variables through {@code Cell}s. Class bodies are in {@link DynClasses}.
 */
final class DynFunctions {
    private static final String HEAD = "move |args: Vec<Value>| -> PyResult<Value>";
    private final Dyn d;
    private final DynClasses classes;

    DynFunctions(Dyn d) {
        this.d = d;
        this.classes = new DynClasses(d);
    }

    List<RStmt> classDef(Stmt.ClassDef c) {
        return classes.classDef(c);
    }

    List<RStmt> def(Stmt.FunctionDef f) {
        Span s = f.span();
        List<RStmt> out = new ArrayList<>();
        List<String> decorators = new ArrayList<>();
        for (Expr dec : f.decoratorList()) {
            String t = d.temp("dec");
            out.add(R.let(dec.span(), t, d.exprs.expr(dec)));
            decorators.add(t);
        }
        if (containsYield(f.body())) {
            d.unsupported(s, "generator functions (`yield`)", "return a list instead");
            return out;
        }
        Scope scope = d.scopes.scopeOf(f);
        RExpr value = d.fn.scope().kind == Scope.Kind.MODULE
                ? moduleFunction(f, scope)
                : functionValue(s, f.name(), f.args(), scope, () -> d.stmts.block(f.body()));
        Expr.Dict annotations = annotations(f.args(), f.returns(), s);
        if (!annotations.keys().isEmpty()) {
            value = R.call(s, "with_annotations", value, d.exprs.expr(annotations));
        }
        String doc = docstring(f.body());
        if (doc != null) {
            value = R.call(s, "with_doc", value, R.str(s, doc));
        }
        for (int i = decorators.size() - 1; i >= 0; i--) {
            value = d.q(s, R.call(s, "call", R.ref(s, R.path(s, decorators.get(i))), R.vec(s, List.of(value)),
                    R.vec(s, List.of())));
        }
        out.add(DynVars.write(d, s, f.name(), value));
        return out;
    }

    /**
     * A def's {@code __annotations__}, evaluated where the def runs after its defaults, in
     * CPython's order (compiler_visit_annotations: positional, positional-only, {@code *args},
     * keyword-only, {@code **kwargs}, return).
     */
    private static Expr.Dict annotations(Arguments a, Expr returns, Span s) {
        List<Arg> order = new ArrayList<>(a.args());
        order.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            order.add(a.vararg());
        }
        order.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            order.add(a.kwarg());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Arg arg : order) {
            if (arg.annotation() != null) {
                keys.add(new Expr.Constant(arg.span(), new io.portalis.ingest.ast.PyConstant.StrValue(arg.arg()), null));
                values.add(arg.annotation());
            }
        }
        if (returns != null) {
            keys.add(new Expr.Constant(returns.span(), new io.portalis.ingest.ast.PyConstant.StrValue("return"), null));
            values.add(returns);
        }
        return new Expr.Dict(s, keys, values);
    }

    RExpr lambda(Expr.Lambda x) {
        Span s = x.span();
        Scope scope = d.scopes.scopeOf(x);
        return functionValue(s, "<lambda>", x.args(), scope,
                () -> List.of(new RStmt.Return(s, R.call(s, "Ok", d.exprs.expr(x.body())))));
    }

    private String qualname(String name) {
        StringBuilder b = new StringBuilder();
        d.qual.descendingIterator().forEachRemaining(b::append);
        return b + name;
    }

    /** The docstring a body starts with (Language Reference 8.7: a string literal as its first statement). */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof io.portalis.ingest.ast.PyConstant.StrValue str) {
            return str.value();
        }
        return null;
    }

    /** {@code Value::function(name, qualname, params, defaults, kwdefaults, closure)}. */
    private RExpr functionValue(Span s, String name, Arguments args, Scope scope, Supplier<List<RStmt>> body) {
        String qual = qualname(name);
        RExpr defaults = R.vec(s, args.defaults().stream().map(d.exprs::expr).toList());
        RExpr kwdefaults = kwdefaults(args, s);
        List<RStmt> captures = captures(scope, s);
        d.qual.push(name + ".<locals>.");
        List<RStmt> inner;
        try {
            inner = d.in(new FnCx(scope, false), () -> {
                List<RStmt> b = new ArrayList<>();
                b.add(new RStmt.Let(s, "_frame", false, null, new RExpr.Try(s, R.call(s, "enter"))));
                b.add(new RStmt.Let(s, "args", true, null, R.method(s, R.path(s, "args"), "into_iter")));
                for (Arg a : ScopeAnalysis.params(args)) {
                    b.add(param(scope, a, R.method(s, R.method(s, R.path(s, "args"), "next"), "unwrap")));
                }
                b.addAll(declare(scope, s));
                b.addAll(body.get());
                b.add(new RStmt.Return(null, R.call(null, "Ok", R.none(null))));
                return b;
            });
        } finally {
            d.qual.pop();
        }
        RExpr closure = new RExpr.Closure(s, HEAD, inner);
        RExpr function = inModule(s, R.call(s, "Value::function", R.str(s, name), R.str(s, qual), params(args, s),
                defaults, kwdefaults, closure));
        return captures.isEmpty() ? function : R.block(s, captures, function);
    }

    /** A module-level def: a Rust function, and a function value that calls it. */
    private RExpr moduleFunction(Stmt.FunctionDef f, Scope scope) {
        Span s = f.span();
        String rust = DynNames.function(f.name());
        for (int i = 2; !d.fnNames.add(rust); i++) {
            rust = DynNames.function(f.name()) + "_" + i;
        }
        List<Arg> params = ScopeAnalysis.params(f.args());
        d.qual.push(f.name() + ".<locals>.");
        List<RStmt> body;
        try {
            body = d.in(new FnCx(scope, false), () -> {
                List<RStmt> b = new ArrayList<>();
                b.add(new RStmt.Let(s, "_frame", false, null, new RExpr.Try(s, R.call(s, "enter"))));
                for (Arg a : params) {
                    String local = DynNames.local(a.arg());
                    if (!scope.isPlainParam(a.arg())) {
                        b.add(param(scope, a, R.path(s, local)));
                    }
                }
                b.addAll(declare(scope, s));
                b.addAll(d.stmts.block(f.body()));
                b.add(new RStmt.Return(null, R.call(null, "Ok", R.none(null))));
                return b;
            });
        } finally {
            d.qual.pop();
        }
        List<RItem.Param> rustParams = params.stream()
                .map(a -> new RItem.Param(DynNames.local(a.arg()), true, RType.named("Value"))).toList();
        d.items.add(new RItem.Fn(s, "Python `def " + f.name() + "`.", rust, rustParams,
                RType.named("PyResult", RType.named("Value")), body));
        List<RExpr> slots = params.stream()
                .map(a -> R.method(s, R.method(s, R.path(s, "args"), "next"), "unwrap")).toList();
        RExpr closure = new RExpr.Closure(s, HEAD, List.of(
                new RStmt.Let(s, "args", true, null, R.method(s, R.path(s, "args"), "into_iter")),
                new RStmt.Return(s, R.call(s, rust, slots))));
        return inModule(s, R.call(s, "Value::function", R.str(s, f.name()), R.str(s, qualname(f.name())),
                params(f.args(), s), R.vec(s, f.args().defaults().stream().map(d.exprs::expr).toList()),
                kwdefaults(f.args(), s), closure));
    }

    /** A function of another module than {@code __main__} records it as its {@code __module__}. */
    private RExpr inModule(Span s, RExpr function) {
        String module = d.context.classModule();
        return module.equals("__main__") ? function : R.call(s, "in_module", function, R.str(s, module));
    }

    /** How the body receives one parameter: a plain variable, an optional one, or a cell. */
    private static RStmt param(Scope scope, Arg a, RExpr value) {
        Span s = a.span();
        String local = DynNames.local(a.arg());
        if (scope.cells.contains(a.arg())) {
            return new RStmt.Let(s, local, false, null, R.call(s, "Cell::new", value));
        }
        if (scope.isPlainParam(a.arg())) {
            return new RStmt.Let(s, local, true, null, value);
        }
        return new RStmt.Let(s, local, true, null, R.call(s, "Some", value));
    }

    /** {@code let} for each local of a scope other than its parameters. */
    static List<RStmt> declare(Scope scope, Span s) {
        List<RStmt> out = new ArrayList<>();
        for (String name : scope.bound) {
            if (!scope.isLocal(name) || scope.params.contains(name)) {
                continue;
            }
            String rust = DynVars.rustLocal(scope, name);
            if (scope.cells.contains(name)) {
                out.add(new RStmt.Let(s, rust, false, null, R.call(s, "Cell::unbound")));
            } else if (scope.isPlain(name)) {
                out.add(new RStmt.Let(s, rust, true, RType.named("Value"), null));
            } else {
                out.add(new RStmt.Let(s, rust, true, RType.named("Option", RType.named("Value")), R.path(s, "None")));
            }
        }
        return out;
    }

    /** {@code let x = x.clone();} for each cell the closure shares with the code around it. */
    List<RStmt> captures(Scope scope, Span s) {
        List<RStmt> out = new ArrayList<>();
        for (String name : scope.frees) {
            if (DynVars.resolve(d, name) instanceof DynVars.CellVar c) {
                out.add(new RStmt.Let(s, c.rust(), false, null, R.method(s, R.path(s, c.rust()), "clone")));
            }
        }
        return out;
    }

    static RExpr params(Arguments a, Span s) {
        List<String> positional = new ArrayList<>();
        a.posonlyargs().forEach(p -> positional.add(p.arg()));
        a.args().forEach(p -> positional.add(p.arg()));
        RExpr p = R.call(s, "Params::new", R.ref(s, new RExpr.Array(s, positional.stream().map(n -> R.str(s, n)).toList())));
        if (!a.posonlyargs().isEmpty()) {
            p = R.method(s, p, "posonly", R.lit(s, Integer.toString(a.posonlyargs().size())));
        }
        if (a.vararg() != null) {
            p = R.method(s, p, "varargs", R.str(s, a.vararg().arg()));
        }
        if (!a.kwonlyargs().isEmpty()) {
            p = R.method(s, p, "kwonly", R.ref(s, new RExpr.Array(s, a.kwonlyargs().stream()
                    .map(k -> R.str(s, k.arg())).toList())));
        }
        if (a.kwarg() != null) {
            p = R.method(s, p, "varkw", R.str(s, a.kwarg().arg()));
        }
        return p;
    }

    private RExpr kwdefaults(Arguments a, Span s) {
        List<RExpr> pairs = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr dflt = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (dflt != null) {
                pairs.add(new RExpr.Tuple(s, List.of(R.str(s, a.kwonlyargs().get(i).arg()), d.exprs.expr(dflt))));
            }
        }
        return R.vec(s, pairs);
    }

    /** Whether a function body (not its nested functions) yields: a generator function. */
    static boolean containsYield(List<Stmt> body) {
        return YieldFinder.any(body);
    }

}
