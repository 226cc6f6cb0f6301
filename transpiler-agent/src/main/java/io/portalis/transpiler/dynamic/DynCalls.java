package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls (Python reference 6.3.4): builtins straight to {@code b::name}, methods through
 * {@code call_method}, module-level functions directly when the call binds exactly their
 * positional parameters, anything else through {@code call}.
 */
final class DynCalls {
    private final Dyn d;

    DynCalls(Dyn d) {
        this.d = d;
    }

    RExpr call(Expr.Call c) {
        Span s = c.span();
        if (c.func() instanceof Expr.Name n) {
            DynVars.Ref ref = DynVars.resolve(d, n.id());
            if (n.id().equals("super") && ref instanceof DynVars.Missing) {
                return superCall(c, s);
            }
            if (ref instanceof DynVars.Builtin && n.id().equals("len") && c.args().size() == 1
                    && c.keywords().isEmpty() && !(c.args().get(0) instanceof Expr.Starred)) {
                return d.q(s, R.call(s, "py_len", d.exprs.borrow(c.args().get(0))));
            }
            if (ref instanceof DynVars.Builtin && DynNames.BUILTINS.contains(n.id())) {
                return d.q(s, R.call(s, DynNames.builtinPath(n.id()), args(c), kwargs(c)));
            }
            if (ref instanceof DynVars.Global && d.direct.containsKey(n.id()) && directFits(d.direct.get(n.id()), c)) {
                return direct(n.id(), c, s);
            }
        }
        if (c.func() instanceof Expr.Attribute a) {
            if (LOG_METHODS.contains(a.attr())) {
                return d.q(s, R.call(s, "call_method_at", d.exprs.borrow(a.value()), R.str(s, a.attr()), args(c), kwargs(c),
                        R.lit(s, Integer.toString(d.problems.sourceSpan(s).line())), R.str(s, codeName()), R.str(s, fileName())));
            }
            return d.q(s, R.call(s, "call_method", d.exprs.borrow(a.value()), R.str(s, a.attr()), args(c), kwargs(c)));
        }
        RExpr f = d.exprs.expr(c.func());
        return d.q(s, R.call(s, "call", R.ref(s, f), args(c), kwargs(c)));
    }

    /**
     * Methods of {@code logging}'s loggers and module whose records name their caller: a call
     * of one of these names tells the runtime its line, code object name and file, as
     * CPython's {@code Logger.findCaller} reads them from the calling frame.
     */
    private static final java.util.Set<String> LOG_METHODS =
            java.util.Set.of("debug", "info", "warning", "warn", "error", "critical", "exception", "log");

    /** The calling frame's {@code co_name}; "" where it is not known here. */
    private String codeName() {
        Scope sc = d.fn == null ? null : d.fn.scope();
        while (sc != null && sc.kind == Scope.Kind.COMPREHENSION) {
            sc = sc.parent;
        }
        if (sc == null) {
            return "";
        }
        return switch (sc.kind) {
            case MODULE -> "<module>";
            case GENEXPR -> "<genexpr>";
            case COMPREHENSION -> "";
            case CLASS -> sc.node instanceof Stmt.ClassDef c ? c.name() : "";
            case FUNCTION -> switch (sc.node) {
                case Stmt.FunctionDef f -> f.name();
                case Stmt.AsyncFunctionDef f -> f.name();
                case Expr.Lambda l -> "<lambda>";
                default -> "";
            };
        };
    }

    /** The module's file name, as {@code os.path.basename} of its {@code co_filename}. */
    private String fileName() {
        String shown = d.module.file().displayName();
        int slash = shown.lastIndexOf('/');
        return slash < 0 ? shown : shown.substring(slash + 1);
    }

    /** Whether a call passes exactly the function's positional parameters, nothing else. */
    static boolean directFits(Stmt.FunctionDef f, Expr.Call c) {
        var a = f.args();
        return a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty() && c.keywords().isEmpty()
                && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                && c.args().size() == a.posonlyargs().size() + a.args().size() && f.decoratorList().isEmpty();
    }

    private RExpr direct(String name, Expr.Call c, Span s) {
        List<RStmt> guard = List.of(R.stmt(s, d.q(s, R.method(s, R.path(s, DynNames.global(name)), "require"))));
        List<RExpr> args = c.args().stream().map(d.exprs::expr).toList();
        return R.block(s, guard, d.q(s, R.call(s, DynNames.function(name), args)));
    }

    private RExpr superCall(Expr.Call c, Span s) {
        if (c.args().size() == 2 && c.keywords().isEmpty()) {
            return d.q(s, R.call(s, "super_", d.exprs.borrow(c.args().get(0)), d.exprs.borrow(c.args().get(1))));
        }
        Scope fn = d.fn.scope();
        List<String> params = fn.params.stream().toList();
        if (!c.args().isEmpty() || fn.kind != Scope.Kind.FUNCTION || params.isEmpty()) {
            return d.unsupported(s, "`super()` outside a method", "pass the class and instance explicitly");
        }
        RExpr cls = DynVars.read(d, s, ScopeAnalysis.CLASS_CELL);
        return d.q(s, R.call(s, "super_", R.ref(s, cls), DynVars.borrow(d, s, params.get(0))));
    }

    RExpr args(Expr.Call c) {
        return d.exprs.values(c.args(), c.span());
    }

    /** Keyword arguments in order; {@code **mapping} expands its items in place. */
    RExpr kwargs(Expr.Call c) {
        Span s = c.span();
        if (c.keywords().stream().allMatch(k -> k.arg() != null)) {
            return R.vec(s, c.keywords().stream().map(k -> R.call(k.span(), "kw", R.str(k.span(), k.arg()),
                    d.exprs.expr(k.value()))).toList());
        }
        String v = d.temp("kw");
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(s, v, true, RType.named("Kwargs"), R.call(s, "Vec::new")));
        for (Keyword k : c.keywords()) {
            if (k.arg() != null) {
                stmts.add(R.stmt(s, R.method(s, R.path(s, v), "push", R.call(s, "kw", R.str(s, k.arg()),
                        d.exprs.expr(k.value())))));
            } else {
                stmts.add(spread(v, k, s));
            }
        }
        return R.block(s, stmts, R.path(s, v));
    }

    /** {@code **m}: each key of the mapping (a str) with its value. */
    private RStmt spread(String v, Keyword k, Span s) {
        String m = d.temp("m");
        String key = d.temp("k");
        RExpr pair = new RExpr.Tuple(s, List.of(d.q(s, R.call(s, "str_of", R.ref(s, R.path(s, key)))),
                d.q(s, R.call(s, "getitem", R.ref(s, R.path(s, m)), R.ref(s, R.path(s, key))))));
        List<RStmt> body = List.of(R.let(s, key, d.q(s, R.path(s, key))),
                R.stmt(s, R.method(s, R.path(s, v), "push", pair)));
        return R.stmt(s, R.block(s, List.of(R.let(s, m, d.exprs.expr(k.value())),
                new RStmt.For(s, key, d.q(s, R.call(s, "iterate", R.ref(s, R.path(s, m)))), body)), null));
    }
}
