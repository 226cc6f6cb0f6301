package io.portalis.analysis.infer;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import java.util.List;

/** Resolves and types calls: module functions, built-in functions and methods of str and list. */
final class CallInference {
    private final PassState state;
    private final ExprInference exprs;
    private final BuiltinCalls builtins;
    final InstanceInference instances;

    CallInference(PassState state, ExprInference exprs) {
        this.state = state;
        this.exprs = exprs;
        this.builtins = new BuiltinCalls(state, exprs);
        this.instances = new InstanceInference(state, exprs, this);
    }

    PyType infer(Expr.Call call) {
        return switch (call.func()) {
            case Expr.Name n -> byName(call, n);
            case Expr.Attribute a when a.value() instanceof Expr.Name n && n.id().equals("math")
                    && exprs.isMathImport("math") -> mathCall(call, a.attr());
            case Expr.Attribute a -> method(call, a);
            default -> exprs.unsupported(call, "calling this kind of expression", "call a function by its name");
        };
    }

    private PyType byName(Expr.Call call, Expr.Name n) {
        String id = n.id();
        boolean moduleVariable = exprs.scope().isFunction && state.module.locals.contains(id);
        if (exprs.scope().locals.contains(id) || moduleVariable) {
            return exprs.unsupported(call, "calling the variable `" + id + "`", "call a function by its name");
        }
        if (instances.isClass(id)) {
            return instances.construct(call, id);
        }
        if (id.equals("isinstance") && !state.functions.containsKey(id) && call.args().size() == 2
                && call.args().get(1) instanceof Expr.Name cls && instances.isClass(cls.id())) {
            return instances.isinstance(call);
        }
        if (id.equals("isinstance") && !state.functions.containsKey(id) && call.args().size() == 2
                && call.args().get(1) instanceof Expr.Tuple t && !t.elts().isEmpty()
                && t.elts().stream().allMatch(e -> e instanceof Expr.Name c && instances.isClass(c.id()))) {
            return instances.isinstance(call);
        }
        PassState.FunctionSig fn = state.functions.get(id);
        if (fn != null) {
            state.callTargets.put(call, new CallTarget.UserFunction(id));
            state.calls.computeIfAbsent(exprs.scope().name, k -> new java.util.LinkedHashSet<>()).add(id);
            return userCall(call, fn);
        }
        if (exprs.isMathImport(id) && MathModule.FUNCTIONS.containsKey(id)) {
            return mathCall(call, id);
        }
        if (Builtins.isDynamic(id)) {
            state.problems.dynamicFeature(n.span(), id);
            return null;
        }
        if (Builtins.isBuiltin(id)) {
            state.callTargets.put(call, new CallTarget.Builtin(id));
            return builtins.infer(call, id);
        }
        state.problems.undefinedName(n.span(), id);
        return null;
    }

    /** {@code math.sqrt(x)} or {@code sqrt(x)} after {@code from math import sqrt}. */
    private PyType mathCall(Expr.Call call, String name) {
        MathModule.Fn fn = MathModule.FUNCTIONS.get(name);
        if (fn == null) {
            return exprs.unsupported(call, "`math." + name + "`", "use one of math's "
                    + String.join(", ", new java.util.TreeSet<>(MathModule.FUNCTIONS.keySet())));
        }
        if (!call.keywords().isEmpty() || call.args().size() != fn.arity()) {
            return exprs.unsupported(call, "this call of `math." + name + "`", "pass " + fn.arity()
                    + " argument(s) by position");
        }
        boolean ok = true;
        for (Expr arg : call.args()) {
            PyType t = exprs.value(arg);
            boolean accepted = t instanceof PyType.Float || fn.takesInts() && t != null && t.isNumeric();
            if (t != null && !accepted) {
                state.problems.typeMix(arg.span(), "`math." + name + "` is translated for "
                        + (fn.takesInts() ? "int and float" : "float") + " arguments, not `" + t.display() + "`",
                        fn.takesInts() ? "pass a number" : "pass a float, e.g. float(x)");
            }
            ok &= accepted;
        }
        if (!ok) {
            return null;
        }
        state.callTargets.put(call, new CallTarget.ModuleFunction("math", name));
        return fn.result();
    }

    PyType userCall(Expr.Call call, PassState.FunctionSig fn) {
        List<FunctionInfo.Param> params = fn.params();
        if (call.args().size() > params.size()) {
            return exprs.unsupported(call, "passing " + call.args().size() + " arguments to `" + fn.name()
                    + "`, which takes " + params.size(), "pass one argument per parameter");
        }
        boolean ok = true;
        boolean[] given = new boolean[params.size()];
        for (int i = 0; i < call.args().size(); i++) {
            ok &= argument(call.args().get(i), params.get(i), fn);
            given[i] = true;
        }
        for (Keyword k : call.keywords()) {
            int i = indexOf(params, k.arg());
            if (i < 0 || given[i]) {
                return exprs.unsupported(k.value(), "this keyword argument", "name a parameter of `"
                        + fn.name() + "` that is not already passed");
            }
            ok &= argument(k.value(), params.get(i), fn);
            given[i] = true;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!given[i] && params.get(i).defaultValue() == null) {
                return exprs.unsupported(call, "omitting the argument `" + params.get(i).name() + "`",
                        "pass every parameter without a default");
            }
        }
        return ok ? fn.scope().returns : null;
    }

    private static int indexOf(List<FunctionInfo.Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private boolean argument(Expr arg, FunctionInfo.Param param, PassState.FunctionSig sig) {
        String fn = sig.name();
        PyType t = exprs.value(arg);
        if (t != null && sig.scope().inferredParams.containsKey(param.name())) {
            return inferredArgument(arg, t, param, sig);
        }
        if (t == null || param.type() == null) {
            return false;
        }
        state.refineEmptyList(arg, param.type());
        refineVariable(arg, t, param.type());
        if (!TypeJoin.accepts(param.type(), t)) {
            state.problems.typeMix(arg.span(), "`" + fn + "` declares `" + param.name() + ": "
                    + param.type().display() + "` but this argument is a `" + t.display() + "`",
                    "pass a value of the declared type; Python does not convert arguments");
            return false;
        }
        return true;
    }

    /**
     * An argument for a parameter typed by its calls: every call must pass the same type (int and
     * bool stay apart, as they print differently), and the parameter takes it.
     */
    private boolean inferredArgument(Expr arg, PyType t, FunctionInfo.Param param, PassState.FunctionSig sig) {
        ScopeContext callee = sig.scope();
        PyType old = callee.types.get(param.name());
        java.util.Optional<PyType> joined = TypeJoin.join(old, t);
        PyType shape = callee.inferredParams.get(param.name());
        if (joined.isEmpty() || !Annotations.fits(shape, joined.get()) || t instanceof PyType.ExceptionValue) {
            state.problems.typeMix(arg.span(), "`" + sig.name() + "` gets a `" + t.display() + "` for `" + param.name()
                    + "` here" + (old == null ? "" : " but a `" + old.display() + "` elsewhere"),
                    "annotate the parameter and pass values of that one type");
            return false;
        }
        if (!joined.get().equals(old)) {
            callee.types.put(param.name(), joined.get());
            state.changed = true;
        }
        state.refineEmptyList(arg, joined.get());
        refineVariable(arg, t, joined.get());
        return true;
    }

    /**
     * A variable holding a list or dict whose element types are still unknown ({@code keys = []})
     * passed where a parameter's type is known learns that type, as the literal itself would.
     */
    private void refineVariable(Expr arg, PyType t, PyType param) {
        if (param != null && !t.isComplete() && arg instanceof Expr.Name n && exprs.scope().locals.contains(n.id())
                && (t instanceof PyType.ListOf || t instanceof PyType.DictOf)) {
            TypeJoin.join(t, param).ifPresent(j -> state.bind(exprs.scope(), n.id(), j, n.span()));
        }
    }

    private PyType method(Expr.Call call, Expr.Attribute a) {
        if (a.attr().equals("join")) {
            call.args().forEach(state.consumedAtOnce::add);
        }
        if (InstanceInference.isSuper(a.value())) {
            return instances.method(call, a);
        }
        PyType receiver = exprs.value(a.value());
        if (receiver == null) {
            return null;
        }
        if (InstanceInference.instance(receiver) != null) {
            return instances.method(call, a);
        }
        List<PyType> args = call.args().stream().map(exprs::value).toList();
        if (args.contains(null)) {
            return null;
        }
        if (!call.keywords().isEmpty() && !(a.attr().equals("sort") && BuiltinCalls.reverseKeyword(call, exprs))) {
            return exprs.unsupported(call, "keyword arguments to methods", "pass arguments by position");
        }
        receiver = learnDict(a, receiver, args);
        if (receiver instanceof PyType.DictOf d && args.isEmpty() && List.of("keys", "values", "items").contains(a.attr())) {
            return dictView(call, a, d);
        }
        PyType result = Methods.resultOf(receiver, a.attr(), args);
        if (result == null) {
            String sig = a.attr() + "(" + String.join(", ", args.stream().map(PyType::display).toList()) + ")";
            return exprs.unsupported(call, "the method call `" + receiver.display() + "." + sig + "`",
                    "supported: str.join/upper/lower/strip/lstrip/rstrip/split/replace/startswith/endswith/"
                            + "find/count, list.append/pop/extend/sort/reverse/index/count/remove/insert");
        }
        boolean adds = List.of("append", "extend", "insert").contains(a.attr());
        boolean refinable = a.value() instanceof Expr.Name n && exprs.scope().locals.contains(n.id())
                || setdefaultOn(a.value()) != null || instances.isField(a.value());
        if (adds && !receiver.isComplete() && !refinable) {
            return exprs.unsupported(call, "adding to a list whose element type is not known here",
                    "annotate the variable holding it, e.g. `d: dict[str, list[int]] = {}`");
        }
        state.callTargets.put(call, new CallTarget.Method(receiver, a.attr()));
        if (receiver instanceof PyType.ListOf l && !args.isEmpty()) {
            exprs.refine(call.args().get(0), a.attr().equals("extend") ? receiver : l.element());
        }
        if (receiver instanceof PyType.DictOf d && args.size() == 2) {
            exprs.refine(call.args().get(1), d.value());
        }
        refineAppend(a, receiver, args);
        return result;
    }

    /**
     * {@code d.get(k, v)} and {@code d.setdefault(k, v)} on a local dict whose types are not known
     * yet ({@code d = {}}) tell them, as a store {@code d[k] = v} would.
     */
    private PyType learnDict(Expr.Attribute a, PyType receiver, List<PyType> args) {
        if (receiver instanceof PyType.DictOf d && !d.isComplete() && args.size() == 2
                && (a.attr().equals("get") || a.attr().equals("setdefault"))
                && a.value() instanceof Expr.Name n && exprs.scope().locals.contains(n.id())
                && args.get(0).isKeyType()) {
            var joined = io.portalis.analysis.types.TypeJoin.join(d, new PyType.DictOf(args.get(0), args.get(1)));
            if (joined.isPresent()) {
                state.bind(exprs.scope(), n.id(), joined.get(), a.span());
                return joined.get();
            }
        }
        return receiver;
    }

    /** {@code d.setdefault(k, [])} on a local dict {@code d}: the name {@code d}, else null. */
    private String setdefaultOn(Expr e) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute f && f.attr().equals("setdefault")
                && f.value() instanceof Expr.Name n && exprs.scope().locals.contains(n.id())) {
            return n.id();
        }
        return null;
    }

    /** {@code d.items()} (and keys, values) consumed at once by sorted/min/max/sum/list: a list of them. */
    private PyType dictView(Expr.Call call, Expr.Attribute a, PyType.DictOf d) {
        if (!state.consumedAtOnce.contains(call)) {
            return exprs.unsupported(call, "a dict view used as a value", "loop over it, or pass it to sorted/min/max/sum/list");
        }
        state.callTargets.put(call, new CallTarget.Method(d, a.attr()));
        return PyType.listOf(switch (a.attr()) {
            case "keys" -> d.key();
            case "values" -> d.value();
            default -> new PyType.TupleOf(List.of(d.key(), d.value()));
        });
    }

    /** {@code xs.append(v)} on a list of unknown elements tells the element type of {@code xs}. */
    private void refineAppend(Expr.Attribute a, PyType receiver, List<PyType> args) {
        String dict = setdefaultOn(a.value());
        if (dict != null && a.attr().equals("append") && receiver instanceof PyType.ListOf l && !l.element().isComplete()
                && exprs.scope().types.get(dict) instanceof PyType.DictOf d) {
            state.bind(exprs.scope(), dict, new PyType.DictOf(d.key(), PyType.listOf(args.get(0))), a.span());
        }
        if (a.value() instanceof Expr.Name n && exprs.scope().locals.contains(n.id())
                && receiver instanceof PyType.ListOf l && !l.element().isComplete()) {
            PyType element = switch (a.attr()) {
                case "append" -> args.get(0);
                case "extend" -> args.get(0) instanceof PyType.ListOf other ? other.element() : null;
                default -> null;
            };
            if (element != null) {
                state.bind(exprs.scope(), n.id(), PyType.listOf(element), a.span());
            }
        }
        if (instances.isField(a.value()) && receiver instanceof PyType.ListOf l && !l.element().isComplete()) {
            PyType element = switch (a.attr()) {
                case "append" -> args.get(0);
                case "extend" -> args.get(0) instanceof PyType.ListOf other ? other.element() : null;
                default -> null;
            };
            if (element != null) {
                instances.refineField(a.value(), PyType.listOf(element), a.span());
            }
        }
    }
}
