package io.portalis.transpiler.lower;

import io.portalis.analysis.ModuleFacts;
import io.portalis.analysis.Problems;
import io.portalis.analysis.scope.Scope;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import java.util.Set;

/** What lowering one scope needs: the facts, where to report, and a counter for temporaries. */
final class LowerContext {
    final ModuleFacts facts;
    final Problems problems;
    final Scope scope;
    final Set<String> boxed;
    private int temps;
    /** In a method, the Python name of its instance parameter (a {@code &Rc} in Rust); else null. */
    String selfName;
    /** The return type of the function being lowered (None for module code). */
    PyType returns = PyType.NONE;
    /** The locals kept as {@code i64} and {@code List<i64>} (none in module code). */
    BoundedInts bounded = BoundedInts.NONE;

    LowerContext(ModuleFacts facts, Problems problems, Scope scope) {
        this.facts = facts;
        this.problems = problems;
        this.scope = scope;
        this.boxed = facts.maybeUnbound(scope);
    }

    /** Variables bound by the comprehensions being lowered: Rust {@code let}s local to their loop. */
    final java.util.ArrayDeque<Set<String>> comprehensionNames = new java.util.ArrayDeque<>();

    boolean isComprehensionVariable(String name) {
        return comprehensionNames.stream().anyMatch(level -> level.contains(name));
    }

    String freshTemp() {
        return RustNames.temp(temps++);
    }

    boolean isLocal(String name) {
        return scope.symbols().containsKey(name);
    }

    /** Whether {@code name} here means a shared module-level slot rather than a Rust local. */
    boolean isGlobal(String name) {
        return !isComprehensionVariable(name) && facts.sharedGlobals().contains(name)
                && (!scope.isFunction() || !isLocal(name));
    }

    /** The analysed type; a missing one is a bug in analysis, reported rather than guessed. */
    PyType typeOf(Expr e) {
        return facts.typeOf(e).orElseThrow(() -> new LoweringFailed(e, "expression has no inferred type"));
    }

    /** Thrown inside lowering when a node cannot be lowered; the module lowering reports it. */
    static final class LoweringFailed extends RuntimeException {
        final transient io.portalis.ingest.ast.Span span;

        LoweringFailed(Expr node, String message) {
            this(node == null ? null : node.span(), message);
        }

        LoweringFailed(io.portalis.ingest.ast.Span span, String message) {
            super(message);
            this.span = span;
        }
    }
}
