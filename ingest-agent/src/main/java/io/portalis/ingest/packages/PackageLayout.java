package io.portalis.ingest.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * The modules under a directory, by dotted name, as Python's path-based finder would name them
 * with that directory on {@code sys.path} (docs.python.org/3.12/reference/import.html#packages).
 * A directory holding {@code __init__.py} is a regular package; one without is a namespace
 * package. Paths with a part that is not an identifier cannot be imported and are left out.
 *
 * @param modules every module and package by dotted name; a package maps to its {@code __init__.py}
 * @param packages the dotted names that are packages (regular or namespace)
 */
public record PackageLayout(Path root, Map<String, Path> modules, Set<String> packages) {
    public PackageLayout {
        modules = Collections.unmodifiableMap(new TreeMap<>(modules));
        packages = Collections.unmodifiableSet(new TreeSet<>(packages));
    }

    public static PackageLayout discover(Path root) throws IOException {
        Map<String, Path> modules = new TreeMap<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList()) {
                String name = moduleName(root.relativize(file));
                if (name == null) {
                    continue;
                }
                boolean init = file.getFileName().toString().equals("__init__.py");
                if (init) {
                    packages.add(name);
                }
                modules.put(name, file);
                for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
                    packages.add(name.substring(0, dot));
                }
            }
        }
        return new PackageLayout(root, modules, packages);
    }

    /** {@code a/b/c.py} is {@code a.b.c} and {@code a/b/__init__.py} is {@code a.b}; null when not importable. */
    static String moduleName(Path relative) {
        StringBuilder name = new StringBuilder();
        int parts = relative.getNameCount();
        for (int i = 0; i < parts; i++) {
            String part = relative.getName(i).toString();
            if (i == parts - 1) {
                part = part.substring(0, part.length() - ".py".length());
                if (part.equals("__init__")) {
                    return i == 0 ? null : name.toString();
                }
            }
            if (!SourceVersion.isIdentifier(part) || part.contains("$")) {
                return null;
            }
            name.append(i == 0 ? "" : ".").append(part);
        }
        return name.toString();
    }

    public boolean isPackage(String name) {
        return packages.contains(name);
    }

    /** Whether {@code name} is a module or package found here. */
    public boolean has(String name) {
        return modules.containsKey(name) || packages.contains(name);
    }

    /** Whether the first part of {@code name} is found here, so the rest must be found here too. */
    public boolean ownsTopLevel(String name) {
        int dot = name.indexOf('.');
        return has(dot < 0 ? name : name.substring(0, dot));
    }
}
