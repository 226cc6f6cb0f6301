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
 * {@code class} (Python reference 8.8): the body runs inline as a block whose locals become the
 * namespace handed to {@code make_class} ({@code __annotations__} is one of its locals, see
 * {@link AnnotationRewrite}); methods that call {@code super()} share a cell that
 * holds the class once it exists.
 */
final class DynClasses {
    private final Dyn d;

    DynClasses(Dyn d) {
        this.d = d;
    }

    List<RStmt> classDef(Stmt.ClassDef c) {
        Span s = c.span();
        Scope scope = d.scopes.scopeOf(c);
        List<RStmt> out = new ArrayList<>();
        List<String> decorators = new ArrayList<>();
        for (Expr dec : c.decoratorList()) {
            String t = d.temp("dec");
            out.add(R.let(dec.span(), t, d.exprs.expr(dec)));
            decorators.add(t);
        }
        boolean cell = scope.cells.contains(ScopeAnalysis.CLASS_CELL);
        if (cell) {
            out.add(new RStmt.Let(s, DynVars.CLASS_CELL, false, null, R.call(s, "Cell::unbound")));
        }
        String bases = d.temp("bases");
        out.add(R.let(s, bases, d.exprs.values(c.bases(), s)));
        String kwargs = d.temp("kw");
        out.add(R.let(s, kwargs, R.vec(s, c.keywords().stream().map(this::keyword).toList())));
        String cls = d.temp("cls");
        d.qual.push(c.name() + ".");
        RExpr body;
        try {
            body = d.inScope(scope, () -> body(c, scope, bases, kwargs));
        } finally {
            d.qual.pop();
        }
        out.add(R.let(s, cls, body));
        if (cell) {
            out.add(R.stmt(s, R.method(s, R.path(s, DynVars.CLASS_CELL), "set",
                    R.method(s, R.path(s, cls), "clone"))));
        }
        RExpr value = R.path(s, cls);
        for (int i = decorators.size() - 1; i >= 0; i--) {
            value = d.q(s, R.call(s, "call", R.ref(s, R.path(s, decorators.get(i))), R.vec(s, List.of(value)),
                    R.vec(s, List.of())));
        }
        out.add(DynVars.write(d, s, c.name(), value));
        return List.of(R.stmt(s, R.block(s, out, null)));
    }

    private RExpr keyword(Keyword k) {
        if (k.arg() == null) {
            return d.unsupported(k.span(), "`**kwargs` in a class statement", "pass keywords explicitly");
        }
        return R.call(k.span(), "kw", R.str(k.span(), k.arg()), d.exprs.expr(k.value()));
    }

    private RExpr body(Stmt.ClassDef c, Scope scope, String bases, String kwargs) {
        Span s = c.span();
        for (Stmt member : c.body()) {
            // CPython runs `__del__` when the last reference goes; the runtime never calls it, so
            // a program relying on it would print less than CPython does.
            if (member instanceof Stmt.FunctionDef f && f.name().equals("__del__")) {
                d.unsupported(f.span(), "a `__del__` finalizer",
                        "release the resource explicitly (a `with` block or a `close()` method)");
            }
        }
        List<RStmt> stmts = new ArrayList<>(DynFunctions.declare(scope, s));
        stmts.addAll(d.stmts.block(c.body()));
        String ns = d.temp("ns");
        stmts.add(new RStmt.Let(s, ns, true, RType.named("Vec", new RType.Tuple(List.of(RType.named("&str"),
                RType.named("Value")))), R.call(s, "Vec::new")));
        for (String name : scope.bound) {
            if (!scope.isLocal(name)) {
                continue;
            }
            String v = d.temp("v");
            RExpr push = R.method(s, R.path(s, ns), "push", new RExpr.Tuple(s, List.of(R.str(s, name),
                    R.method(s, R.path(s, v), "clone"))));
            stmts.add(new RStmt.Match(s, R.ref(s, R.path(s, DynVars.rustLocal(scope, name))), List.of(
                    new RStmt.Arm("Some(" + v + ")", List.of(R.stmt(s, push))),
                    new RStmt.Arm("None", List.of()))));
        }
        // Every class has its own `__doc__`: its docstring, or None (not a base class's).
        String doc = DynFunctions.docstring(c.body());
        stmts.add(R.stmt(s, R.method(s, R.path(s, ns), "push", new RExpr.Tuple(s, List.of(R.str(s, "__doc__"),
                doc == null ? R.none(s) : R.vstr(s, doc))))));
        String module = d.context.classModule();
        RExpr make = module.equals("__main__")
                ? d.q(s, R.call(s, "make_class", R.str(s, c.name()), R.str(s, qualname(c.name())),
                        R.path(s, bases), R.path(s, ns), R.path(s, kwargs)))
                : d.q(s, R.call(s, "make_class_in", R.str(s, module), R.str(s, c.name()),
                        R.str(s, qualname(c.name())), R.path(s, bases), R.path(s, ns), R.path(s, kwargs)));
        return R.block(s, stmts, make);
    }

    private String qualname(String name) {
        StringBuilder b = new StringBuilder();
        List<String> prefixes = new ArrayList<>(d.qual);
        for (int i = prefixes.size() - 1; i >= 1; i--) {
            b.append(prefixes.get(i));
        }
        return b + name;
    }
}
