package io.portalis.transpiler.runtime;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name tables the dynamic lowering must agree with, read from the runtime's own Rust source so
 * the two cannot drift apart: the modules {@code import_module} provides ({@code MODULES} in
 * {@code value/modules/mod.rs}) and the builtins ({@code NAMES} in {@code value/builtins.rs}).
 */
public final class PyrtTables {
    private static final Pattern MODULE_ROW = Pattern.compile("\\(\\s*\"([A-Za-z_][A-Za-z0-9_.]*)\"\\s*,");
    private static final Pattern STRING = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

    private static final Set<String> MODULES = parse(PyrtSources.read("pyrt/src/value/modules/mod.rs"),
            "const MODULES:", MODULE_ROW);
    private static final Set<String> BUILTINS = parse(PyrtSources.read("pyrt/src/value/builtins.rs"),
            "pub const NAMES:", STRING);

    private PyrtTables() {}

    /** Modules the runtime can import, in the table's order. */
    public static Set<String> modules() {
        return MODULES;
    }

    /** Builtin names the runtime provides as {@code b::<name>} and {@code b::value("name")}. */
    public static Set<String> builtins() {
        return BUILTINS;
    }

    /** The quoted names of the array literal that follows {@code declaration} up to its {@code ];}. */
    static Set<String> parse(String source, String declaration, Pattern entry) {
        int start = source.indexOf(declaration);
        if (start < 0) {
            throw new IllegalStateException("the runtime source has no `" + declaration + "` table");
        }
        int open = source.indexOf("&[", start);
        int end = source.indexOf("];", open);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = entry.matcher(source.substring(open + 2, end));
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("the runtime's `" + declaration + "` table is empty");
        }
        return Set.copyOf(names);
    }
}
