package io.portalis.analysis.infer;

import io.portalis.analysis.ModuleFacts;
import io.portalis.analysis.Problems;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.scope.Scope;
import io.portalis.analysis.scope.Symbol;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the types of a whole module. Variable and return types are learned by repeated
 * passes (a loop may use a variable before the line that gives its type) until nothing
 * changes; the last pass's expression types and problems are the result.
 */
public final class ModuleInference {
    private static final int MAX_PASSES = 8;

    private final ParsedModule module;
    private final Map<String, PassState.FunctionSig> functions = new LinkedHashMap<>();
    private final Map<String, Stmt.FunctionDef> defs = new LinkedHashMap<>();
    private ScopeContext moduleScope;
    private Set<String> typingNames;
    private MathModule.Imports math = MathModule.Imports.none();
    private ClassTable classes;

    public ModuleInference(ParsedModule module) {
        this.module = module;
    }

    public record Result(ModuleFacts facts, Problems problems) {}

    public Result run() {
        Problems signatureProblems = newProblems();
        List<Stmt> body = module.tree().body();
        typingNames = Annotations.typingImports(body);
        moduleScope = new ScopeContext("<module>", false, moduleLocals(body), Set.of(), PyType.NONE, true);
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f && !defs.containsKey(f.name()) && !moduleScope.locals.contains(f.name())) {
                defs.put(f.name(), f);
            }
        }
        // Classes first: function annotations may name them.
        classes = new ClassTable(signatureProblems);
        Set<String> taken = new LinkedHashSet<>(moduleScope.locals);
        taken.addAll(defs.keySet());
        classes.collect(body, taken, this::methodSignature);
        defs.values().forEach(f -> functions.put(f.name(), signature(f, signatureProblems, f.name(), null)));
        math = mathImports(body);
        PassState last = null;
        for (int i = 0; i < MAX_PASSES; i++) {
            last = pass();
            if (!last.changed) {
                break;
            }
        }
        Problems problems = newProblems();
        signatureProblems.all().forEach(d -> problems.addAll(List.of(d)));
        last.problems.all().forEach(d -> problems.addAll(List.of(d)));
        defs.values().forEach(def -> checkInferred(functions.get(def.name()), problems));
        classes.classes.values().forEach(c -> c.methods.values().forEach(m -> checkInferred(m, problems)));
        classes.checkFields(problems);
        Map<String, List<Stmt>> methodBodies = new LinkedHashMap<>();
        classes.classes.values().forEach(c -> methodBodies.put(c.name, c.methods.values().stream()
                .flatMap(m -> m.node().body().stream()).toList()));
        new DefinitionOrder(defs, last.callTargets, problems, methodBodies).check(body);
        return new Result(facts(last), problems);
    }

    /** The math imports, less the names the module binds itself (those shadow the imports). */
    private MathModule.Imports mathImports(List<Stmt> body) {
        MathModule.Imports found = MathModule.Imports.of(body);
        Set<String> members = new LinkedHashSet<>(found.members());
        members.removeIf(n -> moduleScope.locals.contains(n) || defs.containsKey(n));
        boolean module = found.moduleImported() && !moduleScope.locals.contains("math") && !defs.containsKey("math");
        return new MathModule.Imports(found.statements(), module, members);
    }

    private Problems newProblems() {
        return new Problems(module.file().displayName(), module.lines());
    }

    private static Set<String> moduleLocals(List<Stmt> body) {
        return BoundNames.of(body);
    }

    private PassState pass() {
        PassState state = new PassState(newProblems(), functions, moduleScope, typingNames, math, classes);
        new StmtInference(state, moduleScope).body(module.tree().body());
        for (var entry : defs.entrySet()) {
            new StmtInference(state, functions.get(entry.getKey()).scope()).body(entry.getValue().body());
        }
        for (ClassTable.ClassSig c : classes.classes.values()) {
            for (PassState.FunctionSig m : c.methods.values()) {
                new StmtInference(state, m.scope()).body(m.node().body());
            }
        }
        return state;
    }

    /** A method's signature: its first parameter is the instance, of the class's own type. */
    private PassState.FunctionSig methodSignature(Stmt.FunctionDef f, Problems problems) {
        ClassTable.ClassSig owner = classes.classes.values().stream().filter(c -> c.node.body().contains(f))
                .findFirst().orElseThrow();
        PassState.FunctionSig sig = signature(f, problems, owner.name + "." + f.name(), owner.type);
        sig.scope().ownerClass = owner.name;
        return sig;
    }

    private PassState.FunctionSig signature(Stmt.FunctionDef f, Problems problems, String qualified,
            PyType.Instance selfType) {
        Annotations annotations = new Annotations(typingNames, problems, classes);
        Arguments a = f.args();
        if (!a.posonlyargs().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty() || a.kwarg() != null) {
            problems.unsupported(a.span(), "`/`, `*args`, keyword-only and `**kwargs` parameters",
                    "use plain positional parameters");
        }
        if (!f.decoratorList().isEmpty()) {
            problems.unsupported(f.decoratorList().get(0).span(), "decorators", "call the function directly");
        }
        List<FunctionInfo.Param> params = new ArrayList<>();
        Map<String, PyType> inferred = new LinkedHashMap<>();
        int firstDefault = a.args().size() - a.defaults().size();
        for (int i = 0; i < a.args().size(); i++) {
            Arg arg = a.args().get(i);
            Expr dflt = i >= firstDefault ? a.defaults().get(i - firstDefault) : null;
            PyType t = null;
            PyType shape = arg.annotation() == null ? PyType.UNKNOWN : annotations.bare(arg.annotation());
            if (i == 0 && selfType != null) {
                // The instance a method is called on: its type is the class's.
                params.add(new FunctionInfo.Param(arg.arg(), selfType, null));
                if (dflt != null) {
                    problems.unsupported(arg.span(), "a default for `self`", "remove it");
                }
                continue;
            }
            if (shape != null && dflt != null) {
                problems.unsupported(arg.span(), "the parameter `" + arg.arg() + "` with a default but no full type",
                        "annotate it, for example `" + arg.arg() + ": int = 0`");
            } else if (shape != null) {
                // Learned from the calls (CallInference): a function is only ever called directly here.
                inferred.put(arg.arg(), shape);
                t = shape instanceof PyType.TupleOf ? null : shape instanceof PyType.Unknown ? null : shape;
            } else {
                t = annotations.read(arg.annotation());
            }
            if (dflt != null && !(dflt instanceof Expr.Constant)) {
                problems.unsupported(dflt.span(), "a default value that is not a literal", "use a literal default");
            }
            params.add(new FunctionInfo.Param(arg.arg(), t, dflt));
        }
        Set<String> paramNames = new LinkedHashSet<>(params.stream().map(FunctionInfo.Param::name).toList());
        Set<String> locals = new LinkedHashSet<>(paramNames);
        locals.addAll(BoundNames.of(f.body()));
        PyType returnShape = f.returns() == null ? null : annotations.bare(f.returns());
        PyType returns = f.returns() == null || returnShape != null ? null : annotations.read(f.returns());
        if (returnShape instanceof PyType.ListOf || returnShape instanceof PyType.DictOf) {
            returns = returnShape;
        }
        boolean annotated = f.returns() != null && returnShape == null;
        ScopeContext scope = new ScopeContext(qualified, true, locals, paramNames, returns, annotated);
        scope.returnShape = returnShape;
        scope.inferredParams.putAll(inferred);
        params.forEach(p -> scope.types.put(p.name(), p.type()));
        return new PassState.FunctionSig(f.name(), params, scope, f);
    }

    /** Parameters and returns typed from their uses must have ended with a complete type of their shape. */
    private static void checkInferred(PassState.FunctionSig sig, Problems problems) {
        ScopeContext scope = sig.scope();
        for (Arg arg : sig.node().args().args()) {
            PyType shape = scope.inferredParams.get(arg.arg());
            PyType t = scope.types.get(arg.arg());
            if (shape != null && (t == null || !t.isComplete() || !Annotations.fits(shape, t))) {
                problems.unsupported(arg.span(), "the parameter `" + arg.arg() + "`, whose type the calls of `"
                        + sig.name() + "` do not tell", "annotate it, for example `" + arg.arg() + ": int`");
            }
        }
        if (scope.returnShape != null && (scope.returns == null || !scope.returns.isComplete()
                || !Annotations.fits(scope.returnShape, scope.returns))) {
            problems.unsupported(sig.node().returns().span(), "this return annotation, whose element types the "
                    + "returned values do not tell", "write the element types, e.g. `tuple[int, int]`");
        }
    }

    private static List<FunctionInfo.Param> finalParams(PassState.FunctionSig sig) {
        return sig.params().stream().map(p -> sig.scope().inferredParams.containsKey(p.name())
                ? new FunctionInfo.Param(p.name(), sig.scope().types.get(p.name()), p.defaultValue()) : p).toList();
    }

    private ModuleFacts facts(PassState last) {
        Scope module = scope(moduleScope, Scope.Kind.MODULE);
        Map<Scope, Set<String>> unbound = new IdentityHashMap<>();
        Set<String> moduleLocals = new LinkedHashSet<>(moduleScope.locals);
        moduleLocals.removeAll(last.sharedGlobals);
        unbound.put(module, DefiniteAssignment.maybeUnbound(this.module.tree().body(), moduleLocals, Set.of()));
        Map<String, FunctionInfo> infos = new LinkedHashMap<>();
        for (var entry : defs.entrySet()) {
            PassState.FunctionSig sig = functions.get(entry.getKey());
            Scope scope = scope(sig.scope(), Scope.Kind.FUNCTION);
            PyType returns = sig.scope().returns == null ? PyType.NONE : sig.scope().returns;
            infos.put(entry.getKey(), new FunctionInfo(entry.getValue(), entry.getKey(), finalParams(sig), returns, scope));
            unbound.put(scope, DefiniteAssignment.maybeUnbound(entry.getValue().body(), sig.scope().locals,
                    sig.scope().params));
        }
        Map<String, io.portalis.analysis.scope.ClassInfo> classInfos = new LinkedHashMap<>();
        for (ClassTable.ClassSig c : classes.classes.values()) {
            Map<String, FunctionInfo> methods = new LinkedHashMap<>();
            for (PassState.FunctionSig sig : c.methods.values()) {
                Scope scope = scope(sig.scope(), Scope.Kind.FUNCTION);
                PyType returns = sig.scope().returns == null ? PyType.NONE : sig.scope().returns;
                methods.put(sig.node().name(), new FunctionInfo(sig.node(), sig.node().name(), finalParams(sig), returns,
                        scope));
                unbound.put(scope, DefiniteAssignment.maybeUnbound(sig.node().body(), sig.scope().locals,
                        sig.scope().params));
            }
            Map<String, PyType> fields = new LinkedHashMap<>();
            c.fields.forEach((k, v) -> fields.put(k, v == null ? PyType.UNKNOWN : v));
            classInfos.put(c.name, new io.portalis.analysis.scope.ClassInfo(c.node, c.name, c.base, fields, methods));
        }
        return new ModuleFacts(module, infos, last.exprTypes, last.callTargets, unbound, last.sharedGlobals,
                last.moduleConstants, hasCycle(last.calls) || defs.size() > 500, classInfos);
    }

    /** Whether the call graph (caller to callees, by name) has a cycle: depth-first, marking the path. */
    private static boolean hasCycle(Map<String, Set<String>> calls) {
        Map<String, Integer> state = new java.util.HashMap<>();
        for (String f : calls.keySet()) {
            if (reachesPath(f, calls, state)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachesPath(String f, Map<String, Set<String>> calls, Map<String, Integer> state) {
        Integer s = state.get(f);
        if (s != null) {
            return s == 1;
        }
        state.put(f, 1);
        for (String g : calls.getOrDefault(f, Set.of())) {
            if (reachesPath(g, calls, state)) {
                return true;
            }
        }
        state.put(f, 2);
        return false;
    }

    private static Scope scope(ScopeContext ctx, Scope.Kind kind) {
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        for (String name : ctx.locals) {
            Symbol.Kind k = ctx.params.contains(name) ? Symbol.Kind.PARAMETER : Symbol.Kind.LOCAL;
            symbols.put(name, new Symbol(name, k, ctx.types.getOrDefault(name, PyType.UNKNOWN)));
        }
        return new Scope(kind, ctx.name, symbols);
    }
}
