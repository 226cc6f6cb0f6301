package io.portalis.transpiler.dynamic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * After the scopes are known: a name a scope uses but does not bind is looked up in the
 * enclosing function scopes (class bodies are skipped, Python reference 4.2.2); when the
 * lookup crosses a closure, the defining scope keeps it in a cell and each closure on the
 * way captures it.
 */
final class CaptureResolution {
    private CaptureResolution() {}

    /** Marks captured locals as cells and records each closure's free names. */
    static void resolve(Scope s) {
        Set<String> names = new LinkedHashSet<>(s.used);
        names.addAll(s.nonlocals);
        for (String n : names) {
            if (s.isLocal(n) || s.globals.contains(n)) {
                continue;
            }
            List<Scope> path = new ArrayList<>();
            path.add(s);
            Scope a = s.parent;
            while (a != null && a.kind != Scope.Kind.MODULE) {
                boolean classCell = n.equals(ScopeAnalysis.CLASS_CELL) && a.kind == Scope.Kind.CLASS;
                if (classCell || a.kind != Scope.Kind.CLASS && a.isLocal(n)) {
                    break;
                }
                path.add(a);
                a = a.parent;
            }
            if (a == null || a.kind == Scope.Kind.MODULE) {
                continue;
            }
            boolean crosses = path.stream().anyMatch(p -> p.kind.isClosure());
            if (crosses) {
                a.cells.add(n);
                path.stream().filter(p -> p.kind.isClosure()).forEach(p -> p.frees.add(n));
            }
        }
    }
}
