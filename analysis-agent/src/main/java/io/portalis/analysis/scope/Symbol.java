package io.portalis.analysis.scope;

import io.portalis.analysis.types.PyType;

/** A name bound in a scope, how it is bound, and the type inferred for it. */
public record Symbol(String name, Kind kind, PyType type) {
    public enum Kind { PARAMETER, LOCAL, FUNCTION }
}
