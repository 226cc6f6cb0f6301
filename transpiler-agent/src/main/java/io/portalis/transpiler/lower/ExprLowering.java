package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.BoolOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers typed Python expressions to Rust expressions. Three forms exist: {@link #owned} (a
 * value the caller may keep: variables are cloned, which for str and list clones a reference),
 * {@link #place} (something to call methods on or compare, not moved) and {@link #borrowed}.
 */
final class ExprLowering {
    final LowerContext cx;
    final OperatorLowering ops;
    private final CallLowering calls;
    /** The statement lowering that owns this one; comprehensions reuse its loop iterables. */
    StmtLowering stmts;

    ExprLowering(LowerContext cx) {
        this.cx = cx;
        this.ops = new OperatorLowering(this);
        this.calls = new CallLowering(this);
    }

    PyType type(Expr e) {
        return cx.typeOf(e);
    }

    RExpr owned(Expr e) {
        if (cx.bounded.isInt(e)) {
            return place(e);
        }
        if (e instanceof Expr.Name n && !cx.isGlobal(n.id())) {
            RExpr place = place(n);
            if (RustTypes.isCopy(type(e))) {
                return place;
            }
            // `bound(..)?` is a reference already: clone through it rather than `(*bound(..)?).clone()`.
            return Rx.method(n.span(), place instanceof RExpr.Unary u && u.op().equals("*") ? u.operand() : place,
                    "clone");
        }
        return lower(e);
    }

    RExpr place(Expr e) {
        if (e instanceof Expr.Name n && cx.isGlobal(n.id())) {
            return Rx.tryCall(n.span(), "pyrt::rt::global", Rx.ref(n.span(), Rx.path(n.span(),
                    RustNames.globalSlot(n.id()))), Rx.str(n.span(), n.id()));
        }
        if (e instanceof Expr.Name n && cx.facts.moduleConstant(n).isPresent()) {
            return moduleConstant(n);
        }
        if (e instanceof Expr.Name n && cx.bounded.isInt(n.id())) {
            // An `i64` local is read as the `Int` it stands for; arithmetic on it then promotes as any int's.
            return Rx.call(n.span(), "Int::Small", Rx.path(n.span(), RustNames.of(n.id())));
        }
        if (e instanceof Expr.Name n) {
            String rust = RustNames.of(n.id());
            if (cx.boxed.contains(n.id()) && !cx.isComprehensionVariable(n.id())) {
                RExpr bound = Rx.tryCall(n.span(), "pyrt::rt::bound", Rx.ref(n.span(), Rx.path(n.span(), rust)),
                        Rx.str(n.span(), n.id()), Rx.lit(n.span(), Boolean.toString(cx.scope.isFunction())));
                return new RExpr.Unary(n.span(), "*", bound);
            }
            return Rx.path(n.span(), rust);
        }
        return lower(e);
    }

    RExpr borrowed(Expr e) {
        RExpr p = place(e);
        return Rx.ref(e.span(), p);
    }

    /** Whether evaluating {@code e} can have no visible effect, so it may be evaluated out of order. */
    static boolean isPure(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Constant;
    }

    /** The value of an int-like expression as an {@code Int} place (bools become ints). */
    RExpr intPlace(Expr e) {
        return type(e) instanceof PyType.Bool ? Rx.call(e.span(), "Int::from", owned(e)) : place(e);
    }

    /** The value of a numeric expression as an owned {@code f64}. */
    RExpr floatValue(Expr e) {
        return ops.asFloat(owned(e), type(e), e.span());
    }

    /** The truth value of an expression, as a Rust {@code bool}. */
    RExpr truth(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            String op = b.op() == BoolOperator.And ? "&&" : "||";
            RExpr acc = truth(b.values().get(0));
            for (Expr v : b.values().subList(1, b.values().size())) {
                acc = Rx.binary(b.span(), op, acc, truth(v));
            }
            return acc;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            return Rx.not(u.span(), truth(u.operand()));
        }
        PyType t = type(e);
        return t instanceof PyType.Bool ? owned(e) : Rx.method(e.span(), place(e), "truthy");
    }

    private RExpr lower(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> place(n);
            case Expr.BinOp b -> ops.binary(b);
            case Expr.UnaryOp u -> ops.unary(u);
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> ops.compare(c);
            case Expr.IfExp i -> new RExpr.IfElse(i.span(), truth(i.test()), ownedAs(i.body(), type(i)),
                    ownedAs(i.orelse(), type(i)));
            case Expr.List l -> listLiteral(l);
            case Expr.JoinedStr j -> new FStringLowering(this).joined(j);
            case Expr.Call c -> calls.call(c);
            case Expr.Subscript s -> subscript(s);
            // Analysis rejects these before lowering; reaching one here is reported, not guessed.
            case Expr.FormattedValue x -> notLowered(x);
            case Expr.Attribute x -> cx.facts.moduleConstant(x).isPresent() ? moduleConstant(x) : attribute(x);
            case Expr.Tuple x -> new RExpr.Tuple(x.span(), x.elts().stream().map(this::owned).toList());
            case Expr.Dict x -> dictLiteral(x);
            case Expr.Set x -> notLowered(x);
            case Expr.ListComp x -> new ComprehensionLowering(this).list(x);
            case Expr.SetComp x -> notLowered(x);
            case Expr.DictComp x -> new ComprehensionLowering(this).dict(x);
            // Only where a built-in consumes it at once (analysis checked), so it is a list.
            case Expr.GeneratorExp x -> new ComprehensionLowering(this).generator(x);
            case Expr.Lambda x -> notLowered(x);
            case Expr.NamedExpr x -> notLowered(x);
            case Expr.Await x -> notLowered(x);
            case Expr.Yield x -> notLowered(x);
            case Expr.YieldFrom x -> notLowered(x);
            case Expr.Starred x -> notLowered(x);
            case Expr.Slice x -> notLowered(x);
        };
    }

    /**
     * The value of {@code e} where a {@code target} is expected: an instance or None going where
     * an optional instance is expected becomes {@code Some(..)} or {@code None}.
     */
    RExpr ownedAs(Expr e, PyType target) {
        PyType t = type(e);
        if (target instanceof PyType.OptionalOf && t instanceof PyType.NoneType) {
            RExpr none = Rx.path(e.span(), "None");
            return isPure(e) ? none : new RExpr.Block(e.span(), List.of(new RStmt.Let(e.span(), "_", false, null,
                    owned(e))), none);
        }
        if (target instanceof PyType.OptionalOf && t instanceof PyType.Instance) {
            return Rx.call(e.span(), "Some", owned(e));
        }
        return owned(e);
    }

    /**
     * The instance an attribute or method is looked up on, as a place: an optional instance is
     * checked first, raising CPython's AttributeError for None.
     */
    RExpr object(Expr receiver, String attr, Span s) {
        RExpr place = place(receiver);
        if (type(receiver) instanceof PyType.OptionalOf) {
            return Rx.tryCall(s, "pyrt::class::some", Rx.ref(s, place), Rx.str(s, attr));
        }
        if (!(type(receiver) instanceof PyType.Instance)) {
            throw new LowerContext.LoweringFailed(receiver, "attribute of a " + type(receiver).display());
        }
        return place;
    }

    /** {@code x.attr}: the field's cell, read by cloning its value out. */
    private RExpr attribute(Expr.Attribute a) {
        return Rx.method(a.span(), new RExpr.NamedField(a.span(), object(a.value(), a.attr(), a.span()),
                RustNames.of(a.attr())), "get");
    }

    /** {@code math.pi}: pyrt's constant of the same name, upper-cased as Rust spells constants. */
    private RExpr moduleConstant(Expr e) {
        String qualified = cx.facts.moduleConstant(e).orElseThrow(() -> new LowerContext.LoweringFailed(e,
                "attribute access is not translated"));
        int dot = qualified.indexOf('.');
        return Rx.path(e.span(), "pyrt::" + qualified.substring(0, dot) + "::"
                + qualified.substring(dot + 1).toUpperCase(java.util.Locale.ROOT));
    }

    private static RExpr notLowered(Expr e) {
        throw new LowerContext.LoweringFailed(e, e.getClass().getSimpleName() + " expressions are not translated");
    }

    private RExpr constant(Expr.Constant c) {
        Span s = c.span();
        return switch (c.value()) {
            case PyConstant.NoneValue n -> Rx.lit(s, "()");
            case PyConstant.BoolValue b -> Rx.lit(s, Boolean.toString(b.value()));
            case PyConstant.IntValue i -> intLiteral(s, i.value());
            case PyConstant.FloatValue f -> floatLiteral(s, f.value());
            case PyConstant.StrValue v -> Rx.call(s, "Str::lit", Rx.str(s, v.value()));
            default -> throw new LowerContext.LoweringFailed(c, "constant kind is not translated");
        };
    }

    static RExpr intLiteral(Span s, BigInteger v) {
        if (v.bitLength() < 64) {
            return Rx.smallInt(s, v.longValueExact());
        }
        return Rx.tryCall(s, "Int::parse", Rx.str(s, v.toString()), Rx.lit(s, "10"));
    }

    static RExpr floatLiteral(Span s, double v) {
        if (Double.isInfinite(v)) {
            return Rx.path(s, v > 0 ? "f64::INFINITY" : "f64::NEG_INFINITY");
        }
        String text = Double.toString(v);
        return Rx.lit(s, text.replace("E", "e") + "_f64");
    }

    private RExpr boolOp(Expr.BoolOp b) {
        if (type(b) instanceof PyType.Bool) {
            return truth(b);
        }
        // `a and b` is `a` if `a` is false, else `b`; `or` the other way round (Language Reference 6.11).
        List<Expr> values = b.values();
        RExpr acc = owned(values.get(values.size() - 1));
        for (int i = values.size() - 2; i >= 0; i--) {
            Expr v = values.get(i);
            String t = cx.freshTemp();
            RExpr temp = Rx.path(v.span(), t);
            RExpr test = type(v) instanceof PyType.Bool ? temp : Rx.method(v.span(), temp, "truthy");
            RExpr pick = b.op() == BoolOperator.And ? new RExpr.IfElse(b.span(), test, acc, temp)
                    : new RExpr.IfElse(b.span(), test, temp, acc);
            acc = new RExpr.Block(b.span(), List.of(new RStmt.Let(v.span(), t, false, null, owned(v))), pick);
        }
        return acc;
    }

    /** A slice bound as {@code Option<&Int>}: absent and {@code None} are both {@code None}. */
    private RExpr bound(Expr e, Expr.Slice slice) {
        if (e == null || e instanceof Expr.Constant c && c.value() instanceof PyConstant.NoneValue) {
            return Rx.path(slice.span(), "None");
        }
        return Rx.call(e.span(), "Some", Rx.ref(e.span(), intPlace(e)));
    }

    private RExpr listLiteral(Expr.List l) {
        if (l.elts().isEmpty()) {
            // Analysis gave the literal the type of where it goes; an element type still
            // unknown belongs to a list nothing is put into, which lowers to `List<()>`.
            return new RExpr.AssocCall(l.span(), RustTypes.of(type(l)), "new", List.of());
        }
        List<RExpr> items = new ArrayList<>();
        PyType element = type(l) instanceof PyType.ListOf lt ? lt.element() : null;
        l.elts().forEach(x -> items.add(ownedAs(x, element)));
        return Rx.call(l.span(), "List::from_vec", new RExpr.Macro(l.span(), "vec", items));
    }

    private RExpr dictLiteral(Expr.Dict d) {
        if (d.keys().isEmpty()) {
            return new RExpr.AssocCall(d.span(), RustTypes.of(type(d)), "new", List.of());
        }
        List<RExpr> pairs = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            PyType value = type(d) instanceof PyType.DictOf dt ? dt.value() : null;
            pairs.add(new RExpr.Tuple(d.span(), List.of(owned(d.keys().get(i)), ownedAs(d.values().get(i), value))));
        }
        return Rx.call(d.span(), "Dict::from_pairs", new RExpr.Macro(d.span(), "vec", pairs));
    }

    private RExpr subscript(Expr.Subscript s) {
        if (s.slice() instanceof Expr.Slice slice) {
            return Rx.tryMethod(s.span(), place(s.value()), "slice", bound(slice.lower(), slice),
                    bound(slice.upper(), slice), bound(slice.step(), slice));
        }
        if (type(s.value()) instanceof PyType.DictOf) {
            return Rx.tryMethod(s.span(), place(s.value()), "get_item", borrowed(s.slice()));
        }
        if (type(s.value()) instanceof PyType.TupleOf t) {
            int n = t.elements().size();
            int i = io.portalis.analysis.infer.TupleIndex.of(s.slice());
            return Rx.method(s.span(), new RExpr.Field(s.span(), place(s.value()), i < 0 ? i + n : i), "clone");
        }
        RExpr item = itemAccess(s.span(), s.value(), "get", intPlace(s.slice()));
        return cx.bounded.isList(s.value()) ? Rx.call(s.span(), "Int::Small", item) : item;
    }

    /** {@code value} (an {@code Int}) as it is stored into an {@code i64} local or list: checked, raising if it does not fit. */
    static RExpr small(io.portalis.ingest.ast.Span s, RExpr value) {
        RExpr raw = Rx.smallValue(value);
        if (raw != null) {
            return raw;
        }
        // `i + 1` of an `i64` and a literal: checked machine arithmetic, with the same error as `of`.
        if (value instanceof RExpr.MethodCall m && (m.method().equals("add") || m.method().equals("sub"))
                && m.args().size() == 1) {
            RExpr a = Rx.smallValue(m.receiver());
            RExpr b = Rx.smallValue(m.args().get(0));
            if (a != null && b != null) {
                return Rx.tryCall(s, "pyrt::small::" + m.method(), a, b);
            }
        }
        return Rx.tryCall(s, "pyrt::small::of", value);
    }

    /**
     * {@code xs.get(&i)} or {@code xs.set(&i, v)} on a sequence; on a list indexed by an
     * {@code i64} already (a bounded local, a literal), the {@code _small} twin, which takes it as is.
     */
    RExpr itemAccess(Span s, Expr container, String method, RExpr index, RExpr... value) {
        RExpr raw = type(container) instanceof PyType.ListOf ? Rx.smallValue(index) : null;
        List<RExpr> args = new ArrayList<>();
        args.add(raw != null ? raw : Rx.ref(s, index));
        args.addAll(List.of(value));
        return Rx.tryMethod(s, place(container), raw != null ? method + "_small" : method, args.toArray(RExpr[]::new));
    }
}
