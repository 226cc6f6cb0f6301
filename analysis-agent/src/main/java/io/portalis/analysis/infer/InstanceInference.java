package io.portalis.analysis.infer;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Types what involves the module's classes: making an instance ({@code C(args)}), reading and
 * assigning its attributes, calling its methods (resolved along the bases, with the overrides
 * of subclasses as further targets) and {@code super().m(args)}. An attribute of an instance
 * that may be None is typed as for the instance; the translation checks for None where it reads.
 */
final class InstanceInference {
    private final PassState state;
    private final ExprInference exprs;
    private final CallInference calls;

    InstanceInference(PassState state, ExprInference exprs, CallInference calls) {
        this.state = state;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The instance type inside {@code t} (itself, or what an optional holds), else null. */
    static PyType.Instance instance(PyType t) {
        return switch (t) {
            case PyType.Instance i -> i;
            case PyType.OptionalOf o -> o.inner();
            case null, default -> null;
        };
    }

    boolean isClass(String id) {
        return state.classes.classes.containsKey(id) && !exprs.scope().locals.contains(id)
                && !(exprs.scope().isFunction && state.module.locals.contains(id));
    }

    /** {@code C(args)}: the arguments go to {@code __init__} (after self); the value is a C. */
    PyType construct(Expr.Call call, String cls) {
        state.callTargets.put(call, new CallTarget.Constructor(cls));
        PassState.FunctionSig init = state.classes.method(cls, "__init__");
        if (init == null) {
            if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
                return exprs.unsupported(call, "arguments to `" + cls + "()`, which has no __init__", "pass none");
            }
            return state.classes.classes.get(cls).type;
        }
        edge(init);
        PyType r = calls.userCall(call, withoutSelf(init));
        return r == null && !argsTyped(call) ? null : state.classes.classes.get(cls).type;
    }

    private boolean argsTyped(Expr.Call call) {
        return call.args().stream().allMatch(a -> state.exprTypes.get(a) != null);
    }

    /** {@code x.attr} on an instance: the field's type so far. */
    PyType attribute(Expr.Attribute a, PyType.Instance cls) {
        String owner = state.classes.fieldOwner(cls.name(), a.attr());
        if (owner == null) {
            String what = state.classes.methodOwner(cls.name(), a.attr()) != null
                    ? "a method used as a value (`" + cls.name() + "." + a.attr() + "`)"
                    : "the attribute `" + a.attr() + "`, which `" + cls.name() + "` does not assign in __init__";
            return exprs.unsupported(a, what, "read attributes assigned in __init__; call methods directly");
        }
        PyType t = state.classes.classes.get(owner).fields.get(a.attr());
        return t == null ? PyType.UNKNOWN : t;
    }

    /** {@code x.attr = value}: the field takes the value's type. */
    void store(Expr.Attribute target, PyType t, Expr value) {
        PyType recv = exprs.value(target.value());
        PyType.Instance cls = instance(recv);
        if (recv == null) {
            return;
        }
        if (cls == null) {
            state.problems.unsupported(target.span(), "assigning an attribute of a `" + recv.display() + "`",
                    "assign attributes of instances of the module's classes");
            return;
        }
        String owner = state.classes.fieldOwner(cls.name(), target.attr());
        if (owner == null) {
            state.problems.unsupported(target.span(), "assigning the attribute `" + target.attr() + "`, which `"
                    + cls.name() + "` does not assign in __init__", "assign every attribute in __init__ first");
            return;
        }
        state.bindField(owner, target.attr(), t, target.span());
        if (value != null) {
            state.refineEmptyList(value, state.classes.classes.get(owner).fields.get(target.attr()));
        }
    }

    /** Learns a field's type from what is stored into it ({@code self.xs.append(v)}, {@code self.d[k] = v}). */
    boolean refineField(Expr receiver, PyType refined, Span span) {
        if (!(receiver instanceof Expr.Attribute a)) {
            return false;
        }
        PyType.Instance cls = instance(state.exprTypes.get(a.value()));
        String owner = cls == null ? null : state.classes.fieldOwner(cls.name(), a.attr());
        if (owner == null) {
            return false;
        }
        state.bindField(owner, a.attr(), refined, span);
        return true;
    }

    /** Whether {@code receiver} is a field whose type a store may refine. */
    boolean isField(Expr receiver) {
        return receiver instanceof Expr.Attribute a && instance(state.exprTypes.get(a.value())) != null;
    }

    /** {@code x.m(args)} on an instance, or {@code super().m(args)} in a method. */
    PyType method(Expr.Call call, Expr.Attribute a) {
        if (isSuper(a.value())) {
            return superCall(call, a);
        }
        PyType recv = exprs.value(a.value());
        PyType.Instance cls = instance(recv);
        if (cls == null) {
            return null;
        }
        String name = a.attr();
        PassState.FunctionSig m = state.classes.method(cls.name(), name);
        if (m == null || name.startsWith("__")) {
            return exprs.unsupported(call, m == null ? "the method `" + cls.name() + "." + name + "`, which it does not "
                    + "define" : "calling a special method directly", "call methods the class defines");
        }
        state.callTargets.put(call, new CallTarget.ClassMethod(cls.name(), name, false));
        PyType result = null;
        boolean ok = true;
        for (PassState.FunctionSig target : targets(cls.name(), name)) {
            if (target.params().size() != m.params().size()) {
                return exprs.unsupported(call, "overrides of `" + name + "` with different parameters",
                        "keep the parameters of overriding methods the same");
            }
            edge(target);
            PyType r = calls.userCall(call, withoutSelf(target));
            ok &= r != null || argsTyped(call);
            if (r != null) {
                var joined = TypeJoin.join(result, r);
                if (joined.isEmpty()) {
                    return exprs.unsupported(call, "overrides of `" + name + "` returning different types",
                            "return the same type from every override");
                }
                result = joined.get();
            }
        }
        return ok ? result : null;
    }

    /** The implementations a call of {@code name} on a {@code cls} may run: the resolved one and overrides below. */
    List<PassState.FunctionSig> targets(String cls, String name) {
        List<PassState.FunctionSig> out = new ArrayList<>();
        for (ClassTable.ClassSig c : state.classes.subtree(cls)) {
            PassState.FunctionSig m = state.classes.method(c.name, name);
            if (m != null && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private PyType superCall(Expr.Call call, Expr.Attribute a) {
        ScopeContext scope = exprs.scope();
        String owner = scope.ownerClass;
        String base = owner == null ? null : state.classes.classes.get(owner).base;
        PassState.FunctionSig m = base == null ? null : state.classes.method(base, a.attr());
        if (m == null) {
            return exprs.unsupported(call, "this `super()` call", "call a method of the base class as super().m(...)");
        }
        state.callTargets.put(call, new CallTarget.ClassMethod(state.classes.methodOwner(base, a.attr()), a.attr(), true));
        edge(m);
        PyType r = calls.userCall(call, withoutSelf(m));
        return r == null && argsTyped(call) && a.attr().equals("__init__") ? PyType.NONE : r;
    }

    static boolean isSuper(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("super")
                && c.args().isEmpty() && c.keywords().isEmpty();
    }

    /** {@code isinstance(x, C)} or {@code isinstance(x, (C, D))} with x an instance. */
    PyType isinstance(Expr.Call call) {
        if (call.args().size() != 2 || !call.keywords().isEmpty()) {
            return null;
        }
        Expr classes = call.args().get(1);
        List<Expr> names = classes instanceof Expr.Tuple t ? t.elts() : List.of(classes);
        for (Expr n : names) {
            if (!(n instanceof Expr.Name name && isClass(name.id()))) {
                return exprs.unsupported(n, "this isinstance class", "test against classes the module defines");
            }
        }
        PyType t = exprs.value(call.args().get(0));
        if (t == null) {
            return null;
        }
        if (instance(t) == null && !(t instanceof PyType.NoneType)) {
            return exprs.unsupported(call, "isinstance of a `" + t.display() + "`", "test instances of the module's classes");
        }
        state.callTargets.put(call, new CallTarget.Builtin("isinstance"));
        return PyType.BOOL;
    }

    private void edge(PassState.FunctionSig target) {
        state.calls.computeIfAbsent(exprs.scope().name, k -> new java.util.LinkedHashSet<>()).add(target.scope().name);
    }

    /** The signature a call sees: the parameters after {@code self}. */
    private static PassState.FunctionSig withoutSelf(PassState.FunctionSig m) {
        return new PassState.FunctionSig(m.name(), m.params().subList(1, m.params().size()), m.scope(), m.node());
    }
}
