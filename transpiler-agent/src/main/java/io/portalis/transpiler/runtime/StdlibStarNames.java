package io.portalis.transpiler.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code from M import *} binds in CPython 3.12 for each standard-library module the runtime
 * provides ({@code M.__all__}, else its public names), generated from CPython by
 * {@code scripts/stdlib-star-names.py}. The translation binds each name the runtime's module has;
 * the runtime refuses the import when a name it lacks would shadow a builtin.
 */
public final class StdlibStarNames {
    static final String RESOURCE = "io/portalis/transpiler/runtime/stdlib-star-names.txt";
    private static final Map<String, List<String>> NAMES = parse(PyrtSources.read(RESOURCE));

    private StdlibStarNames() {}

    /** The names {@code from module import *} binds, when the table has the module. */
    public static Optional<List<String>> of(String module) {
        return Optional.ofNullable(NAMES.get(module));
    }

    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> out = new HashMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            String[] words = line.split("\\s+");
            out.put(words[0], List.copyOf(Arrays.asList(words).subList(1, words.length)));
        });
        return Map.copyOf(out);
    }
}
