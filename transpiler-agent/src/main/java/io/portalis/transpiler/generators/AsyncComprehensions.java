package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comprehensions of a coroutine that await ({@code [x async for x in agen()]},
 * {@code [await f(x) for x in xs]}, PEP 530) as loops before the statement that uses them, so
 * that {@link AsyncRewrite} and the generator rewrite see only statements:
 *
 * <pre>
 * comp = []                       # set(), {}
 * async for x1 in ITER:           # `for` for a plain generator clause; x1 a fresh name for x
 *     if COND:
 *         comp.append(ELT)        # comp.add(ELT), comp.__setitem__(KEY, VALUE)
 * STATEMENT reading comp
 * </pre>
 *
 * The comprehension's variables get fresh names, as its own scope would keep them apart from
 * the function's. Only a comprehension evaluated first in its statement is taken out (the value of an
 * assignment, {@code return} or expression statement, or an argument of a call of a name or
 * attribute of a name after arguments that are names and constants, at any depth), so that nothing
 * the statement evaluates changes order; elsewhere it stays refused.
 */
final class AsyncComprehensions {
    private AsyncComprehensions() {}

    /** Whether {@code n} is a list, set or dict comprehension that awaits. */
    static boolean awaits(Node n) {
        List<Comprehension> gens = switch (n) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            default -> null;
        };
        return gens != null && Node.any(n, x -> x instanceof Expr.Await
                || (x instanceof Comprehension c && c.isAsync() != 0));
    }

    /** The loops computing the awaiting comprehension of {@code s}, then {@code s}; empty when it has none in a place taken out. */
    static Optional<List<Stmt>> hoist(Stmt s, GenNames names) {
        Expr value = switch (s) {
            case Stmt.Assign a -> a.value();
            case Stmt.AnnAssign a -> a.value();
            case Stmt.Return r -> r.value();
            case Stmt.ExprStmt e -> e.value();
            default -> null;
        };
        if (value == null) {
            return Optional.empty();
        }
        Expr comp = first(value);
        if (comp == null) {
            return Optional.empty();
        }
        String result = names.prefix() + "comp_" + comp.span().start();
        List<Stmt> out = new ArrayList<>(loops(comp, result));
        Map<Node, Expr> swap = new HashMap<>();
        swap.put(comp, Ast.load(comp.span(), result));
        out.add((Stmt) replace(s, swap, Map.of()));
        return Optional.of(out);
    }

    /**
     * The awaiting comprehension evaluated first in {@code value}, if nothing evaluated before it
     * can observe the move: only names and constants come before it, through calls of names (or
     * attributes of names) and {@code await}. What comes after it is evaluated after it anyway.
     */
    private static Expr first(Expr value) {
        if (awaits(value)) {
            return value;
        }
        if (value instanceof Expr.Await a) {
            return first(a.value());
        }
        if (value instanceof Expr.Call call && plainCallee(call.func())) {
            List<Expr> operands = new ArrayList<>(call.args());
            call.keywords().stream().map(Keyword::value).forEach(operands::add);
            for (Expr a : operands) {
                Expr inner = a instanceof Expr.Starred st ? st.value() : a;
                Expr found = first(inner);
                if (found != null) {
                    return found;
                }
                if (!(inner instanceof Expr.Name || inner instanceof Expr.Constant)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean plainCallee(Expr f) {
        return f instanceof Expr.Name || (f instanceof Expr.Attribute a && a.value() instanceof Expr.Name);
    }

    private static List<Stmt> loops(Expr comp, String result) {
        Span s = comp.span();
        List<Comprehension> gens;
        Expr empty;
        List<Expr> parts;
        String add;
        switch (comp) {
            case Expr.ListComp c -> {
                gens = c.generators();
                empty = new Expr.List(s, List.of(), ExprContext.Load);
                parts = List.of(c.elt());
                add = "append";
            }
            case Expr.SetComp c -> {
                gens = c.generators();
                empty = Ast.call(s, "set");
                parts = List.of(c.elt());
                add = "add";
            }
            case Expr.DictComp c -> {
                gens = c.generators();
                empty = new Expr.Dict(s, List.of(), List.of());
                parts = List.of(c.key(), c.value());
                add = "__setitem__";
            }
            default -> throw new IllegalArgumentException("not a comprehension");
        }
        Map<String, String> renamed = new HashMap<>();
        List<Comprehension> fresh = new ArrayList<>();
        for (Comprehension g : gens) {
            // A clause's iterable sees the variables of the clauses before it, not its own.
            Expr iter = (Expr) replace(g.iter(), Map.of(), Map.copyOf(renamed));
            for (String v : targetNames(g.target())) {
                renamed.put(v, result + "_" + v);
            }
            Map<String, String> now = Map.copyOf(renamed);
            fresh.add(new Comprehension(g.span(), (Expr) replace(g.target(), Map.of(), now), iter,
                    g.ifs().stream().map(x -> (Expr) replace(x, Map.of(), now)).toList(), g.isAsync()));
        }
        refuseShadowing(comp, renamed.keySet());
        Map<String, String> all = Map.copyOf(renamed);
        List<Expr> args = parts.stream().map(p -> (Expr) replace(p, Map.of(), all)).toList();
        List<Stmt> body = List.of(new Stmt.ExprStmt(s, new Expr.Call(s,
                new Expr.Attribute(s, Ast.load(s, result), add, ExprContext.Load), args, List.of())));
        for (int i = fresh.size() - 1; i >= 0; i--) {
            Comprehension g = fresh.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                body = List.of(Ast.ifElse(g.span(), g.ifs().get(j), body, List.of()));
            }
            body = List.of(g.isAsync() != 0
                    ? new Stmt.AsyncFor(g.span(), g.target(), g.iter(), body, List.of(), null)
                    : new Stmt.For(g.span(), g.target(), g.iter(), body, List.of(), null));
        }
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, result, empty));
        out.addAll(body);
        return out;
    }

    /** A lambda or inner comprehension binding one of the variables again would need scopes: refused. */
    private static void refuseShadowing(Expr comp, java.util.Set<String> vars) {
        boolean shadows = Node.any(comp, n -> n != comp && switch (n) {
            case Expr.Lambda l -> Node.any(l.args(), a -> a instanceof io.portalis.ingest.ast.Arg arg && vars.contains(arg.arg()));
            case Comprehension c -> !isOwn(comp, c) && targetNames(c.target()).stream().anyMatch(vars::contains);
            default -> false;
        });
        if (shadows) {
            throw new StateMachine.Unsupported(comp.span(), "an awaiting comprehension whose variable is bound again inside it");
        }
    }

    private static boolean isOwn(Expr comp, Comprehension c) {
        List<Comprehension> gens = switch (comp) {
            case Expr.ListComp l -> l.generators();
            case Expr.SetComp l -> l.generators();
            case Expr.DictComp l -> l.generators();
            default -> List.of();
        };
        return gens.contains(c);
    }

    private static List<String> targetNames(Expr target) {
        List<String> out = new ArrayList<>();
        Node.any(target, n -> {
            if (n instanceof Expr.Name name) {
                out.add(name.id());
            }
            return false;
        });
        return out;
    }

    /** {@code n} with the nodes of {@code swap} replaced and the names of {@code rename} renamed. */
    private static Object replace(Object value, Map<Node, Expr> swap, Map<String, String> rename) {
        return switch (value) {
            case List<?> list -> list.stream().map(v -> v == null ? null : replace(v, swap, rename)).toList();
            case Node n when swap.containsKey(n) -> swap.get(n);
            case Expr.Name name when rename.containsKey(name.id()) -> new Expr.Name(name.span(), rename.get(name.id()), name.ctx());
            case Node n -> rebuild(n, swap, rename);
            case null -> null;
            default -> value;
        };
    }

    private static Node rebuild(Node n, Map<Node, Expr> swap, Map<String, String> rename) {
        return Node.rebuilt(n, (component, v) -> v instanceof Node || v instanceof List<?> ? replace(v, swap, rename) : v);
    }
}
