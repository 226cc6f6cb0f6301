package io.portalis.ingest.packages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which top-level module names a file beside the main script can shadow under CPython 3.12
 * ({@code python3 main.py} puts the script's directory first on {@code sys.path}). Built-in and
 * frozen modules are found before {@code sys.path} is searched, and the modules the interpreter
 * imports while starting up are already in {@code sys.modules}: a local {@code os.py} or
 * {@code time.py} is never imported under that name. Every other module, {@code random} say, is
 * shadowed by a local file or regular package, but not by a directory without
 * {@code __init__.py} (a namespace portion loses to a module found later on the path).
 */
public final class StdlibNames {
    private StdlibNames() {}

    /** {@code sys.builtin_module_names}, the frozen modules, and what start-up imports (with {@code site}). */
    private static final Set<String> FOUND_BEFORE_PATH = Set.of(
            "__main__", "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale",
            "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize",
            "_tracemalloc", "_typing", "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler",
            "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
            "_collections_abc", "_frozen_importlib", "_frozen_importlib_external", "_sitebuiltins", "abc",
            "codecs", "genericpath", "io", "ntpath", "os", "posixpath", "runpy", "site", "stat", "zipimport",
            "encodings");

    /** {@code sys.stdlib_module_names} of CPython 3.12. */
    private static final Set<String> STDLIB = read("stdlib-3.12.txt");

    /** Whether a local module or regular package named {@code top} would be imported instead of CPython's own. */
    public static boolean shadowable(String top) {
        return !FOUND_BEFORE_PATH.contains(top);
    }

    /** Whether {@code top} names a module of CPython 3.12's standard library. */
    public static boolean isStdlib(String top) {
        return STDLIB.contains(top);
    }

    private static Set<String> read(String resource) {
        try (InputStream in = StdlibNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
