package io.portalis.analysis.infer;

import java.util.Set;

/** Names of the built-in functions this version translates, and of those it rejects on sight. */
public final class Builtins {
    private Builtins() {}

    private static final Set<String> SUPPORTED = Set.of(
            "print", "len", "str", "repr", "int", "float", "bool", "abs", "min", "max", "sum", "range", "sorted", "enumerate", "zip",
            "reversed", "list", "ord", "chr", "round");

    /** Features that need an interpreter at run time (risk T1, diagnostic PTL0101). */
    private static final Set<String> DYNAMIC = Set.of(
            "eval", "exec", "compile", "globals", "locals", "vars", "getattr", "setattr", "delattr",
            "__import__");

    public static boolean isBuiltin(String name) {
        return SUPPORTED.contains(name);
    }

    public static boolean isDynamic(String name) {
        return DYNAMIC.contains(name);
    }
}
