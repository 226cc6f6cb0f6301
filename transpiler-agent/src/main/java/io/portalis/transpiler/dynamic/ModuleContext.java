package io.portalis.transpiler.dynamic;

import io.portalis.ingest.packages.LocalModules;
import java.util.Map;

/**
 * Where a module sits in the program being translated: its Python name ({@code __name__}), the
 * package its relative imports start from, whether it is the crate's root (the main script, or
 * the module of a library), the program's other modules and the Rust module each becomes, and
 * the first slot of its variables in the runtime's one table of globals.
 *
 * @param rustModules the Rust module of every local module that has code, by dotted name
 * @param attributeWrites the attribute names the program's modules assign on objects
 */
public record ModuleContext(String name, String packageName, boolean root, LocalModules program,
        Map<String, String> rustModules, int globalBase, AttributeWrites attributeWrites) {
    public ModuleContext {
        rustModules = Map.copyOf(rustModules);
    }

    /** A lone script or library module: no local modules beyond what {@code program} lists. */
    public static ModuleContext root(String name, LocalModules program, Map<String, String> rustModules) {
        return new ModuleContext(name, "", true, program, rustModules, 0, AttributeWrites.none());
    }

    /**
     * Whether calls to module-level function {@code name} may go straight to its Rust function:
     * not when another module may replace it through the module object ({@code util.f = g}).
     * Nobody holds the main script's module object, so its functions are never replaced that way.
     */
    boolean callsDirectly(String name) {
        return root || !attributeWrites.mayWrite(name);
    }

    /** Who provides a module an import names. */
    enum Provider {
        /** A file of the program. */
        PROGRAM,
        /** Nobody, although its package is the program's: {@code ModuleNotFoundError} when imported. */
        PROGRAM_MISSING,
        /** The runtime's implementation of a standard-library module. */
        RUNTIME,
        /** Nobody Portalis knows: CPython may find it (an installed package), the translation cannot. */
        UNKNOWN
    }

    /** Who provides the module with absolute name {@code name}, as CPython would look for it. */
    Provider provider(String name) {
        if (program.ownsTopLevel(name)) {
            return program.get(name).isPresent() ? Provider.PROGRAM : Provider.PROGRAM_MISSING;
        }
        return DynImports.MODULES.contains(name) ? Provider.RUNTIME : Provider.UNKNOWN;
    }

    /** The absolute module {@code from … import} names, or the {@code ImportError} CPython raises instead. */
    LocalModules.Resolved resolve(io.portalis.ingest.ast.Stmt.ImportFrom i) {
        int level = i.level() == null ? 0 : i.level();
        if (level == 0) {
            return new LocalModules.Resolved(i.module(), null);
        }
        return LocalModules.resolveRelative(packageName, level, i.module());
    }

    /** The {@code __module__} of the classes the module defines. */
    String classModule() {
        return root ? "__main__" : name;
    }
}
