package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of Python's {@code math} module the typed translation calls directly (pyrt's
 * {@code math.rs}): {@code import math} and {@code from math import sqrt, pi} at the top of a
 * module, before any other statement, so that no name is read before its import has run.
 */
public final class MathModule {
    /** A function: how many arguments it takes, whether ints are accepted, and its result type. */
    public record Fn(int arity, boolean takesInts, PyType result) {}

    /**
     * {@code floor}, {@code ceil} and {@code log} take floats only: for an int CPython uses the int
     * itself ({@code __floor__}) or its exact size (log of a huge int), not its float value.
     */
    public static final Map<String, Fn> FUNCTIONS = Map.ofEntries(
            Map.entry("sqrt", new Fn(1, true, PyType.FLOAT)), Map.entry("exp", new Fn(1, true, PyType.FLOAT)),
            Map.entry("sin", new Fn(1, true, PyType.FLOAT)), Map.entry("cos", new Fn(1, true, PyType.FLOAT)),
            Map.entry("tan", new Fn(1, true, PyType.FLOAT)), Map.entry("asin", new Fn(1, true, PyType.FLOAT)),
            Map.entry("acos", new Fn(1, true, PyType.FLOAT)), Map.entry("atan", new Fn(1, true, PyType.FLOAT)),
            Map.entry("fabs", new Fn(1, true, PyType.FLOAT)), Map.entry("atan2", new Fn(2, true, PyType.FLOAT)),
            Map.entry("hypot", new Fn(2, true, PyType.FLOAT)), Map.entry("log", new Fn(1, false, PyType.FLOAT)),
            Map.entry("floor", new Fn(1, false, PyType.INT)), Map.entry("ceil", new Fn(1, false, PyType.INT)));

    public static final Set<String> CONSTANTS = Set.of("pi", "e", "tau", "inf", "nan");

    /** The functions whose Rust counterparts return {@code PyResult} (they can raise). */
    public static boolean raises(String name) {
        return !Set.of("fabs", "atan2", "hypot").contains(name);
    }

    /** What the leading imports of a module bring in: the module's name and imported members. */
    record Imports(Set<Stmt> statements, boolean moduleImported, Set<String> members) {
        static Imports of(List<Stmt> body) {
            Set<Stmt> accepted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Set<String> members = new LinkedHashSet<>();
            boolean module = false;
            for (int i = 0; i < body.size(); i++) {
                Stmt s = body.get(i);
                if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant) {
                    continue;
                }
                if (s instanceof Stmt.Import imp && imp.names().stream()
                        .allMatch(a -> a.name().equals("math") && a.asname() == null)) {
                    module = true;
                    accepted.add(s);
                } else if (s instanceof Stmt.ImportFrom f && "math".equals(f.module()) && Objects.equals(f.level(), 0)
                        && f.names().stream().allMatch(a -> a.asname() == null && isMember(a.name()))) {
                    f.names().forEach(a -> members.add(a.name()));
                    accepted.add(s);
                } else if (!(s instanceof Stmt.ImportFrom)) {
                    break;
                }
            }
            return new Imports(accepted, module, members);
        }

        static Imports none() {
            return new Imports(Set.of(), false, Set.of());
        }
    }

    static boolean isMember(String name) {
        return FUNCTIONS.containsKey(name) || CONSTANTS.contains(name);
    }

    private MathModule() {}
}
