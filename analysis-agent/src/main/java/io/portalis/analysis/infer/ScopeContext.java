package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The scope a body is inferred in: which names are local (bound anywhere in it), their types
 * so far, and for a function its declared return type. Types persist across inference passes
 * until they stop changing.
 */
final class ScopeContext {
    final String name;
    final boolean isFunction;
    final Set<String> locals;
    final Set<String> params;
    final Map<String, PyType> types = new LinkedHashMap<>();
    /** The annotated return type, or the one inferred from {@code return} statements. */
    PyType returns;
    final boolean returnsAnnotated;
    /**
     * Parameters whose type is learned from the calls of the function (no annotation, or a bare
     * {@code list}/{@code tuple}/{@code dict}), each with the shape its type must have: {@link
     * PyType#UNKNOWN} for any, {@code list[?]}, {@code dict[?, ?]}, or an empty tuple for any tuple.
     */
    final Map<String, PyType> inferredParams = new LinkedHashMap<>();
    /** For a bare {@code -> list}/{@code -> tuple}/{@code -> dict}: the shape the inferred return must have. */
    PyType returnShape;
    /** For a method, the class that defines it ({@code super()} starts after it); null otherwise. */
    String ownerClass;

    ScopeContext(String name, boolean isFunction, Set<String> locals, Set<String> params, PyType returns,
            boolean returnsAnnotated) {
        this.name = name;
        this.isFunction = isFunction;
        this.locals = locals;
        this.params = params;
        this.returns = returns;
        this.returnsAnnotated = returnsAnnotated;
    }
}
