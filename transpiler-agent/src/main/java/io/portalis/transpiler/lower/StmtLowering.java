package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;

/** Lowers the statements of one scope. Variables are declared at the top of the Rust function. */
final class StmtLowering {
    private final ExprLowering ex;
    private final LowerContext cx;
    private final TryLowering tries;
    /** For each enclosing loop, the flag its `break`s set when it has an `else`, or "" when not. */
    private final java.util.ArrayDeque<String> breakFlags = new java.util.ArrayDeque<>();

    StmtLowering(LowerContext cx) {
        this.cx = cx;
        this.ex = new ExprLowering(cx);
        this.ex.stmts = this;
        this.tries = new TryLowering(this, ex);
    }

    List<RStmt> block(List<Stmt> body) {
        List<RStmt> out = new ArrayList<>();
        for (Stmt s : body) {
            stmt(s, out);
        }
        return out;
    }

    private void stmt(Stmt s, List<RStmt> out) {
        Span sp = s.span();
        switch (s) {
            case Stmt.ExprStmt e -> out.add(exprStmt(e));
            case Stmt.Assign a -> assign(a, out);
            case Stmt.AugAssign a -> augAssign(a, out);
            case Stmt.AnnAssign a -> {
                if (a.value() != null && a.target() instanceof Expr.Attribute at) {
                    storeAttr(sp, at, ex.ownedAs(a.value(), fieldType(at)), out);
                } else if (a.value() != null) {
                    out.add(store(sp, (Expr.Name) a.target(), ex.ownedAs(a.value(), symbolType(a.target()))));
                }
            }
            case Stmt.If i -> out.add(new RStmt.If(sp, ex.truth(i.test()), block(i.body()), block(i.orelse())));
            case Stmt.While w -> loopWithElse(sp, w.orelse(), out,
                    () -> new RStmt.While(sp, ex.truth(w.test()), block(w.body())));
            case Stmt.For f -> loopWithElse(sp, f.orelse(), out, () -> forLoop(f));
            case Stmt.Break b -> {
                if (!breakFlags.isEmpty() && !breakFlags.peek().isEmpty()) {
                    out.add(new RStmt.Assign(sp, Rx.path(sp, breakFlags.peek()), Rx.lit(sp, "true")));
                }
                out.add(new RStmt.Break(sp));
            }
            case Stmt.Continue c -> out.add(new RStmt.Continue(sp));
            case Stmt.Pass p -> { }
            case Stmt.Return r -> out.add(new RStmt.Return(sp, Rx.call(sp, "Ok",
                    r.value() == null ? Rx.lit(sp, "()") : returned(r.value()))));
            case Stmt.Assert a -> out.add(assertion(a));
            case Stmt.FunctionDef f when !f.typeParams().isEmpty() -> throw new LowerContext.LoweringFailed(f.span(),
                    "type parameter lists are not translated");
            case Stmt.ClassDef c when !c.typeParams().isEmpty() -> throw new LowerContext.LoweringFailed(c.span(),
                    "type parameter lists are not translated");
            case Stmt.FunctionDef f -> { }
            case Stmt.ImportFrom i -> { }
            // Analysis rejects these before lowering; reaching one here is reported, not guessed.
            case Stmt.AsyncFunctionDef x -> notLowered(x);
            case Stmt.ClassDef x -> { } // lowered to items by ClassLowering
            case Stmt.Delete x -> x.targets().forEach(t -> out.add(new RStmt.ExprStmt(sp, Rx.tryMethod(sp,
                    ex.place(((Expr.Subscript) t).value()), "del_item", ex.borrowed(((Expr.Subscript) t).slice())))));
            case Stmt.TypeAlias x -> notLowered(x);
            case Stmt.AsyncFor x -> notLowered(x);
            case Stmt.With x -> notLowered(x);
            case Stmt.AsyncWith x -> notLowered(x);
            case Stmt.Match x -> notLowered(x);
            case Stmt.Raise x -> out.add(tries.raise(x));
            case Stmt.Try x -> tries.tryStmt(x, out);
            case Stmt.TryStar x -> notLowered(x);
            // Analysis accepted only `import math` at the top; its functions are called directly.
            case Stmt.Import x -> { }
            case Stmt.Global x -> notLowered(x);
            case Stmt.Nonlocal x -> notLowered(x);
        }
    }

    /**
     * The value of {@code return e}. A plain local is moved out rather than cloned: the function
     * ends here, and analysis refuses a return that a {@code finally} block would follow.
     */
    private RExpr returned(Expr e) {
        if (cx.returns instanceof PyType.OptionalOf && !(ex.type(e) instanceof PyType.OptionalOf)) {
            return ex.ownedAs(e, cx.returns);
        }
        if (e instanceof Expr.Name n && cx.scope.isFunction() && cx.isLocal(n.id()) && !cx.isGlobal(n.id())
                && !cx.boxed.contains(n.id()) && !cx.isComprehensionVariable(n.id()) && !cx.bounded.isInt(n.id())) {
            return Rx.path(n.span(), RustNames.of(n.id()));
        }
        return ex.owned(e);
    }

    private static void notLowered(Stmt s) {
        throw new LowerContext.LoweringFailed(s.span(), s.getClass().getSimpleName() + " statements are not translated");
    }

    private RStmt exprStmt(Stmt.ExprStmt e) {
        RExpr value = ex.owned(e.value());
        if (e.value() instanceof Expr.Call) {
            return new RStmt.ExprStmt(e.span(), value);
        }
        return new RStmt.Let(e.span(), "_", false, null, value);
    }

    /** {@code name = value}, wrapping in {@code Some} for variables read with a run-time check. */
    private RStmt store(Span s, Expr.Name target, RExpr value) {
        if (cx.isGlobal(target.id())) {
            RExpr slot = Rx.ref(s, Rx.path(s, RustNames.globalSlot(target.id())));
            return new RStmt.ExprStmt(s, Rx.call(s, "pyrt::rt::set_global", slot, value));
        }
        RExpr v = cx.boxed.contains(target.id()) ? Rx.call(s, "Some", value)
                : cx.bounded.isInt(target.id()) ? ExprLowering.small(s, value) : value;
        return new RStmt.Assign(s, Rx.path(target.span(), RustNames.of(target.id())), v);
    }

    /** The type of the variable a name target assigns. */
    private PyType symbolType(Expr target) {
        if (!(target instanceof Expr.Name n)) {
            return null;
        }
        var local = cx.scope.lookup(n.id());
        if (local.isPresent() && !cx.isGlobal(n.id())) {
            return local.get().type();
        }
        return cx.facts.moduleScope().lookup(n.id()).map(io.portalis.analysis.scope.Symbol::type).orElse(null);
    }

    /** The type of the field an attribute target assigns. */
    private PyType fieldType(Expr.Attribute at) {
        PyType t = ex.type(at.value());
        PyType.Instance cls = t instanceof PyType.OptionalOf o ? o.inner() : (PyType.Instance) t;
        return cx.facts.allFields(cls.name()).get(at.attr());
    }

    /**
     * {@code obj.attr = value}: Python evaluates the value, then the object, then assigns; a
     * temporary keeps that order unless the object is a plain variable.
     */
    private void storeAttr(Span s, Expr.Attribute target, RExpr value, List<RStmt> out) {
        RExpr v = value;
        boolean plain = target.value() instanceof Expr.Name n && !cx.isGlobal(n.id()) && !cx.boxed.contains(n.id())
                && ex.type(target.value()) instanceof PyType.Instance;
        if (!plain && !(value instanceof RExpr.Path)) {
            String t = cx.freshTemp();
            out.add(new RStmt.Let(s, t, false, null, value));
            v = Rx.path(s, t);
        }
        RExpr field = new RExpr.NamedField(s, ex.object(target.value(), target.attr(), s), RustNames.of(target.attr()));
        out.add(new RStmt.ExprStmt(s, Rx.method(s, field, "set", v)));
    }

    private void assign(Stmt.Assign a, List<RStmt> out) {
        Span s = a.span();
        boolean simple = a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name;
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Attribute at) {
            storeAttr(s, at, ex.ownedAs(a.value(), fieldType(at)), out);
            return;
        }
        RStmt counted = a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Subscript sub
                ? dictAdd(s, sub, a.value()) : null;
        if (counted != null) {
            out.add(counted);
            return;
        }
        RExpr value = simple ? ex.ownedAs(a.value(), symbolType(a.targets().get(0))) : ex.owned(a.value());
        if (simple && cx.bounded.isList(a.targets().get(0)) && !cx.bounded.isList(a.value())
                && !(a.value() instanceof Expr.Subscript sub && cx.bounded.isList(sub.value()))) {
            // A new list of ints (`list(range(n))`, `[0] * n`) becomes a `List<i64>` once, checked.
            value = Rx.tryCall(s, "pyrt::small::list", value);
        }
        if (simple) {
            out.add(store(s, (Expr.Name) a.targets().get(0), value));
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Subscript sub
                && !(sub.slice() instanceof Expr.Slice) && isSettled(sub.value()) && isSettled(sub.slice())) {
            // Python evaluates the value before the container and index; names and constants can
            // be read in either order, so no temporary is needed.
            out.add(storeItem(s, sub, value));
            return;
        }
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Tuple tu) {
            RStmt swap = listSwap(s, tu, a.value());
            if (swap != null) {
                out.add(swap);
                return;
            }
            unpack(s, tu, value, out);
            return;
        }
        // Python evaluates the value first, then assigns the targets left to right.
        String t = cx.freshTemp();
        out.add(new RStmt.Let(s, t, false, null, value));
        for (Expr target : a.targets()) {
            RExpr copy = a.targets().size() == 1 ? Rx.path(s, t) : Rx.method(s, Rx.path(s, t), "clone");
            switch (target) {
                case Expr.Tuple tu -> unpack(s, tu, copy, out);
                case Expr.Subscript sub -> out.add(storeItem(s, sub, copy));
                case Expr.Attribute at when !needsCoercion(a.value(), fieldType(at)) -> storeAttr(s, at, copy, out);
                case Expr.Name n when !needsCoercion(a.value(), symbolType(n)) -> out.add(store(s, n, copy));
                default -> throw new LowerContext.LoweringFailed(target, "this assignment target is not translated");
            }
        }
    }

    /**
     * {@code d[k] = d.get(k, c) + v} on a dict of ints, with the same settled {@code d} and
     * {@code k} and settled {@code c} and {@code v}: {@code Dict::add_to} finds the key once
     * instead of twice. Python hashes {@code k} twice, but the keys here are strs or ints, whose
     * hashing has no visible effect, and int addition cannot
     * fail, so nothing else can tell. Null when it is no such statement.
     */
    private RStmt dictAdd(Span s, Expr.Subscript target, Expr value) {
        if (!(ex.type(target.value()) instanceof PyType.DictOf d) || !(d.value() instanceof PyType.Int)
                || !(d.key() instanceof PyType.Str || d.key() instanceof PyType.Int)
                || target.slice() instanceof Expr.Slice || !isSettled(target.value()) || !isSettled(target.slice())
                || !(value instanceof Expr.BinOp b) || b.op() != Operator.Add
                || !(b.left() instanceof Expr.Call get) || get.args().size() != 2 || !get.keywords().isEmpty()
                || !(get.func() instanceof Expr.Attribute attr) || !sameSettled(attr.value(), target.value())
                || !(cx.facts.callTarget(get).orElse(null) instanceof io.portalis.analysis.scope.CallTarget.Method m)
                || !m.name().equals("get") || !(m.receiver() instanceof PyType.DictOf)
                || !sameSettled(get.args().get(0), target.slice()) || !isSettled(get.args().get(1)) || !isSettled(b.right())
                || !(ex.type(get.args().get(1)) instanceof PyType.Int) || !(ex.type(b.right()) instanceof PyType.Int)) {
            return null;
        }
        return new RStmt.ExprStmt(s, Rx.method(s, ex.place(target.value()), "add_to", ex.owned(target.slice()),
                ex.borrowed(get.args().get(1)), ex.borrowed(b.right())));
    }

    /** Whether a value of {@code e}'s type must be converted to go where {@code target} is declared. */
    private boolean needsCoercion(Expr e, PyType target) {
        return target instanceof PyType.OptionalOf && !(ex.type(e) instanceof PyType.OptionalOf);
    }

    /** A constant, or a local that is certainly assigned: reading it has no effect and cannot raise. */
    private boolean isSettled(Expr e) {
        return e instanceof Expr.Constant
                || e instanceof Expr.Name n && !cx.boxed.contains(n.id()) && !cx.isGlobal(n.id());
    }

    /**
     * {@code xs[i], xs[j] = xs[j], xs[i]} on a list: one exchange in place instead of two reads
     * and two writes. Python reads {@code xs[j]} and then {@code xs[i]}, raising where either
     * is out of range, and then writes both at positions those reads just checked; {@code
     * List::swap} checks {@code j} then {@code i} and exchanges. Only for settled names and
     * constants, whose values no step of the statement can change. Null when it is no such swap.
     */
    private RStmt listSwap(Span s, Expr.Tuple target, Expr value) {
        if (!(value instanceof Expr.Tuple v) || target.elts().size() != 2 || v.elts().size() != 2
                || !(target.elts().get(0) instanceof Expr.Subscript t0) || !(target.elts().get(1) instanceof Expr.Subscript t1)
                || !(v.elts().get(0) instanceof Expr.Subscript v0) || !(v.elts().get(1) instanceof Expr.Subscript v1)) {
            return null;
        }
        if (!(ex.type(t0.value()) instanceof PyType.ListOf) || !isSettled(t0.value())
                || !sameSettled(t0.value(), t1.value()) || !sameSettled(t0.value(), v0.value())
                || !sameSettled(t0.value(), v1.value())) {
            return null;
        }
        Expr i = t0.slice();
        Expr j = t1.slice();
        if (!(ex.type(i) instanceof PyType.Int) || !(ex.type(j) instanceof PyType.Int) || !isSettled(i) || !isSettled(j)
                || !sameSettled(v0.slice(), j) || !sameSettled(v1.slice(), i)) {
            return null;
        }
        return new RStmt.ExprStmt(s, Rx.tryMethod(s, ex.place(t0.value()), "swap", Rx.ref(s, ex.place(j)),
                Rx.ref(s, ex.place(i))));
    }

    /** Whether two settled expressions are the same name or equal constants. */
    private static boolean sameSettled(Expr a, Expr b) {
        if (a instanceof Expr.Name x && b instanceof Expr.Name y) {
            return x.id().equals(y.id());
        }
        return a instanceof Expr.Constant x && b instanceof Expr.Constant y && x.value().equals(y.value());
    }

    /** {@code d[k] = value} or {@code xs[i] = value}. */
    private RStmt storeItem(Span s, Expr.Subscript sub, RExpr value) {
        if (ex.type(sub.value()) instanceof PyType.DictOf) {
            return new RStmt.ExprStmt(s, Rx.method(s, ex.place(sub.value()), "set_item", ex.owned(sub.slice()), value));
        }
        RExpr item = cx.bounded.isList(sub.value()) ? ExprLowering.small(s, value) : value;
        return new RStmt.ExprStmt(s, ex.itemAccess(s, sub.value(), "set", ex.intPlace(sub.slice()), item));
    }

    private void augAssign(Stmt.AugAssign a, List<RStmt> out) {
        Span s = a.span();
        PyType t = ex.type(a.target());
        if (a.op() == Operator.Add && t instanceof PyType.ListOf) {
            // (An attribute holding a list is read out as a reference to the same list.)
            // `xs += ys` extends the list in place, which every alias of `xs` sees.
            out.add(new RStmt.ExprStmt(s, Rx.method(s, ex.place(a.target()), "extend", ex.borrowed(a.value()))));
            return;
        }
        if (a.target() instanceof Expr.Name n) {
            RExpr result = ex.ops.apply(a.op(), ex.ops.operand(n), ex.ops.operand(a.value()), s);
            out.add(store(s, n, result));
            return;
        }
        if (a.target() instanceof Expr.Attribute at) {
            augAssignAttr(a, at, t, out);
            return;
        }
        Expr.Subscript sub = (Expr.Subscript) a.target();
        boolean dict = ex.type(sub.value()) instanceof PyType.DictOf;
        if (!dict && isSettled(sub.value()) && isSettled(sub.slice())) {
            // `xs[i] += v` on a name and a name or constant index: read and write in place.
            RExpr index = ex.intPlace(sub.slice());
            RExpr current = ex.itemAccess(s, sub.value(), "get", index);
            boolean small = cx.bounded.isList(sub.value());
            if (small) {
                current = Rx.call(s, "Int::Small", current);
            }
            RExpr result = ex.ops.apply(a.op(), new OperatorLowering.Operand(current, t, s), ex.ops.operand(a.value()), s);
            out.add(new RStmt.ExprStmt(s, ex.itemAccess(s, sub.value(), "set", ex.intPlace(sub.slice()),
                    small ? ExprLowering.small(s, result) : result)));
            return;
        }
        String list = cx.freshTemp();
        String index = cx.freshTemp();
        out.add(new RStmt.Let(s, list, false, null, ex.owned(sub.value())));
        out.add(new RStmt.Let(s, index, false, null, dict ? ex.owned(sub.slice())
                : Rx.method(s, ex.intPlace(sub.slice()), "clone")));
        RExpr current = Rx.tryMethod(s, Rx.path(s, list), dict ? "get_item" : "get", Rx.ref(s, Rx.path(s, index)));
        RExpr result = ex.ops.apply(a.op(), new OperatorLowering.Operand(current, t, s), ex.ops.operand(a.value()), s);
        if (dict) {
            out.add(new RStmt.ExprStmt(s, Rx.method(s, Rx.path(s, list), "set_item",
                    Rx.method(s, Rx.path(s, index), "clone"), result)));
            return;
        }
        out.add(new RStmt.ExprStmt(s, Rx.tryMethod(s, Rx.path(s, list), "set", Rx.ref(s, Rx.path(s, index)), result)));
    }

    /**
     * {@code obj.attr op= value}: the object is evaluated once (a temporary unless it is a plain
     * variable), its attribute read, combined with the value and assigned back.
     */
    private void augAssignAttr(Stmt.AugAssign a, Expr.Attribute at, PyType t, List<RStmt> out) {
        Span s = a.span();
        RExpr obj = ex.object(at.value(), at.attr(), s);
        boolean plain = at.value() instanceof Expr.Name n && !cx.isGlobal(n.id()) && !cx.boxed.contains(n.id());
        if (!plain) {
            String o = cx.freshTemp();
            out.add(new RStmt.Let(s, o, false, null, obj));
            obj = Rx.path(s, o);
        }
        RExpr field = new RExpr.NamedField(s, obj, RustNames.of(at.attr()));
        String r = cx.freshTemp();
        RExpr current = Rx.method(s, field, "get");
        RExpr result = ex.ops.apply(a.op(), new OperatorLowering.Operand(current, t, s), ex.ops.operand(a.value()), s);
        out.add(new RStmt.Let(s, r, false, null, result));
        out.add(new RStmt.ExprStmt(s, Rx.method(s, field, "set", Rx.path(s, r))));
    }

    /**
     * A loop whose {@code else} block runs only when no {@code break} left it: the breaks of this
     * loop set a flag, tested after the loop (Language Reference 8.3).
     */
    private void loopWithElse(Span s, List<Stmt> orelse, List<RStmt> out, java.util.function.Supplier<RStmt> loop) {
        String flag = orelse.isEmpty() ? "" : cx.freshTemp();
        if (!flag.isEmpty()) {
            out.add(new RStmt.Let(s, flag, true, null, Rx.lit(s, "false")));
        }
        breakFlags.push(flag);
        out.add(loop.get());
        breakFlags.pop();
        if (!flag.isEmpty()) {
            out.add(new RStmt.If(s, Rx.not(s, Rx.path(s, flag)), block(orelse), List.of()));
        }
    }

    /** {@code a, b = value}: analysis checked the value is a tuple of as many elements. */
    private void unpack(Span s, Expr.Tuple target, RExpr value, List<RStmt> out) {
        // The owned tuple is taken apart by a pattern, which moves its items instead of cloning them.
        List<String> parts = new ArrayList<>();
        target.elts().forEach(e -> parts.add(cx.freshTemp()));
        out.add(new RStmt.Let(s, "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")"), false, null, value));
        for (int i = 0; i < target.elts().size(); i++) {
            RExpr item = Rx.path(s, parts.get(i));
            switch (target.elts().get(i)) {
                case Expr.Name n -> out.add(store(s, n, item));
                case Expr.Tuple inner -> unpack(s, inner, item, out);
                case Expr.Subscript sub -> out.add(storeItem(s, sub, item));
                case Expr.Attribute at -> storeAttr(s, at, item, out);
                default -> throw new LowerContext.LoweringFailed(target, "this unpacking target is not translated");
            }
        }
    }

    private RStmt forLoop(Stmt.For f) {
        Span s = f.span();
        String item = cx.freshTemp();
        List<RStmt> body = new ArrayList<>();
        RExpr machineRange = machineRange(f.iter());
        RExpr value = machineRange != null ? Rx.call(s, "Int::Small", Rx.path(s, item))
                : yieldsResults(f.iter()) ? new RExpr.Try(s, Rx.path(s, item)) : Rx.path(s, item);
        if (f.target() instanceof Expr.Tuple tu) {
            unpack(s, tu, value, body);
        } else {
            body.add(store(s, (Expr.Name) f.target(), value));
        }
        body.addAll(block(f.body()));
        return new RStmt.For(s, item, machineRange != null ? machineRange : iterable(f.iter()), body);
    }

    /**
     * {@code range(n)} or {@code range(a, b)} whose bounds are {@code i64}s already (bounded
     * locals, int literals): a Rust range of {@code i64}, whose items the loop reads as
     * {@code Int::Small(i)}; else null.
     */
    private RExpr machineRange(Expr iter) {
        if (!("range".equals(builtinCalled(iter)) && iter instanceof Expr.Call c && c.keywords().isEmpty()
                && (c.args().size() == 1 || c.args().size() == 2))) {
            return null;
        }
        List<RExpr> bounds = new ArrayList<>();
        for (Expr a : c.args()) {
            RExpr raw = ex.type(a) instanceof PyType.Int ? Rx.smallValue(ex.intPlace(a)) : null;
            if (raw == null) {
                return null;
            }
            bounds.add(raw);
        }
        if (bounds.size() == 1) {
            bounds.addFirst(Rx.lit(c.span(), "0"));
        }
        return Rx.call(c.span(), "pyrt::range::machine", bounds.get(0), bounds.get(1));
    }

    /** The name of the built-in that {@code iter} calls ({@code range(..)}, {@code zip(..)}), else null. */
    private String builtinCalled(Expr iter) {
        return iter instanceof Expr.Call c && ex.cx.facts.callTarget(c).orElse(null)
                instanceof io.portalis.analysis.scope.CallTarget.Builtin b ? b.name() : null;
    }

    /** Dict iterators yield {@code PyResult}s: a dict changing size while looped over raises. */
    boolean yieldsResults(Expr iter) {
        return ex.type(iter) instanceof PyType.DictOf || dictView(iter) != null;
    }

    /** The method name of {@code d.keys()}, {@code d.values()} or {@code d.items()}, else null. */
    private String dictView(Expr iter) {
        return iter instanceof Expr.Call c && ex.cx.facts.callTarget(c).orElse(null)
                instanceof io.portalis.analysis.scope.CallTarget.Method m && m.receiver() instanceof PyType.DictOf
                && List.of("keys", "values", "items").contains(m.name())
                ? m.name() : null;
    }

    RExpr iterable(Expr iter) {
        Span s = iter.span();
        String view = dictView(iter);
        if (view != null) {
            return Rx.method(s, ex.place(((Expr.Attribute) ((Expr.Call) iter).func()).value()), "iter_" + view);
        }
        if (ex.type(iter) instanceof PyType.DictOf) {
            return Rx.method(s, ex.place(iter), "iter_keys");
        }
        String builtin = builtinCalled(iter);
        if ("range".equals(builtin)) {
            Expr.Call c = (Expr.Call) iter;
            List<RExpr> args = c.args().stream().map(a -> Rx.ref(a.span(), ex.intPlace(a))).toList();
            return switch (args.size()) {
                case 1 -> Rx.call(s, "pyrt::range::range1", args.get(0));
                case 2 -> Rx.call(s, "pyrt::range::range2", args.get(0), args.get(1));
                default -> Rx.tryCall(s, "pyrt::range::range3", args.get(0), args.get(1), args.get(2));
            };
        }
        if ("enumerate".equals(builtin) || "zip".equals(builtin) || "reversed".equals(builtin)) {
            return iterCall((Expr.Call) iter, builtin);
        }
        PyType t = ex.type(iter);
        if (t instanceof PyType.TupleOf tu) {
            // A homogeneous tuple iterates as an array of its elements, evaluated once.
            String tmp = cx.freshTemp();
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < tu.elements().size(); i++) {
                items.add(new RExpr.Field(s, Rx.path(s, tmp), i));
            }
            RExpr array = new RExpr.Block(s, List.of(new RStmt.Let(s, tmp, false, null, ex.owned(iter))),
                    new RExpr.Array(s, items));
            return Rx.method(s, array, "into_iter");
        }
        return Rx.method(s, ex.place(iter), t instanceof PyType.Str ? "chars" : "iter");
    }

    /** {@code enumerate(xs[, start])} and {@code zip(a, b[, c])} over lazily iterated arguments. */
    private RExpr iterCall(Expr.Call c, String name) {
        Span s = c.span();
        if (name.equals("reversed")) {
            Expr arg = c.args().get(0);
            return ex.type(arg) instanceof PyType.Str
                    ? Rx.method(s, Rx.method(s, Rx.method(s, ex.place(arg), "chars"), "rev"), "into_iter")
                    : Rx.method(s, ex.place(arg), "iter_rev");
        }
        if (name.equals("zip")) {
            List<RExpr> args = c.args().stream().map(this::iterable).toList();
            return Rx.call(s, args.size() == 2 ? "pyrt::iter::zip2" : "pyrt::iter::zip3", args.toArray(RExpr[]::new));
        }
        Expr start = c.args().size() > 1 ? c.args().get(1)
                : c.keywords().isEmpty() ? null : c.keywords().get(0).value();
        RExpr startValue = start == null ? Rx.smallInt(s, 0)
                : ex.type(start) instanceof PyType.Bool ? Rx.call(s, "Int::from", ex.owned(start)) : ex.owned(start);
        return Rx.call(s, "pyrt::iter::enumerate", iterable(c.args().get(0)), startValue);
    }

    private RStmt assertion(Stmt.Assert a) {
        Span s = a.span();
        RExpr message = a.msg() == null ? Rx.str(s, "")
                : Rx.method(s, Rx.tryCall(s, "pyrt::obj::to_str", ex.borrowed(a.msg())), "to_string");
        RExpr err = Rx.call(s, "Err", Rx.call(s, "PyErr::new", Rx.str(s, "AssertionError"), message));
        return new RStmt.If(s, Rx.not(s, ex.truth(a.test())), List.of(new RStmt.Return(s, err)), List.of());
    }
}
