package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.List;

/** Walks the statements of one scope, binding variable types and checking the supported subset. */
final class StmtInference {
    private final PassState state;
    private final ScopeContext scope;
    private final ExprInference exprs;
    private int loopDepth;

    StmtInference(PassState state, ScopeContext scope) {
        this.state = state;
        this.scope = scope;
        this.exprs = new ExprInference(state, scope);
        this.exprs.iteration = this::iterationType;
    }

    void body(List<Stmt> stmts) {
        stmts.forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e -> exprs.test(e.value());
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.If i -> {
                exprs.test(i.test());
                body(i.body());
                body(i.orelse());
            }
            case Stmt.While w -> {
                exprs.test(w.test());
                loop(w.body(), w.orelse(), w);
            }
            case Stmt.For f -> forLoop(f);
            case Stmt.Break b -> requireLoop(b, "`break`");
            case Stmt.Continue c -> requireLoop(c, "`continue`");
            case Stmt.Pass p -> { }
            case Stmt.Return r -> ret(r);
            case Stmt.Assert a -> {
                exprs.test(a.test());
                if (a.msg() != null) {
                    exprs.value(a.msg());
                }
            }
            case Stmt.FunctionDef f -> {
                if (scope.isFunction || !state.isRegistered(f)) {
                    unsupported(s, "nested, conditional or repeated function definitions",
                            "define each function once, at module level, outside if/for/while blocks");
                }
            }
            case Stmt.AsyncFunctionDef f -> unsupported(s, "async functions", "use a plain def");
            case Stmt.ClassDef c -> {
                // Module-level classes are collected (and refused where needed) by ClassTable.
                if (scope.isFunction || state.classes.classes.get(c.name()) == null
                        || state.classes.classes.get(c.name()).node != c) {
                    unsupported(s, "this class definition", "define classes once, at module level");
                }
            }
            case Stmt.Delete d -> delete(d);
            case Stmt.TypeAlias t -> unsupported(s, "type aliases", "write the type out");
            case Stmt.AsyncFor f -> unsupported(s, "async for", "use a plain for loop");
            case Stmt.With w -> unsupported(s, "`with` statements", "call the resource's methods explicitly");
            case Stmt.AsyncWith w -> unsupported(s, "async with", "remove async code");
            case Stmt.Match m -> unsupported(s, "`match` statements", "use if/elif/else");
            case Stmt.Raise r -> raise(r);
            case Stmt.Try t -> tryStmt(t);
            case Stmt.TryStar t -> unsupported(s, "`try`/`except*`", "exceptions arrive in a later version");
            case Stmt.Import i -> {
                if (!state.math.statements().contains(s)) {
                    unsupported(s, "imports", "only `import math` at the top of the module is available in this version");
                }
            }
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> unsupported(s, "`global`", "pass values as parameters and return results");
            case Stmt.Nonlocal n -> unsupported(s, "`nonlocal`", "pass values as parameters and return results");
        }
    }

    /**
     * {@code from typing import List} and {@code from __future__ import annotations} only
     * affect annotations, which analysis reads itself; other imports need modules this version
     * does not translate.
     */
    private void importFrom(Stmt.ImportFrom i) {
        boolean topLevel = java.util.Objects.equals(i.level(), 0) && !scope.isFunction;
        boolean typing = "typing".equals(i.module()) && i.names().stream().allMatch(a -> a.asname() == null);
        boolean future = "__future__".equals(i.module()) && i.names().stream().allMatch(a -> a.name().equals("annotations"));
        if (state.math.statements().contains(i)) {
            return;
        }
        if (!topLevel || !(typing || future)) {
            unsupported(i, "imports", "only built-in functions and typing annotations are available in this version");
        }
    }

    private void unsupported(Stmt s, String what, String help) {
        state.problems.unsupported(s.span(), what, help);
    }

    /** The loop depth at the innermost try part whose breaks cannot leave it, or -1. */
    private int loopDepthAtTry = -1;
    /** Whether a `return` here would skip a `finally` block. */
    private boolean finallyPending;
    /** How many except handlers enclose the statement (a bare `raise` needs one). */
    private int handlerDepth;

    private void tryStmt(Stmt.Try t) {
        boolean hasFinally = !t.finalbody().isEmpty();
        int savedDepth = loopDepthAtTry;
        boolean savedFinally = finallyPending;
        loopDepthAtTry = loopDepth;
        finallyPending |= hasFinally;
        body(t.body());
        if (!hasFinally) {
            loopDepthAtTry = savedDepth;
        }
        for (var h : t.handlers()) {
            if (h.type() != null && !ExceptionClasses.isClassList(h.type())) {
                state.problems.unsupported(h.type().span(), "this exception class",
                        "catch built-in exception classes, or a tuple of them");
            }
            java.util.Map<String, PyType> names = new java.util.HashMap<>();
            if (h.name() != null && (scope.locals.contains(h.name())
                    || scope.isFunction && state.module.locals.contains(h.name()))) {
                // Python unbinds the name when the handler ends, which a typed variable cannot mirror.
                state.problems.unsupported(h.span(), "an `except ... as` name that is also a variable",
                        "use a name of its own for the caught exception");
            } else if (h.name() != null) {
                names.put(h.name(), PyType.EXCEPTION);
            }
            exprs.pushNames(names);
            handlerDepth++;
            body(h.body());
            handlerDepth--;
            exprs.popNames();
        }
        body(t.orelse());
        loopDepthAtTry = savedDepth;
        finallyPending = savedFinally;
        body(t.finalbody());
    }

    private void raise(Stmt.Raise r) {
        if (r.cause() != null) {
            unsupported(r, "`raise ... from ...`", "raise the exception alone");
        } else if (r.exc() == null) {
            if (handlerDepth == 0) {
                unsupported(r, "a bare `raise` outside an except block", "raise an exception class");
            }
        } else if (r.exc() instanceof Expr.Name n && !ExceptionClasses.isClass(n.id())) {
            if (!PyType.EXCEPTION.equals(exprs.value(r.exc()))) {
                unsupported(r, "raising this value", "raise a built-in exception class");
            }
        } else if (!ExceptionClasses.isClass(r.exc())) {
            if (r.exc() instanceof Expr.Call c && c.func() instanceof Expr.Name n && ExceptionClasses.isClass(n.id())
                    && c.keywords().isEmpty() && c.args().size() == 1) {
                PyType t = exprs.value(c.args().get(0));
                if (t != null && !(t instanceof PyType.Str)) {
                    unsupported(r, "an exception argument that is not a str", "pass a message string");
                }
            } else {
                unsupported(r, "raising this value", "raise a built-in exception class with at most one str message");
            }
        }
    }

    private void requireLoop(Stmt s, String what) {
        if (loopDepth == loopDepthAtTry) {
            unsupported(s, what + " inside `try` (or around a `finally`)", "set a flag and break after the try statement");
            return;
        }
        if (loopDepth == 0) {
            unsupported(s, what + " outside a loop", "use it inside for or while");
        }
    }

    /** A loop body; its {@code else} block runs when the loop ends without {@code break}. */
    private void loop(List<Stmt> body, List<Stmt> orelse, Stmt s) {
        loopDepth++;
        body(body);
        loopDepth--;
        body(orelse);
    }

    private void assign(Stmt.Assign a) {
        PyType t = exprs.value(a.value());
        for (Expr target : a.targets()) {
            store(target, t);
            if (target instanceof Expr.Name n && a.targets().size() == 1) {
                state.refineEmptyList(a.value(), scope.types.get(n.id()));
            }
            if (target instanceof Expr.Attribute at && a.targets().size() == 1) {
                PyType.Instance cls = InstanceInference.instance(state.exprTypes.get(at.value()));
                String owner = cls == null ? null : state.classes.fieldOwner(cls.name(), at.attr());
                if (owner != null) {
                    state.refineEmptyList(a.value(), state.classes.classes.get(owner).fields.get(at.attr()));
                }
            }
            if (target instanceof Expr.Subscript sub && a.targets().size() == 1) {
                // `d[k] = []` and `xs[i] = {}`: the empty literal takes the container's element type.
                switch (state.exprTypes.get(sub.value())) {
                    case PyType.DictOf d -> state.refineEmptyList(a.value(), d.value());
                    case PyType.ListOf l -> state.refineEmptyList(a.value(), l.element());
                    case null, default -> { }
                }
            }
        }
    }

    /** Binds an assignment target: a plain name or a list item. */
    private void store(Expr target, PyType t) {
        switch (target) {
            case Expr.Name n -> state.bind(scope, n.id(), t, n.span());
            case Expr.Subscript s when !(s.slice() instanceof Expr.Slice) -> {
                PyType container = exprs.value(s.value());
                if (container instanceof PyType.DictOf d) {
                    storeItem(s, d, t);
                    return;
                }
                PyType index = exprs.value(s.slice());
                if (container == null || index == null || t == null) {
                    return;
                }
                boolean intIndex = index instanceof PyType.Int || index instanceof PyType.Bool;
                if (!(container instanceof PyType.ListOf l) || !intIndex || !TypeJoin.accepts(l.element(), t)) {
                    state.problems.typeMix(target.span(), "cannot store a `" + t.display() + "` into `"
                            + container.display() + "` at a `" + index.display() + "` index",
                            "store elements of the list's type at int indices");
                }
            }
            case Expr.Tuple tt -> unpack(tt, t);
            case Expr.Attribute at -> exprs.instances().store(at, t, null);
            default -> state.problems.unsupported(target.span(), "this assignment target",
                    "assign to a name or to a list item");
        }
    }

    /** {@code d[k] = v}; on a dict of still unknown types ({@code d = {}}) it tells the types. */
    private void storeItem(Expr.Subscript s, PyType.DictOf d, PyType t) {
        PyType k = exprs.value(s.slice());
        if (k == null || t == null) {
            return;
        }
        PyType wanted = new PyType.DictOf(k, t);
        var joined = TypeJoin.join(d, wanted);
        if (joined.isEmpty() || !k.isKeyType()) {
            state.problems.typeMix(s.span(), "cannot store a `" + t.display() + "` at a `" + k.display() + "` key of a `"
                    + d.display() + "`", "store values of the dict's value type at keys of its key type");
            return;
        }
        if (!joined.get().equals(d) && s.value() instanceof Expr.Name n && exprs.scope().locals.contains(n.id())) {
            state.bind(scope, n.id(), joined.get(), n.span());
        }
        if (!joined.get().equals(d)) {
            exprs.instances().refineField(s.value(), joined.get(), s.span());
        }
    }

    /** {@code del d[k]}: only dict items are deleted in this version. */
    private void delete(Stmt.Delete d) {
        for (Expr target : d.targets()) {
            if (target instanceof Expr.Subscript s && !(s.slice() instanceof Expr.Slice)
                    && exprs.value(s.value()) instanceof PyType.DictOf dict) {
                exprs.dictItem(s.slice(), dict);
            } else {
                state.problems.unsupported(target.span(), "this `del` target", "delete dict items: del d[key]");
            }
        }
    }

    /** {@code a, b = value}: the value must be a tuple of the same length (lists have no static length). */
    private void unpack(Expr.Tuple target, PyType t) {
        if (t == null) {
            return;
        }
        if (!(t instanceof PyType.TupleOf tuple) || tuple.elements().size() != target.elts().size()) {
            state.problems.typeMix(target.span(), "cannot unpack a `" + t.display() + "` into "
                    + target.elts().size() + " names", "unpack a tuple with as many elements as targets");
            return;
        }
        for (int i = 0; i < target.elts().size(); i++) {
            Expr item = target.elts().get(i);
            if (item instanceof Expr.Name || item instanceof Expr.Tuple
                    || item instanceof Expr.Subscript sub && !(sub.slice() instanceof Expr.Slice)) {
                store(item, tuple.elements().get(i));
            } else {
                state.problems.unsupported(item.span(), "this unpacking target", "unpack into plain names");
            }
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        PyType current = exprs.value(a.target());
        PyType operand = exprs.value(a.value());
        if (current == null || operand == null) {
            return;
        }
        var result = Operators.resultOf(a.op(), current, operand);
        if (result.isEmpty() || !TypeJoin.accepts(current, result.get())) {
            state.problems.typeMix(a.span(), "`" + a.op().symbol() + "=` would change this `" + current.display()
                    + "` into " + result.map(r -> "a `" + r.display() + "`").orElse("an unsupported value"),
                    "keep one type per variable; assign the result to a new variable");
            return;
        }
        if (!(a.target() instanceof Expr.Name) && !(a.target() instanceof Expr.Subscript)
                && !(a.target() instanceof Expr.Attribute at && InstanceInference.instance(state.exprTypes.get(at.value())) != null)) {
            state.problems.unsupported(a.target().span(), "this assignment target", "assign to a name or a list item");
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        PyType declared = state.annotations.read(a.annotation());
        if (a.target() instanceof Expr.Attribute at && a.value() != null) {
            // `self.x: T = value` declares the field's type, which the value must have.
            exprs.instances().store(at, declared, a.value());
            PyType t = exprs.value(a.value());
            state.refineEmptyList(a.value(), declared);
            if (t != null && declared != null && !TypeJoin.accepts(declared, t)) {
                state.problems.typeMix(a.value().span(), "`" + at.attr() + "` is annotated `" + declared.display()
                        + "` but assigned a `" + t.display() + "`", "assign a value of the annotated type");
            }
            return;
        }
        if (!(a.target() instanceof Expr.Name n)) {
            state.problems.unsupported(a.target().span(), "this annotated target", "annotate a plain name");
            return;
        }
        state.bind(scope, n.id(), declared, n.span());
        if (a.value() != null) {
            PyType t = exprs.value(a.value());
            state.refineEmptyList(a.value(), declared);
            if (t != null && declared != null && !TypeJoin.accepts(declared, t)) {
                state.problems.typeMix(a.value().span(), "`" + n.id() + "` is annotated `" + declared.display()
                        + "` but assigned a `" + t.display() + "`",
                        "Python keeps the value's own type; assign a value of the annotated type");
            }
        }
    }

    private void forLoop(Stmt.For f) {
        PyType element = iterationType(f.iter());
        if (f.target() instanceof Expr.Name n) {
            state.bind(scope, n.id(), element, n.span());
        } else if (f.target() instanceof Expr.Tuple t) {
            unpack(t, element);
        } else {
            state.problems.unsupported(f.target().span(), "this loop target", "loop over one name");
        }
        loop(f.body(), f.orelse(), f);
    }

    private PyType iterationType(Expr iter) {
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && !exprs.scope().locals.contains(n.id()) && !state.functions.containsKey("range")) {
            state.callTargets.put(c, new io.portalis.analysis.scope.CallTarget.Builtin("range"));
            return rangeArgs(c);
        }
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && IterCalls.isIterBuiltin(n.id())
                && !exprs.scope().locals.contains(n.id()) && !state.functions.containsKey(n.id())) {
            return new IterCalls(state, exprs, this::iterationType).infer(c, n.id());
        }
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.args().isEmpty()
                && c.keywords().isEmpty() && List.of("keys", "values", "items").contains(a.attr())
                && exprs.value(a.value()) instanceof PyType.DictOf d) {
            state.callTargets.put(c, new io.portalis.analysis.scope.CallTarget.Method(d, a.attr()));
            state.exprTypes.put(c, PyType.listOf(PyType.UNKNOWN));
            return switch (a.attr()) {
                case "keys" -> d.key();
                case "values" -> d.value();
                default -> new PyType.TupleOf(List.of(d.key(), d.value()));
            };
        }
        PyType t = exprs.value(iter);
        return switch (t) {
            case null -> null;
            case PyType.ListOf l -> l.element();
            case PyType.TupleOf tt when tt.elements().stream().distinct().count() == 1 -> tt.elements().get(0);
            case PyType.DictOf d -> d.key();
            case PyType.Str s -> PyType.STR;
            default -> {
                state.problems.typeMix(iter.span(), "cannot iterate over a `" + t.display() + "`",
                        "iterate over range(...), a list or a str");
                yield null;
            }
        };
    }

    private PyType rangeArgs(Expr.Call c) {
        if (c.args().isEmpty() || c.args().size() > 3 || !c.keywords().isEmpty()) {
            state.problems.unsupported(c.span(), "this call of range", "pass 1 to 3 int arguments");
            return null;
        }
        boolean ok = true;
        for (Expr arg : c.args()) {
            PyType t = exprs.value(arg);
            if (t != null && !(t instanceof PyType.Int || t instanceof PyType.Bool)) {
                state.problems.typeMix(arg.span(), "range() takes ints, not `" + t.display() + "`", "pass an int");
            }
            ok &= t instanceof PyType.Int || t instanceof PyType.Bool;
        }
        state.exprTypes.put(c, PyType.listOf(PyType.INT));
        return ok ? PyType.INT : null;
    }

    private void ret(Stmt.Return r) {
        if (finallyPending) {
            unsupported(r, "`return` inside a try statement with `finally`", "return after the try statement");
        }
        if (!scope.isFunction) {
            unsupported(r, "`return` outside a function", "remove it");
            return;
        }
        PyType t = r.value() == null ? PyType.NONE : exprs.value(r.value());
        if (t == null) {
            return;
        }
        if (r.value() != null) {
            state.refineEmptyList(r.value(), scope.returns);
        }
        if (scope.returnsAnnotated) {
            if (scope.returns == null) {
                return;
            }
            if (!TypeJoin.accepts(scope.returns, t)) {
                state.problems.typeMix(r.span(), "`" + scope.name + "` is annotated to return `"
                        + scope.returns.display() + "` but this returns a `" + t.display() + "`",
                        "return a value of the annotated type");
            }
            return;
        }
        var joined = TypeJoin.join(scope.returns, t);
        if (joined.isEmpty()) {
            state.problems.typeMix(r.span(), "`" + scope.name + "` returns both `" + scope.returns.display()
                    + "` and `" + t.display() + "`", "return one type, and annotate it");
        } else if (!joined.get().equals(scope.returns)) {
            scope.returns = joined.get();
            state.changed = true;
        }
    }
}
