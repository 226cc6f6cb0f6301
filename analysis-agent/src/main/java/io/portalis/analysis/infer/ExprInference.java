package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.UnaryOperator;
import java.util.List;
import java.util.Optional;

/**
 * Types expressions bottom-up and records each type. A null result means the expression was
 * reported as untranslatable; callers stay quiet about it so one problem gives one diagnostic.
 */
final class ExprInference {
    private final PassState state;
    private final ScopeContext scope;
    private final CallInference calls;

    ExprInference(PassState state, ScopeContext scope) {
        this.state = state;
        this.scope = scope;
        this.calls = new CallInference(state, this);
    }

    /** The element type one step of iterating an expression gives (set by the statement walker). */
    java.util.function.Function<Expr, PyType> iteration;
    /** Variables of the comprehensions being typed, innermost first; they do not leak out. */
    private final java.util.ArrayDeque<java.util.Map<String, PyType>> comprehensionNames = new java.util.ArrayDeque<>();

    /** Binds names visible only in a nested region (an except handler's {@code as} name). */
    void pushNames(java.util.Map<String, PyType> names) {
        comprehensionNames.push(names);
    }

    void popNames() {
        comprehensionNames.pop();
    }

    InstanceInference instances() {
        return calls.instances;
    }

    ScopeContext scope() {
        return scope;
    }

    /** Types an expression whose value is used. A {@link PyType.Mixed} value is reported here. */
    PyType value(Expr e) {
        PyType t = infer(e);
        if (t instanceof PyType.Mixed) {
            state.problems.typeMix(e.span(), "the operands of this `and`/`or` have different types",
                    "give both operands the same type, or use the expression only as a condition");
            return null;
        }
        return t;
    }

    /** Types an expression used only for its truth value (conditions, `not`, `and`/`or` operands). */
    PyType test(Expr e) {
        return infer(e);
    }

    private PyType infer(Expr e) {
        return state.record(e, switch (e) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> binary(b);
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> Operators.compare(c, this, state.problems);
            case Expr.IfExp i -> ifExp(i);
            case Expr.List l -> listLiteral(l);
            case Expr.JoinedStr j -> FStrings.infer(j, this, state.problems);
            case Expr.FormattedValue f -> FStrings.field(f, this, state.problems);
            case Expr.Call c -> calls.infer(c);
            case Expr.Subscript s -> subscript(s);
            case Expr.Attribute a -> attribute(a);
            case Expr.Tuple t -> tupleLiteral(t);
            case Expr.Dict d -> dictLiteral(d);
            case Expr.Set s -> unsupported(s, "set displays", "sets arrive with the dynamic runtime");
            case Expr.ListComp l -> comprehension(l.generators(), () -> {
                PyType t = value(l.elt());
                return t == null ? null : PyType.listOf(t);
            });
            case Expr.SetComp s -> unsupported(s, "set comprehensions", "use a for loop");
            case Expr.DictComp d -> comprehension(d.generators(), () -> {
                PyType k = value(d.key());
                PyType v = value(d.value());
                if (k != null && !k.isKeyType()) {
                    state.problems.typeMix(d.key().span(), "`" + k.display() + "` keys are not translated",
                            "use int, str, bool or tuple keys");
                    return null;
                }
                return k == null || v == null ? null : new PyType.DictOf(k, v);
            });
            case Expr.GeneratorExp g when state.consumedAtOnce.contains(g) -> comprehension(g.generators(), () -> {
                PyType t = value(g.elt());
                return t == null ? null : PyType.listOf(t);
            });
            case Expr.GeneratorExp g -> unsupported(g, "generator expressions", "use a for loop");
            case Expr.Lambda l -> unsupported(l, "lambda expressions", "define a function with def");
            case Expr.NamedExpr n -> unsupported(n, "assignment expressions (`:=`)", "assign in a statement");
            case Expr.Await a -> unsupported(a, "await", "remove async code");
            case Expr.Yield y -> unsupported(y, "generators (`yield`)", "return a list");
            case Expr.YieldFrom y -> unsupported(y, "generators (`yield from`)", "return a list");
            case Expr.Starred s -> unsupported(s, "starred expressions", "pass the elements one by one");
            case Expr.Slice s -> unsupported(s, "slices", "index element by element in a loop");
        });
    }

    /** Gives an empty list literal the type of the value it meets (see {@link PassState#refineEmptyList}). */
    void refine(Expr e, PyType target) {
        state.refineEmptyList(e, target);
    }

    PyType unsupported(Expr e, String what, String help) {
        state.problems.unsupported(e.span(), what, help);
        return null;
    }

    private PyType constant(Expr.Constant c) {
        return switch (c.value()) {
            case PyConstant.NoneValue n -> PyType.NONE;
            case PyConstant.BoolValue b -> PyType.BOOL;
            case PyConstant.IntValue i -> PyType.INT;
            case PyConstant.FloatValue f -> PyType.FLOAT;
            case PyConstant.StrValue s -> hasLoneSurrogate(s.value())
                    ? unsupported(c, "strings with lone surrogates", "use valid Unicode text")
                    : PyType.STR;
            case PyConstant.BytesValue b -> unsupported(c, "bytes literals", "use str");
            case PyConstant.ComplexValue x -> unsupported(c, "complex numbers", "use float");
            case PyConstant.EllipsisValue x -> unsupported(c, "`...`", "use None");
        };
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    private PyType name(Expr.Name n) {
        String id = n.id();
        for (java.util.Map<String, PyType> level : comprehensionNames) {
            if (level.containsKey(id)) {
                PyType t = level.get(id);
                return t != null ? t : PyType.UNKNOWN;
            }
        }
        if (scope.locals.contains(id)) {
            PyType t = scope.types.get(id);
            return t != null ? t : PyType.UNKNOWN;
        }
        if (scope.isFunction && state.module.locals.contains(id)) {
            // A global read: Python looks the module's variable up when the function runs.
            state.sharedGlobals.add(id);
            PyType t = state.module.types.get(id);
            return t != null ? t : PyType.UNKNOWN;
        }
        if (state.math.members().contains(id) && MathModule.CONSTANTS.contains(id)) {
            state.moduleConstants.put(n, "math." + id);
            return PyType.FLOAT;
        }
        if (state.classes.classes.containsKey(id)) {
            return unsupported(n, "using the class `" + id + "` as a value", "call it to make an instance");
        }
        if (state.functions.containsKey(id) || Builtins.isBuiltin(id) || state.math.members().contains(id)) {
            return unsupported(n, "using the function `" + id + "` as a value", "call it directly");
        }
        if (Builtins.isDynamic(id)) {
            state.problems.dynamicFeature(n.span(), id);
            return null;
        }
        state.problems.undefinedName(n.span(), id);
        return null;
    }

    /** Whether {@code id} names what the math imports bound: nothing closer shadows it. */
    boolean isMathImport(String id) {
        for (java.util.Map<String, PyType> level : comprehensionNames) {
            if (level.containsKey(id)) {
                return false;
            }
        }
        if (scope.locals.contains(id) || state.module.locals.contains(id) || state.functions.containsKey(id)) {
            return false;
        }
        return id.equals("math") ? state.math.moduleImported() : state.math.members().contains(id);
    }

    /** {@code math.pi}: the constants of the imported math module; other attributes are refused. */
    private PyType attribute(Expr.Attribute a) {
        if (a.value() instanceof Expr.Name n && n.id().equals("math") && isMathImport("math")
                && MathModule.CONSTANTS.contains(a.attr())) {
            state.moduleConstants.put(a, "math." + a.attr());
            return PyType.FLOAT;
        }
        if (!(a.value() instanceof Expr.Name n && n.id().equals("math") && isMathImport("math"))) {
            PyType recv = value(a.value());
            if (recv == null) {
                return null;
            }
            PyType.Instance cls = InstanceInference.instance(recv);
            if (cls != null) {
                return calls.instances.attribute(a, cls);
            }
        }
        return unsupported(a, "attribute access", "only methods of str and list and math's functions and constants are available");
    }

    private PyType binary(Expr.BinOp b) {
        PyType left = value(b.left());
        PyType right = value(b.right());
        PyType result = Operators.binary(b, left, right, state.problems);
        if (result instanceof PyType.ListOf) {
            refine(b.left(), result);
            refine(b.right(), result);
        }
        return result;
    }

    private PyType unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.Not) {
            test(u.operand());
            return PyType.BOOL;
        }
        PyType t = value(u.operand());
        if (t == null) {
            return null;
        }
        if (t instanceof PyType.Float && u.op() != UnaryOperator.Invert) {
            return PyType.FLOAT;
        }
        if (t instanceof PyType.Int || t instanceof PyType.Bool) {
            return PyType.INT;
        }
        state.problems.typeMix(u.span(), "bad operand type for unary operator: `" + t.display() + "`",
                "apply it to an int or a float");
        return null;
    }

    private PyType boolOp(Expr.BoolOp b) {
        PyType common = null;
        boolean mixed = false;
        for (Expr operand : b.values()) {
            PyType t = test(operand);
            if (t == null) {
                return null;
            }
            Optional<PyType> j = TypeJoin.join(common, t);
            mixed |= j.isEmpty() || t instanceof PyType.Mixed;
            common = j.orElse(common);
        }
        return mixed ? PyType.MIXED : common;
    }

    private PyType ifExp(Expr.IfExp i) {
        test(i.test());
        PyType a = value(i.body());
        PyType b = value(i.orelse());
        if (a == null || b == null) {
            return null;
        }
        TypeJoin.join(a, b).ifPresent(t -> {
            refine(i.body(), t);
            refine(i.orelse(), t);
        });
        return TypeJoin.join(a, b).orElseGet(() -> {
            state.problems.typeMix(i.span(), "the branches of this conditional expression have types `"
                    + a.display() + "` and `" + b.display() + "`", "give both branches the same type");
            return null;
        });
    }

    private PyType listLiteral(Expr.List l) {
        PyType element = PyType.UNKNOWN;
        for (Expr item : l.elts()) {
            PyType t = value(item);
            if (t == null) {
                return null;
            }
            Optional<PyType> j = TypeJoin.join(element, t);
            if (j.isEmpty()) {
                state.problems.typeMix(item.span(), "this list mixes `" + element.display() + "` and `"
                        + t.display() + "` elements", "keep one element type per list");
                return null;
            }
            element = j.get();
        }
        for (Expr item : l.elts()) {
            refine(item, element);
        }
        return PyType.listOf(element);
    }

    /** {@code seq[lower:upper:step]} of a str or list: bounds are ints (or bools) or absent. */
    private PyType slice(Expr.Subscript s, Expr.Slice slice) {
        PyType container = value(s.value());
        boolean ok = container != null;
        for (Expr bound : java.util.Arrays.asList(slice.lower(), slice.upper(), slice.step())) {
            if (bound == null || bound instanceof Expr.Constant c && c.value() instanceof PyConstant.NoneValue) {
                continue;
            }
            PyType t = value(bound);
            if (t != null && !(t instanceof PyType.Int || t instanceof PyType.Bool)) {
                state.problems.typeMix(bound.span(), "slice indices must be integers or None, not `" + t.display() + "`",
                        "slice with ints");
                ok = false;
            }
            ok &= t != null;
        }
        if (!ok) {
            return null;
        }
        if (container instanceof PyType.Str || container instanceof PyType.ListOf) {
            return container;
        }
        state.problems.typeMix(s.span(), "`" + container.display() + "` cannot be sliced", "slice a str or a list");
        return null;
    }

    private PyType subscript(Expr.Subscript s) {
        if (s.slice() instanceof Expr.Slice slice) {
            return slice(s, slice);
        }
        PyType container = value(s.value());
        if (container instanceof PyType.DictOf d) {
            return dictItem(s.slice(), d);
        }
        PyType index = value(s.slice());
        if (container == null || index == null) {
            return null;
        }
        if (!(index instanceof PyType.Int || index instanceof PyType.Bool)) {
            state.problems.typeMix(s.slice().span(), "indices must be integers, not `" + index.display() + "`",
                    "index with an int");
            return null;
        }
        if (container instanceof PyType.TupleOf t) {
            return tupleItem(s, t);
        }
        return switch (container) {
            case PyType.Str str -> PyType.STR;
            case PyType.ListOf l -> l.element();
            default -> {
                state.problems.typeMix(s.span(), "`" + container.display() + "` cannot be indexed",
                        "index a str or a list");
                yield null;
            }
        };
    }

    private PyType tupleLiteral(Expr.Tuple t) {
        if (t.elts().isEmpty()) {
            return unsupported(t, "the empty tuple", "use a tuple with elements, or a list");
        }
        List<PyType> items = new java.util.ArrayList<>();
        for (Expr item : t.elts()) {
            PyType it = value(item);
            if (it == null) {
                return null;
            }
            if (item instanceof Expr.Starred) {
                return null;
            }
            items.add(it);
        }
        return new PyType.TupleOf(items);
    }

    /** A constant position of a tuple, such as {@code t[0]} or {@code t[-1]}. */
    static Integer constantIndex(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof PyConstant.IntValue i && i.value().bitLength() < 31) {
            return i.value().intValue();
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && constantIndex(u.operand()) instanceof Integer v) {
            return -v;
        }
        return null;
    }

    private PyType tupleItem(Expr.Subscript s, PyType.TupleOf t) {
        Integer i = constantIndex(s.slice());
        int n = t.elements().size();
        if (i == null || i >= n || i < -n) {
            state.problems.unsupported(s.slice().span(), i == null ? "indexing a tuple with a computed index"
                    : "a tuple index out of range", "index a tuple with a constant within its length");
            return null;
        }
        return t.elements().get(i < 0 ? i + n : i);
    }

    /** {@code d[k]}: the key must have the dict's key type. */
    PyType dictItem(Expr key, PyType.DictOf d) {
        PyType k = value(key);
        if (k == null) {
            return null;
        }
        if (!d.key().isComplete() || !TypeJoin.accepts(d.key(), k)) {
            state.problems.typeMix(key.span(), "a `" + d.display() + "` is looked up with a `" + k.display() + "` key",
                    "use keys of the dict's key type");
            return null;
        }
        return d.value();
    }

    private PyType dictLiteral(Expr.Dict d) {
        PyType key = PyType.UNKNOWN;
        PyType val = PyType.UNKNOWN;
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                return unsupported(d.values().get(i), "`**` in dict displays", "add the entries one by one");
            }
            PyType k = value(d.keys().get(i));
            PyType v = value(d.values().get(i));
            if (k == null || v == null) {
                return null;
            }
            Optional<PyType> jk = TypeJoin.join(key, k);
            Optional<PyType> jv = TypeJoin.join(val, v);
            if (jk.isEmpty() || jv.isEmpty() || !k.isKeyType()) {
                state.problems.typeMix(d.keys().get(i).span(), "this dict entry `" + k.display() + ": " + v.display()
                        + "` does not fit `dict[" + key.display() + ", " + val.display() + "]`",
                        "keep one key type (int, str, bool or a tuple of them) and one value type per dict");
                return null;
            }
            key = jk.get();
            val = jv.get();
        }
        for (Expr v : d.values()) {
            refine(v, val);
        }
        return new PyType.DictOf(key, val);
    }

    /**
     * {@code [elt for x in xs if c ...]}: each generator binds its target in the comprehension's
     * own scope; the first iterable is evaluated outside it.
     */
    private PyType comprehension(List<io.portalis.ingest.ast.Comprehension> generators,
            java.util.function.Supplier<PyType> result) {
        java.util.Map<String, PyType> names = new java.util.HashMap<>();
        boolean ok = true;
        for (int i = 0; i < generators.size() && ok; i++) {
            var g = generators.get(i);
            if (g.isAsync() != 0) {
                return unsupported(g.iter(), "async comprehensions", "use a plain for");
            }
            PyType element = iteration.apply(g.iter());
            ok = element != null && bindTarget(g.target(), element, names);
            if (i == 0) {
                comprehensionNames.push(names);
            }
            for (Expr cond : g.ifs()) {
                ok &= ok && test(cond) != null;
            }
        }
        try {
            return ok ? result.get() : null;
        } finally {
            if (!generators.isEmpty()) {
                comprehensionNames.pop();
            }
        }
    }

    private boolean bindTarget(Expr target, PyType t, java.util.Map<String, PyType> names) {
        if (target instanceof Expr.Name n) {
            if (names.containsKey(n.id()) && !java.util.Objects.equals(names.get(n.id()), t)) {
                state.problems.typeMix(n.span(), "`" + n.id() + "` is bound twice with different types",
                        "use distinct names");
                return false;
            }
            names.put(n.id(), t);
            state.record(n, t);
            return true;
        }
        if (target instanceof Expr.Tuple tt && t instanceof PyType.TupleOf tu && tu.elements().size() == tt.elts().size()) {
            boolean ok = true;
            for (int i = 0; i < tt.elts().size(); i++) {
                ok &= bindTarget(tt.elts().get(i), tu.elements().get(i), names);
            }
            return ok;
        }
        state.problems.typeMix(target.span(), "cannot bind a `" + t.display() + "` to this comprehension target",
                "bind a name, or a tuple of names to a tuple");
        return false;
    }
}
