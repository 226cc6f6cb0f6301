package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one inference pass over the module records: expression types, call targets and
 * problems. Variable types live in the {@link ScopeContext}s and persist between passes;
 * {@link #changed} tells the driver whether another pass could learn more.
 */
final class PassState {
    final Problems problems;
    final Map<Expr, PyType> exprTypes = new IdentityHashMap<>();
    final Map<Expr.Call, CallTarget> callTargets = new IdentityHashMap<>();
    /** Module variables some function reads; they become shared slots instead of locals. */
    final java.util.Set<String> sharedGlobals = new java.util.LinkedHashSet<>();
    final Map<String, FunctionSig> functions;
    final ScopeContext module;
    final Annotations annotations;
    /** What {@code import math} and {@code from math import ...} bring in. */
    final MathModule.Imports math;
    /** Reads of module constants such as {@code math.pi}, as {@code "math.pi"}. */
    final Map<Expr, String> moduleConstants = new IdentityHashMap<>();
    /** Which functions each scope calls, by name: the call graph, to tell whether anything can recurse. */
    final Map<String, java.util.Set<String>> calls = new java.util.LinkedHashMap<>();
    /**
     * Expressions a built-in consumes whole at once ({@code sorted(d.items())}, {@code sum(x for x in
     * xs)}): there a dict view or a generator is the same as a list of its items.
     */
    final java.util.Set<Expr> consumedAtOnce = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    boolean changed;

    /** The module's classes; their field types persist across passes. */
    final ClassTable classes;

    PassState(Problems problems, Map<String, FunctionSig> functions, ScopeContext module,
            java.util.Set<String> typingNames, MathModule.Imports math, ClassTable classes) {
        this.classes = classes;
        this.math = math;
        this.problems = problems;
        this.functions = functions;
        this.module = module;
        this.annotations = new Annotations(typingNames, problems, classes);
    }

    PyType record(Expr e, PyType type) {
        if (type != null) {
            exprTypes.put(e, type);
        }
        return type;
    }

    /**
     * An empty list literal takes the type of where it goes (a variable, a parameter, a return
     * value): {@code xs = []} followed by {@code xs.append(1)} makes that literal a list[int].
     */
    void refineEmptyList(Expr value, PyType target) {
        if (value instanceof Expr.List l && l.elts().isEmpty() && target instanceof PyType.ListOf) {
            exprTypes.put(l, target);
        }
        if (value instanceof Expr.Dict d && d.keys().isEmpty() && target instanceof PyType.DictOf) {
            exprTypes.put(d, target);
        }
        refineNested(value, target);
    }

    /**
     * Lists built of empty lists ({@code [[] for _ in range(n)]}, {@code [[]] * n}, {@code [[], []]}),
     * and dicts and tuples holding them ({@code {k: [] for k in ks}}), take the type of where they
     * go too: the Rust value of every part must have the
     * target's type, or the crate does not compile. A part whose type stays incomplete leaves the
     * whole as it was.
     */
    private boolean refineNested(Expr value, PyType target) {
        PyType current = exprTypes.get(value);
        if (current == null || target == null || current.isComplete() || !target.isComplete() || !TypeJoin.accepts(target, current)) {
            return current != null && current.equals(target);
        }
        boolean parts = switch (value) {
            case Expr.List l -> target instanceof PyType.ListOf t
                    && l.elts().stream().allMatch(e -> refineEmptyOrNested(e, t.element()));
            case Expr.ListComp c -> target instanceof PyType.ListOf t && refineEmptyOrNested(c.elt(), t.element());
            case Expr.BinOp b when b.op() == io.portalis.ingest.ast.Operator.Mult ->
                    exprTypes.get(b.left()) instanceof PyType.ListOf ? refineEmptyOrNested(b.left(), target)
                            : exprTypes.get(b.right()) instanceof PyType.ListOf && refineEmptyOrNested(b.right(), target);
            case Expr.Dict d -> target instanceof PyType.DictOf t && d.keys().stream().noneMatch(java.util.Objects::isNull)
                    && d.keys().stream().allMatch(k -> refineEmptyOrNested(k, t.key()))
                    && d.values().stream().allMatch(v -> refineEmptyOrNested(v, t.value()));
            case Expr.DictComp c -> target instanceof PyType.DictOf t && refineEmptyOrNested(c.key(), t.key())
                    && refineEmptyOrNested(c.value(), t.value());
            case Expr.Tuple tu -> target instanceof PyType.TupleOf t && t.elements().size() == tu.elts().size()
                    && java.util.stream.IntStream.range(0, tu.elts().size())
                            .allMatch(i -> refineEmptyOrNested(tu.elts().get(i), t.elements().get(i)));
            default -> false;
        };
        if (parts) {
            exprTypes.put(value, target);
        }
        return parts;
    }

    private boolean refineEmptyOrNested(Expr part, PyType target) {
        refineEmptyList(part, target);
        return target.equals(exprTypes.get(part));
    }

    /** Records that {@code name} receives a value of {@code type}; a conflicting type is PTL0103. */
    void bind(ScopeContext scope, String name, PyType type, Span span) {
        if (type == null) {
            return;
        }
        PyType old = scope.types.get(name);
        Optional<PyType> joined = TypeJoin.join(old, type);
        if (joined.isEmpty()) {
            problems.typeMix(span, "`" + name + "` is assigned a `" + type.display() + "` here but holds `"
                    + old.display() + "` elsewhere",
                    "use a separate variable for each type; a variable keeps one type in the translation");
            return;
        }
        if (!joined.get().equals(old)) {
            scope.types.put(name, joined.get());
            changed = true;
        }
    }

    /**
     * Records that the field {@code name} of class {@code owner} receives a value of {@code type};
     * a field keeps one type, as a variable does (PTL0103).
     */
    void bindField(String owner, String name, PyType type, Span span) {
        if (type == null) {
            return;
        }
        Map<String, PyType> fields = classes.classes.get(owner).fields;
        PyType old = fields.get(name);
        Optional<PyType> joined = TypeJoin.join(old, type);
        if (joined.isEmpty()) {
            problems.typeMix(span, "the attribute `" + owner + "." + name + "` is assigned a `" + type.display()
                    + "` here but holds `" + old.display() + "` elsewhere", "give each attribute one type");
            return;
        }
        if (!joined.get().equals(old)) {
            fields.put(name, joined.get());
            changed = true;
        }
    }

    /** Whether {@code def} is the one module-level definition registered under its name. */
    boolean isRegistered(io.portalis.ingest.ast.Stmt.FunctionDef def) {
        FunctionSig sig = functions.get(def.name());
        return sig != null && sig.node() == def;
    }

    /** The signature a function call sees: parameters and return type. */
    record FunctionSig(String name, java.util.List<io.portalis.analysis.scope.FunctionInfo.Param> params,
            ScopeContext scope, io.portalis.ingest.ast.Stmt.FunctionDef node) {}
}
