package io.portalis.transpiler.lower;

import java.util.Set;

/**
 * Rust identifiers for Python names. Python allows names that are Rust keywords or that
 * generated code already uses ({@code Int}, {@code Ok}, {@code main}); those get a trailing
 * underscore, and so do names shaped like the lowering's temporaries.
 */
final class RustNames {
    private RustNames() {}

    private static final Set<String> RESERVED = Set.of(
            "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
            "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
            "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
            "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try", "union",
            "main", "module_body", "pyrt", "std", "core", "alloc", "Int", "Str", "List", "PyObj", "PyErr",
            "PyResult", "Ok", "Err", "Some", "None", "Option", "Result", "String", "Vec", "Box", "_",
            "Rc", "Cell", "Slot", "OptSlot", "Late", "PyClass");

    static String of(String python) {
        if (RESERVED.contains(python) || python.matches("tmp__\\d+") || python.startsWith("GLOBAL_") || python.endsWith("_")
                && RESERVED.contains(python.replaceAll("_+$", ""))) {
            return python + "_";
        }
        return python;
    }

    /** The slot of a shared module-level variable. */
    static String globalSlot(String python) {
        return "GLOBAL_" + python;
    }

    static String temp(int n) {
        return "tmp__" + n;
    }
}
