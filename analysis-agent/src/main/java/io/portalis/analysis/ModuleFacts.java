package io.portalis.analysis;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.scope.Scope;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Side tables analysis fills for one module (STYLE.md rule 2): the module scope, each
 * function's signature and scope, the type of every expression, what each call calls, and
 * which variables may be read before they are assigned. Tables are keyed by node identity,
 * since two equal-looking nodes at different places are different expressions.
 */
public final class ModuleFacts {
    private final Scope moduleScope;
    private final Map<String, FunctionInfo> functions;
    private final Map<Expr, PyType> exprTypes;
    private final Map<Expr.Call, CallTarget> callTargets;
    private final Map<Scope, Set<String>> maybeUnbound;
    private final Set<String> sharedGlobals;
    private final Map<Expr, String> moduleConstants;
    private final boolean recursionPossible;
    private final Map<String, io.portalis.analysis.scope.ClassInfo> classes;

    public ModuleFacts(Scope moduleScope, Map<String, FunctionInfo> functions, Map<Expr, PyType> exprTypes,
            Map<Expr.Call, CallTarget> callTargets, Map<Scope, Set<String>> maybeUnbound, Set<String> sharedGlobals) {
        this(moduleScope, functions, exprTypes, callTargets, maybeUnbound, sharedGlobals, Map.of(), true);
    }

    public ModuleFacts(Scope moduleScope, Map<String, FunctionInfo> functions, Map<Expr, PyType> exprTypes,
            Map<Expr.Call, CallTarget> callTargets, Map<Scope, Set<String>> maybeUnbound, Set<String> sharedGlobals,
            Map<Expr, String> moduleConstants, boolean recursionPossible) {
        this(moduleScope, functions, exprTypes, callTargets, maybeUnbound, sharedGlobals, moduleConstants,
                recursionPossible, Map.of());
    }

    public ModuleFacts(Scope moduleScope, Map<String, FunctionInfo> functions, Map<Expr, PyType> exprTypes,
            Map<Expr.Call, CallTarget> callTargets, Map<Scope, Set<String>> maybeUnbound, Set<String> sharedGlobals,
            Map<Expr, String> moduleConstants, boolean recursionPossible,
            Map<String, io.portalis.analysis.scope.ClassInfo> classes) {
        this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        this.recursionPossible = recursionPossible;
        this.moduleConstants = Collections.unmodifiableMap(new IdentityHashMap<>(moduleConstants));
        this.sharedGlobals = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(sharedGlobals));
        this.moduleScope = moduleScope;
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.exprTypes = Collections.unmodifiableMap(new IdentityHashMap<>(exprTypes));
        this.callTargets = Collections.unmodifiableMap(new IdentityHashMap<>(callTargets));
        this.maybeUnbound = Collections.unmodifiableMap(new IdentityHashMap<>(maybeUnbound));
    }

    /** Facts for a module analysis gave up on: empty tables. */
    public static ModuleFacts empty() {
        return new ModuleFacts(new Scope(Scope.Kind.MODULE, "<module>", Map.of()), Map.of(), Map.of(), Map.of(),
                Map.of(), Set.of());
    }

    public Scope moduleScope() {
        return moduleScope;
    }

    /** Module-level functions in definition order, by name. */
    public Map<String, FunctionInfo> functions() {
        return functions;
    }

    public Optional<FunctionInfo> function(Stmt.FunctionDef def) {
        return functions.values().stream().filter(f -> f.node() == def).findFirst();
    }

    /** The inferred type of an expression, if analysis typed it. */
    public Optional<PyType> typeOf(Expr expr) {
        return Optional.ofNullable(exprTypes.get(expr));
    }

    public Optional<CallTarget> callTarget(Expr.Call call) {
        return Optional.ofNullable(callTargets.get(call));
    }

    /**
     * Variables of {@code scope} that some read may reach before any assignment; they need a
     * run-time check (Python raises {@code UnboundLocalError} or {@code NameError}).
     */
    public Set<String> maybeUnbound(Scope scope) {
        return maybeUnbound.getOrDefault(scope, Set.of());
    }

    /**
     * Module-level variables that functions read. Python looks them up when the function runs,
     * so they are shared slots rather than locals of the module body.
     */
    public Set<String> sharedGlobals() {
        return sharedGlobals;
    }

    /** The module constant an expression reads ({@code math.pi}, or {@code pi} imported from math). */
    public Optional<String> moduleConstant(Expr expr) {
        return Optional.ofNullable(moduleConstants.get(expr));
    }

    /**
     * Whether some function can call itself, directly or through others. When none can, the call
     * depth stays below CPython's recursion limit and no call needs the depth check.
     */
    public boolean recursionPossible() {
        return recursionPossible;
    }

    /** Every scope: the module first, then the functions, then the methods. */
    public List<Scope> scopes() {
        List<Scope> all = new java.util.ArrayList<>();
        all.add(moduleScope);
        functions.values().forEach(f -> all.add(f.scope()));
        classes.values().forEach(c -> c.methods().values().forEach(m -> all.add(m.scope())));
        return all;
    }

    /** The module's classes in definition order (bases before subclasses), by name. */
    public Map<String, io.portalis.analysis.scope.ClassInfo> classes() {
        return classes;
    }

    /** {@code cls} followed by its bases, nearest first: where attributes and methods are looked up. */
    public List<String> mro(String cls) {
        List<String> out = new java.util.ArrayList<>();
        for (String c = cls; c != null; c = classes.get(c).base()) {
            out.add(c);
        }
        return out;
    }

    /** The class at the top of {@code cls}'s hierarchy (the one without a base). */
    public String root(String cls) {
        List<String> mro = mro(cls);
        return mro.get(mro.size() - 1);
    }

    /** {@code cls} and every class derived from it, in definition order. */
    public List<String> subtree(String cls) {
        return classes.keySet().stream().filter(c -> mro(c).contains(cls)).toList();
    }

    /** The method {@code name} as {@code cls} finds it along its bases, or empty. */
    public Optional<FunctionInfo> resolveMethod(String cls, String name) {
        for (String c : mro(cls)) {
            FunctionInfo m = classes.get(c).methods().get(name);
            if (m != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The class defining the method {@code cls} finds under {@code name}, or null. */
    public String methodOwner(String cls, String name) {
        for (String c : mro(cls)) {
            if (classes.get(c).methods().containsKey(name)) {
                return c;
            }
        }
        return null;
    }

    /** Every field of {@code cls}: those of its bases first, then its own. */
    public Map<String, PyType> allFields(String cls) {
        Map<String, PyType> out = new LinkedHashMap<>();
        List<String> mro = mro(cls);
        for (int i = mro.size() - 1; i >= 0; i--) {
            out.putAll(classes.get(mro.get(i)).fields());
        }
        return out;
    }
}
