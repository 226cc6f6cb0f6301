package io.portalis.ingest.packages;

import io.portalis.ingest.ParsedModule;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The modules of a program besides its main script: every module and package the script imports,
 * directly or through other local modules, from files under the script's directory (the first
 * entry of {@code sys.path} for {@code python3 main.py}), in the order discovery met them. Found by
 * {@link ProgramDiscovery}; empty for a script that imports nothing of its own.
 *
 * @param root the main script's directory, as CPython's {@code sys.path[0]} names it
 */
public record LocalModules(Path root, Map<String, LocalModule> modules) {
    public LocalModules {
        modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
    }

    /** A script with no local imports. */
    public static LocalModules none() {
        return new LocalModules(null, Map.of());
    }

    /** What a dotted name is, as CPython's path-based finder tells them apart. */
    public enum Kind {
        /** {@code name.py}. */
        MODULE,
        /** {@code name/__init__.py}. */
        PACKAGE,
        /** A directory without {@code __init__.py} (PEP 420): no code, only submodules. */
        NAMESPACE
    }

    /**
     * One local module: its dotted name, kind, file ({@code __init__.py} for a package; null for a
     * namespace package, which has no code) and parsed source (null likewise).
     */
    public record LocalModule(String name, Kind kind, Path file, ParsedModule parsed) {
        public boolean isPackage() {
            return kind != Kind.MODULE;
        }

        /** The package relative imports in this module start from ({@code __package__}). */
        public String packageName() {
            return isPackage() ? name : parentOf(name);
        }
    }

    public boolean isEmpty() {
        return modules.isEmpty();
    }

    public Optional<LocalModule> get(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    /** Whether {@code name}'s top-level package is one of the program's, so that the program must provide all of it. */
    public boolean ownsTopLevel(String name) {
        return modules.containsKey(topLevel(name));
    }

    static String topLevel(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The enclosing package of a dotted name; the empty string for a top-level name. */
    static String parentOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /**
     * The absolute module a relative import names ({@code importlib._bootstrap._resolve_name}), or
     * the message of the {@code ImportError} CPython raises for it.
     *
     * @param packageName the importing module's {@code __package__}: empty for a top-level module and
     *     for the main script
     * @param module the part after the dots, or null for {@code from . import x}
     */
    public static Resolved resolveRelative(String packageName, int level, String module) {
        if (packageName.isEmpty()) {
            return new Resolved(null, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            if (base.indexOf('.') < 0) {
                return new Resolved(null, "attempted relative import beyond top-level package");
            }
            base = parentOf(base);
        }
        return new Resolved(module == null ? base : base + "." + module, null);
    }

    /** A resolved relative import: the absolute {@code name}, or the {@code error} CPython raises instead. */
    public record Resolved(String name, String error) {}
}
