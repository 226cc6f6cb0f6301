package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.scope.CallTarget;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Python binds a function when its {@code def} runs, so module code that calls a function
 * (directly or through other functions) before its {@code def} raises NameError. Rust
 * functions exist from the start, so such calls are reported rather than silently working.
 */
final class DefinitionOrder {
    private final Map<String, Stmt.FunctionDef> defs;
    private final Map<Expr.Call, CallTarget> targets;
    private final Problems problems;
    private final Map<String, Set<String>> callees = new LinkedHashMap<>();
    private final Set<String> classNames;

    DefinitionOrder(Map<String, Stmt.FunctionDef> defs, Map<Expr.Call, CallTarget> targets, Problems problems) {
        this(defs, targets, problems, Map.of());
    }

    /**
     * With classes: naming a class (to make an instance) may reach whatever any method calls,
     * since any method of any instance may run from then on; classes themselves are defined
     * before module code runs (ClassTable checks that).
     */
    DefinitionOrder(Map<String, Stmt.FunctionDef> defs, Map<Expr.Call, CallTarget> targets, Problems problems,
            Map<String, List<Stmt>> methodBodies) {
        this.classNames = methodBodies.keySet();
        this.defs = defs;
        this.targets = targets;
        this.problems = problems;
        defs.forEach((name, def) -> {
            Set<String> called = new HashSet<>();
            def.body().forEach(s -> calls(s, c -> called.add(c)));
            callees.put(name, called);
        });
        Set<String> fromMethods = new HashSet<>();
        methodBodies.values().forEach(b -> b.forEach(s -> calls(s, c -> fromMethods.add(c))));
        classNames.forEach(c -> callees.put(c, fromMethods));
    }

    void check(List<Stmt> body) {
        Set<String> defined = new HashSet<>(classNames);
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f && defs.get(f.name()) == f) {
                defined.add(f.name());
                continue;
            }
            calls(s, name -> reachable(name).stream().filter(n -> !defined.contains(n)).findFirst()
                    .ifPresent(missing -> problems.unsupported(s.span(), "calling `" + name
                            + "` before `def " + missing + "` has run (Python raises NameError here)",
                            "move `def " + missing + "` above this line")));
        }
    }

    private Set<String> reachable(String start) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> work = new ArrayDeque<>(List.of(start));
        while (!work.isEmpty()) {
            String f = work.pop();
            if (seen.add(f)) {
                work.addAll(callees.getOrDefault(f, Set.of()));
            }
        }
        return seen;
    }

    /** Calls {@code sink} with each module function a statement calls, outside nested defs. */
    private void calls(Stmt s, Consumer<String> sink) {
        Consumer<Expr> expr = e -> visitCalls(e, sink);
        switch (s) {
            case Stmt.ExprStmt e -> expr.accept(e.value());
            case Stmt.Assign a -> {
                expr.accept(a.value());
                a.targets().forEach(expr);
            }
            case Stmt.AugAssign a -> {
                expr.accept(a.target());
                expr.accept(a.value());
            }
            case Stmt.AnnAssign a -> expr.accept(a.value());
            case Stmt.Return r -> expr.accept(r.value());
            case Stmt.Assert a -> {
                expr.accept(a.test());
                expr.accept(a.msg());
            }
            case Stmt.If i -> {
                expr.accept(i.test());
                i.body().forEach(x -> calls(x, sink));
                i.orelse().forEach(x -> calls(x, sink));
            }
            case Stmt.While w -> {
                expr.accept(w.test());
                w.body().forEach(x -> calls(x, sink));
                w.orelse().forEach(x -> calls(x, sink));
            }
            case Stmt.For f -> {
                expr.accept(f.iter());
                f.body().forEach(x -> calls(x, sink));
                f.orelse().forEach(x -> calls(x, sink));
            }
            default -> {
                // Other statements are rejected by inference; they call nothing translated.
            }
        }
    }

    private void visitCalls(Expr e, Consumer<String> sink) {
        NameReads.visit(e, n -> {
            if (defs.containsKey(n.id()) || classNames.contains(n.id())) {
                sink.accept(n.id());
            }
        });
    }
}
