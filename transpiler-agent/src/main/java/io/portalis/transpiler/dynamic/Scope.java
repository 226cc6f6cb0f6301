package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Node;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One Python scope as the dynamic lowering sees it (Python reference, "Naming and binding"):
 * the names it binds, declares {@code global}/{@code nonlocal}, and which of its locals inner
 * closures capture (those live in {@code Cell}s). Filled by {@link ScopeAnalysis}.
 */
final class Scope {
    enum Kind {
        MODULE, FUNCTION, CLASS, COMPREHENSION, GENEXPR;

        /** Whether code of this scope runs in its own Rust closure (not inline in its parent). */
        boolean isClosure() {
            return this == FUNCTION || this == GENEXPR;
        }
    }

    final Kind kind;
    final Node node;
    final Scope parent;
    /** Names bound here (assignment, def, import, parameters, for/with/except targets), in order. */
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    /** Locals that some inner closure reads or writes. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Names of enclosing function locals this closure must capture (its own and its inner closures'). */
    final Set<String> frees = new LinkedHashSet<>();
    /** Names deleted somewhere in the scope (a parameter that is deleted may become unbound). */
    final Set<String> deleted = new LinkedHashSet<>();
    /** Names bound by an assignment expression ({@code :=}) in this scope or its comprehensions. */
    final Set<String> walrus = new LinkedHashSet<>();
    /** Locals always bound when read (see {@link DefiniteAssignment}). */
    final Set<String> definite = new LinkedHashSet<>();
    /** Whether the body calls {@code super()} with no arguments (needs the class cell). */
    boolean usesSuper;

    Scope(Kind kind, Node node, Scope parent) {
        this.kind = kind;
        this.node = node;
        this.parent = parent;
    }

    /** Whether {@code name} is a local variable of this scope. */
    boolean isLocal(String name) {
        return kind != Kind.MODULE && !globals.contains(name) && !nonlocals.contains(name)
                && (bound.contains(name) || params.contains(name));
    }

    /** Whether {@code name} is a parameter that is never deleted: always bound, a plain Rust variable. */
    boolean isPlainParam(String name) {
        return params.contains(name) && !deleted.contains(name) && !cells.contains(name);
    }

    /** Whether {@code name} is a local that is always bound when read: a plain Rust {@code Value}. */
    boolean isPlain(String name) {
        return (params.contains(name) || definite.contains(name)) && !deleted.contains(name) && !cells.contains(name);
    }
}
