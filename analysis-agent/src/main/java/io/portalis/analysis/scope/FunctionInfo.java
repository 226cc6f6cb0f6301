package io.portalis.analysis.scope;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.List;

/**
 * What analysis knows of a module-level {@code def}: its parameters with their annotated
 * types and defaults, its return type (annotated or inferred) and its scope.
 */
public record FunctionInfo(Stmt.FunctionDef node, String name, List<Param> params, PyType returns, Scope scope) {
    public FunctionInfo {
        params = List.copyOf(params);
    }

    /** A parameter; {@code defaultValue} is null when the caller must pass it. */
    public record Param(String name, PyType type, Expr defaultValue) {}
}
