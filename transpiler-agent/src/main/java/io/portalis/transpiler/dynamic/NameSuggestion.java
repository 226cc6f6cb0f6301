package io.portalis.transpiler.dynamic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The suggestion CPython 3.12 appends to the last line of an uncaught {@code NameError}'s
 * traceback ({@code name 'List' is not defined. Did you mean: 'list'?}, or {@code Did you forget
 * to import 'math'?}), computed when translating a read of a name that nothing binds.
 *
 * <p>CPython ({@code Python/suggestions.c}, {@code offer_suggestions_for_name_error}) searches the
 * raising frame's local variable names, then the module's globals as bound at that moment, then
 * the builtins, and takes the first closest name of the first of these lists that has one within
 * its distance limit. A translation knows the builtins but not which globals a given moment has
 * bound, nor the order of a frame's locals; so the suggestion is given only when no name the
 * program binds anywhere (nor a module dunder, nor a comprehension's hidden {@code .0}) is within
 * reach: then the builtins alone decide, as they do in CPython. Otherwise, and in methods (CPython
 * first looks the name up on {@code self}), no suggestion is known and none is printed.
 */
final class NameSuggestion {
    private static final String RESOURCE = "io/portalis/transpiler/dynamic/cpython-name-tables.txt";
    private static final Map<String, List<String>> TABLES = parse(read());
    private static final List<String> BUILTINS = TABLES.get("builtins");
    private static final Set<String> STDLIB_MODULES = Set.copyOf(TABLES.get("stdlib_modules"));
    /** What a module's namespace holds before its first statement runs. */
    private static final List<String> MODULE_DUNDERS = List.of("__name__", "__doc__", "__package__",
            "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__", ".0");
    // suggestions.c's constants.
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private NameSuggestion() {}

    /** Whether {@code module} (a top-level name) is in CPython 3.12's standard library. */
    static boolean isStdlibModule(String module) {
        return STDLIB_MODULES.contains(module);
    }

    /**
     * The text CPython appends to {@code NameError: name 'name' is not defined} when {@code name},
     * which nothing in the program binds, is read in {@code scope}; empty when it appends nothing
     * or when it cannot be known at translation time.
     */
    static Optional<String> trailer(String name, Scope scope, Collection<String> programNames) {
        Scope frame = scope;
        while (frame.kind == Scope.Kind.COMPREHENSION && frame.parent != null) {
            frame = frame.parent; // inlined into the enclosing frame since Python 3.12 (PEP 709)
        }
        if (frame.kind == Scope.Kind.FUNCTION && (frame.params.contains("self") || frame.bound.contains("self"))) {
            return Optional.empty();
        }
        if (within(name, programNames) || within(name, MODULE_DUNDERS)) {
            return Optional.empty();
        }
        Optional<String> suggestion = closest(name, BUILTINS);
        boolean module = STDLIB_MODULES.contains(name);
        if (suggestion.isEmpty()) {
            return module ? Optional.of(". Did you forget to import '" + name + "'?") : Optional.empty();
        }
        String mean = ". Did you mean: '" + suggestion.get() + "'?";
        return Optional.of(module ? mean + " Or did you forget to import '" + name + "'?" : mean);
    }

    /** Whether some candidate other than {@code name} is within CPython's distance limit of it. */
    private static boolean within(String name, Collection<String> candidates) {
        byte[] n = utf8(name);
        for (String c : candidates) {
            if (c.equals(name)) {
                continue;
            }
            byte[] item = utf8(c);
            int max = (n.length + item.length + 3) * MOVE_COST / 6;
            if (distance(n, item, max) <= max) {
                return true;
            }
        }
        return false;
    }

    /** {@code calculate_suggestions}: the first of the closest candidates within the limit. */
    static Optional<String> closest(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return Optional.empty();
        }
        byte[] n = utf8(name);
        long best = Long.MAX_VALUE;
        String suggestion = null;
        for (String c : candidates) {
            if (c.equals(name)) {
                continue;
            }
            byte[] item = utf8(c);
            long max = Math.min((long) (n.length + item.length + 3) * MOVE_COST / 6, best - 1);
            long d = distance(n, item, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = c;
                best = d;
            }
        }
        return Optional.ofNullable(suggestion);
    }

    /** {@code levenshtein_distance} over UTF-8 bytes: moves cost 2, a case flip 1; past {@code max}, {@code max + 1}. */
    static long distance(byte[] a0, byte[] b0, long max) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return max + 1;
        }
        byte[] a = Arrays.copyOfRange(a0, aStart, aStart + aSize);
        byte[] b = Arrays.copyOfRange(b0, bStart, bStart + bSize);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((long) (b.length - a.length) * MOVE_COST > max) {
            return max + 1;
        }
        long[] buffer = new long[a.length];
        long tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            long distance = (long) bi * MOVE_COST;
            result = distance;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                long substitute = distance + substitutionCost(code, a[i]);
                distance = buffer[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) {
                return max + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String read() {
        try (InputStream in = NameSuggestion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+"))
                .collect(Collectors.toUnmodifiableMap(w -> w[0], w -> List.of(w).subList(1, w.length)));
    }
}
