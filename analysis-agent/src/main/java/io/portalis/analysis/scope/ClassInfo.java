package io.portalis.analysis.scope;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Stmt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What analysis knows of a module-level {@code class}: its one base class (or none), the
 * attributes its methods assign on {@code self} with their types (the fields it declares
 * itself, not those of its bases), and its methods, whose first parameter is the instance.
 */
public record ClassInfo(Stmt.ClassDef node, String name, String base, Map<String, PyType> fields,
        Map<String, FunctionInfo> methods) {
    public ClassInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    }
}
