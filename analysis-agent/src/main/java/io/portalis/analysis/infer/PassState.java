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
    final Map<String, FunctionSig> functions;
    final ScopeContext module;
    boolean changed;

    PassState(Problems problems, Map<String, FunctionSig> functions, ScopeContext module) {
        this.problems = problems;
        this.functions = functions;
        this.module = module;
    }

    PyType record(Expr e, PyType type) {
        if (type != null) {
            exprTypes.put(e, type);
        }
        return type;
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

    /** The signature a function call sees: parameters and return type. */
    record FunctionSig(String name, java.util.List<io.portalis.analysis.scope.FunctionInfo.Param> params,
            ScopeContext scope) {}
}
