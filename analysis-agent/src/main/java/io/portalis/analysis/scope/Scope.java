package io.portalis.analysis.scope;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Python scope (the module or a function) and the symbols bound in it, in order of first
 * binding. Python's rule applies: a name assigned anywhere in a function is local to all of it.
 */
public record Scope(Kind kind, String name, Map<String, Symbol> symbols) {
    public enum Kind { MODULE, FUNCTION }

    public Scope {
        symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
    }

    public Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    public boolean isFunction() {
        return kind == Kind.FUNCTION;
    }
}
