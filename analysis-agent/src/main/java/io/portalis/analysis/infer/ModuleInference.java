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
                functions.put(f.name(), signature(f, signatureProblems));
            }
        }
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
        new DefinitionOrder(defs, last.callTargets, problems).check(body);
        return new Result(facts(last), problems);
    }

    private Problems newProblems() {
        return new Problems(module.file().displayName(), module.lines());
    }

    private static Set<String> moduleLocals(List<Stmt> body) {
        return BoundNames.of(body);
    }

    private PassState pass() {
        PassState state = new PassState(newProblems(), functions, moduleScope, typingNames);
        new StmtInference(state, moduleScope).body(module.tree().body());
        for (var entry : defs.entrySet()) {
            new StmtInference(state, functions.get(entry.getKey()).scope()).body(entry.getValue().body());
        }
        return state;
    }

    private PassState.FunctionSig signature(Stmt.FunctionDef f, Problems problems) {
        Annotations annotations = new Annotations(typingNames, problems);
        Arguments a = f.args();
        if (!a.posonlyargs().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty() || a.kwarg() != null) {
            problems.unsupported(a.span(), "`/`, `*args`, keyword-only and `**kwargs` parameters",
                    "use plain positional parameters");
        }
        if (!f.decoratorList().isEmpty()) {
            problems.unsupported(f.decoratorList().get(0).span(), "decorators", "call the function directly");
        }
        List<FunctionInfo.Param> params = new ArrayList<>();
        int firstDefault = a.args().size() - a.defaults().size();
        for (int i = 0; i < a.args().size(); i++) {
            Arg arg = a.args().get(i);
            PyType t = null;
            if (arg.annotation() == null) {
                problems.unsupported(arg.span(), "the unannotated parameter `" + arg.arg() + "`",
                        "annotate it, for example `" + arg.arg() + ": int`");
            } else {
                t = annotations.read(arg.annotation());
            }
            Expr dflt = i >= firstDefault ? a.defaults().get(i - firstDefault) : null;
            if (dflt != null && !(dflt instanceof Expr.Constant)) {
                problems.unsupported(dflt.span(), "a default value that is not a literal", "use a literal default");
            }
            params.add(new FunctionInfo.Param(arg.arg(), t, dflt));
        }
        Set<String> paramNames = new LinkedHashSet<>(params.stream().map(FunctionInfo.Param::name).toList());
        Set<String> locals = new LinkedHashSet<>(paramNames);
        locals.addAll(BoundNames.of(f.body()));
        PyType returns = f.returns() == null ? null : annotations.read(f.returns());
        ScopeContext scope = new ScopeContext(f.name(), true, locals, paramNames, returns, f.returns() != null);
        params.forEach(p -> scope.types.put(p.name(), p.type()));
        return new PassState.FunctionSig(f.name(), params, scope, f);
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
            infos.put(entry.getKey(), new FunctionInfo(entry.getValue(), entry.getKey(), sig.params(), returns, scope));
            unbound.put(scope, DefiniteAssignment.maybeUnbound(entry.getValue().body(), sig.scope().locals,
                    sig.scope().params));
        }
        return new ModuleFacts(module, infos, last.exprTypes, last.callTargets, unbound, last.sharedGlobals);
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
