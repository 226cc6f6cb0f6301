package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.packages.LocalModules.LocalModule;
import io.portalis.transpiler.runtime.PyrtTables;
import io.portalis.transpiler.runtime.StdlibStarNames;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each {@code from m import *} of a program module binds (Python reference 7.11): the
 * names in {@code m.__all__} when {@code m} assigns it a list or tuple of strings, else every
 * name {@code m} binds at module level that does not start with an underscore, and for a package
 * its submodules. For a standard-library module of the runtime, the names CPython 3.12 binds
 * ({@link StdlibStarNames}). Module variables are Rust constants, so the names must be known when
 * translating; the runtime checks that the module exported no other name.
 */
final class StarImports {
    private StarImports() {}

    /** Per star import of {@code module}, the names it binds; null after reporting one it cannot know. */
    static Map<Stmt.ImportFrom, List<String>> names(ParsedModule module, ModuleContext cx, Problems problems) {
        Map<Stmt.ImportFrom, List<String>> out = new HashMap<>();
        boolean ok = true;
        for (Stmt s : module.tree().body()) {
            if (!(s instanceof Stmt.ImportFrom i) || i.names().stream().noneMatch(a -> a.name().equals("*"))) {
                continue;
            }
            String target = cx.resolve(i).name();
            LocalModule m = target == null ? null : cx.program().get(target).orElse(null);
            if (m == null) {
                // A standard-library module of the runtime binds what CPython's binds; any other
                // module is reported by the import statement itself.
                if (target != null && PyrtTables.modules().contains(target)) {
                    StdlibStarNames.of(target).ifPresent(names -> out.put(i, names));
                }
                continue;
            }
            List<String> names = exported(m, cx);
            if (names == null) {
                problems.unsupported(i.span(), "`from " + target + " import *` where `" + target
                        + "` computes `__all__`", "assign `__all__` a list of strings, or import the names you use");
                ok = false;
            } else {
                out.put(i, names);
            }
        }
        return ok ? out : null;
    }

    private static List<String> exported(LocalModule m, ModuleContext cx) {
        Set<String> names = new LinkedHashSet<>();
        if (m.parsed() != null) {
            ScopeAnalysis scopes = ScopeAnalysis.of(m.parsed().tree());
            if (scopes.moduleNames.contains("__all__")) {
                return literalAll(m.parsed());
            }
            scopes.moduleNames.stream().filter(n -> !n.startsWith("_")).forEach(names::add);
        }
        String prefix = m.name() + ".";
        for (String other : cx.program().modules().keySet()) {
            String rest = other.startsWith(prefix) ? other.substring(prefix.length()) : "";
            if (!rest.isEmpty() && !rest.contains(".") && !rest.startsWith("_")) {
                names.add(rest);
            }
        }
        return List.copyOf(names);
    }

    /** The strings of {@code __all__ = [...]} and {@code __all__ += [...]} at top level; null if it is made otherwise. */
    private static List<String> literalAll(ParsedModule m) {
        Set<String> names = new LinkedHashSet<>();
        int literal = 0;
        for (Stmt s : m.tree().body()) {
            Expr value = switch (s) {
                case Stmt.Assign a when a.targets().size() == 1 && isAll(a.targets().get(0)) -> a.value();
                case Stmt.AugAssign a when isAll(a.target()) -> a.value();
                case Stmt.AnnAssign a when isAll(a.target()) -> a.value();
                default -> null;
            };
            if (value == null) {
                continue;
            }
            List<Expr> items = switch (value) {
                case Expr.List l -> l.elts();
                case Expr.Tuple t -> t.elts();
                default -> null;
            };
            if (items == null) {
                return null;
            }
            for (Expr e : items) {
                if (!(e instanceof Expr.Constant c) || !(c.value() instanceof io.portalis.ingest.ast.PyConstant.StrValue str)) {
                    return null;
                }
                names.add(str.value());
            }
            literal++;
        }
        return literal == 0 ? null : List.copyOf(names);
    }

    private static boolean isAll(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("__all__");
    }
}
