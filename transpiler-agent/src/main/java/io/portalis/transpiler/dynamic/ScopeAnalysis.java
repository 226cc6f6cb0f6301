package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.WithItem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every scope of a module, what each binds and uses, and then which locals are captured
 * by inner closures (cells) and what each closure must capture (Python reference 4.2.2,
 * "Resolution of names"; comprehensions are inlined as in Python 3.12, PEP 709).
 */
final class ScopeAnalysis {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Module-level names (module bindings and {@code global} declarations), in first-binding order. */
    final Set<String> moduleNames = new LinkedHashSet<>();
    private final List<Scope> all = new ArrayList<>();
    /** What each {@code from m import *} binds (see {@link StarImports}). */
    private final Map<Stmt.ImportFrom, List<String>> stars;
    private Scope current;

    private ScopeAnalysis(Map<Stmt.ImportFrom, List<String>> stars) {
        this.stars = stars;
    }

    static ScopeAnalysis of(Mod.Module module) {
        return of(module, Map.of());
    }

    static ScopeAnalysis of(Mod.Module module, Map<Stmt.ImportFrom, List<String>> stars) {
        ScopeAnalysis a = new ScopeAnalysis(stars);
        a.current = a.open(Scope.Kind.MODULE, module);
        a.stmts(module.body());
        a.all.forEach(CaptureResolution::resolve);
        for (Scope s : a.all) {
            if (s.node instanceof Stmt.FunctionDef f) {
                s.definite.addAll(DefiniteAssignment.of(f.body(), s));
            }
        }
        return a;
    }

    Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /** Every name the program binds in any scope (parameters included), and the module's names. */
    Set<String> allBindings() {
        Set<String> names = new LinkedHashSet<>(moduleNames);
        for (Scope s : all) {
            names.addAll(s.params);
            names.addAll(s.bound);
        }
        return names;
    }

    private Scope open(Scope.Kind kind, Node node) {
        Scope s = new Scope(kind, node, current);
        scopes.put(node, s);
        all.add(s);
        return s;
    }

    private void inScope(Scope s, Runnable body) {
        Scope saved = current;
        current = s;
        body.run();
        current = saved;
    }

    private void bind(String name) {
        current.bound.add(name);
        if (current.kind == Scope.Kind.MODULE || current.globals.contains(name)) {
            moduleNames.add(name);
        }
    }

    private void stmts(List<Stmt> body) {
        body.forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                opt(f.returns());
                function(f, f.name(), f.args(), f.decoratorList(), () -> stmts(f.body()));
            }
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.decoratorList(), () -> stmts(f.body()));
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList());
                exprs(c.bases());
                c.keywords().forEach(k -> expr(k.value()));
                Scope cls = open(Scope.Kind.CLASS, c);
                inScope(cls, () -> stmts(c.body()));
                bind(c.name());
            }
            case Stmt.Return r -> opt(r.value());
            case Stmt.Delete d -> d.targets().forEach(this::expr);
            case Stmt.Assign a -> {
                expr(a.value());
                exprs(a.targets());
            }
            case Stmt.TypeAlias t -> expr(t.value());
            case Stmt.AugAssign a -> {
                expr(a.value());
                expr(a.target());
                if (a.target() instanceof Expr.Name n) {
                    current.used.add(n.id());
                }
            }
            case Stmt.AnnAssign a -> {
                opt(a.value());
                if (a.value() != null || !(a.target() instanceof Expr.Name)) {
                    expr(a.target());
                } else if (current.kind == Scope.Kind.FUNCTION) {
                    current.bound.add(((Expr.Name) a.target()).id()); // `x: int` makes x local
                }
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse());
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body());
            case Stmt.AsyncWith w -> with(w.items(), w.body());
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    opt(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                opt(r.exc());
                opt(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                opt(a.msg());
            }
            case Stmt.Import i -> i.names().forEach(a -> bind(importedName(a)));
            case Stmt.ImportFrom i -> i.names().forEach(a -> {
                if (a.name().equals("*")) {
                    stars.getOrDefault(i, List.of()).forEach(this::bind);
                } else {
                    bind(a.asname() != null ? a.asname() : a.name());
                }
            });
            case Stmt.Global g -> g.names().forEach(n -> {
                current.globals.add(n);
                if (current.bound.contains(n)) {
                    moduleNames.add(n);
                }
            });
            case Stmt.Nonlocal n -> current.nonlocals.addAll(n.names());
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    static String importedName(Alias a) {
        return a.asname() != null ? a.asname() : a.name().split("\\.")[0];
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        expr(target);
        stmts(body);
        stmts(orelse);
    }

    private void with(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            opt(item.optionalVars());
        }
        stmts(body);
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            opt(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(fin);
    }

    private void function(Node node, String name, Arguments args, List<Expr> decorators, Runnable body) {
        exprs(decorators);
        defaults(args);
        // Parameter annotations run where the def does (the return annotation is visited by stmt()).
        params(args).forEach(p -> opt(p.annotation()));
        Scope fn = open(Scope.Kind.FUNCTION, node);
        inScope(fn, () -> {
            params(args).forEach(p -> fn.params.add(p.arg()));
            body.run();
        });
        if (name != null) {
            bind(name);
        }
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        args.kwDefaults().forEach(this::opt);
    }

    /** Parameters in the order the function body receives them (see pyrt's {@code Params}). */
    static List<Arg> params(Arguments a) {
        List<Arg> out = new ArrayList<>(a.posonlyargs());
        out.addAll(a.args());
        if (a.vararg() != null) {
            out.add(a.vararg());
        }
        out.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            out.add(a.kwarg());
        }
        return out;
    }

    private void opt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void exprs(List<Expr> es) {
        es.forEach(this::expr);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp x -> exprs(x.values());
            case Expr.NamedExpr x -> {
                expr(x.value());
                walrus(((Expr.Name) x.target()).id());
            }
            case Expr.BinOp x -> {
                expr(x.left());
                expr(x.right());
            }
            case Expr.UnaryOp x -> expr(x.operand());
            case Expr.Lambda x -> function(x, null, x.args(), List.of(), () -> expr(x.body()));
            case Expr.IfExp x -> {
                expr(x.test());
                expr(x.body());
                expr(x.orelse());
            }
            case Expr.Dict x -> {
                x.keys().forEach(this::opt);
                exprs(x.values());
            }
            case Expr.Set x -> exprs(x.elts());
            case Expr.ListComp x -> comprehension(x, Scope.Kind.COMPREHENSION, x.generators(), List.of(x.elt()));
            case Expr.SetComp x -> comprehension(x, Scope.Kind.COMPREHENSION, x.generators(), List.of(x.elt()));
            case Expr.DictComp x -> comprehension(x, Scope.Kind.COMPREHENSION, x.generators(),
                    List.of(x.key(), x.value()));
            case Expr.GeneratorExp x -> comprehension(x, Scope.Kind.GENEXPR, x.generators(), List.of(x.elt()));
            case Expr.Await x -> expr(x.value());
            case Expr.Yield x -> opt(x.value());
            case Expr.YieldFrom x -> expr(x.value());
            case Expr.Compare x -> {
                expr(x.left());
                exprs(x.comparators());
            }
            case Expr.Call x -> {
                expr(x.func());
                exprs(x.args());
                x.keywords().forEach(k -> expr(k.value()));
                if (x.func() instanceof Expr.Name n && n.id().equals("super") && x.args().isEmpty()) {
                    current.usesSuper = true;
                    current.used.add(CLASS_CELL);
                }
            }
            case Expr.FormattedValue x -> {
                expr(x.value());
                opt(x.formatSpec());
            }
            case Expr.JoinedStr x -> exprs(x.values());
            case Expr.Constant x -> { }
            case Expr.Attribute x -> expr(x.value());
            case Expr.Subscript x -> {
                expr(x.value());
                expr(x.slice());
            }
            case Expr.Starred x -> expr(x.value());
            case Expr.Name x -> name(x);
            case Expr.List x -> exprs(x.elts());
            case Expr.Tuple x -> exprs(x.elts());
            case Expr.Slice x -> {
                opt(x.lower());
                opt(x.upper());
                opt(x.step());
            }
        }
    }

    /** The synthetic variable holding the class that zero-argument {@code super()} needs. */
    static final String CLASS_CELL = "__class__";

    private void name(Expr.Name x) {
        switch (x.ctx()) {
            case Load -> current.used.add(x.id());
            case Store -> bind(x.id());
            case Del -> {
                bind(x.id());
                current.deleted.add(x.id());
            }
        }
    }

    /** {@code :=} in a comprehension binds in the enclosing function (PEP 572). */
    private void walrus(String name) {
        Scope target = current;
        while (target.kind == Scope.Kind.COMPREHENSION || target.kind == Scope.Kind.GENEXPR) {
            target = target.parent;
        }
        Scope saved = current;
        current = target;
        bind(name);
        target.walrus.add(name);
        current = saved;
        current.used.add(name);
    }

    private void comprehension(Expr node, Scope.Kind kind, List<Comprehension> gens, List<Expr> results) {
        expr(gens.get(0).iter());
        Scope s = open(kind, node);
        inScope(s, () -> {
            for (int i = 0; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                if (i > 0) {
                    expr(g.iter());
                }
                expr(g.target());
                exprs(g.ifs());
            }
            exprs(results);
        });
        if (kind == Scope.Kind.GENEXPR && gens.size() > 1) {
            // Each `for` clause runs in its own closure; they share the variables through cells.
            s.cells.addAll(s.bound);
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton v -> { }
            case Pattern.MatchSequence v -> v.patterns().forEach(this::pattern);
            case Pattern.MatchMapping v -> {
                exprs(v.keys());
                v.patterns().forEach(this::pattern);
                if (v.rest() != null) {
                    bind(v.rest());
                }
            }
            case Pattern.MatchClass v -> {
                expr(v.cls());
                v.patterns().forEach(this::pattern);
                v.kwdPatterns().forEach(this::pattern);
            }
            case Pattern.MatchStar v -> {
                if (v.name() != null) {
                    bind(v.name());
                }
            }
            case Pattern.MatchAs v -> {
                if (v.pattern() != null) {
                    pattern(v.pattern());
                }
                if (v.name() != null) {
                    bind(v.name());
                }
            }
            case Pattern.MatchOr v -> v.patterns().forEach(this::pattern);
        }
    }
}
