package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code try}/{@code except*} (PEP 654) as an ordinary {@code try}, before the lowerings see the
 * tree. The exception the body raises is handed to the runtime, which splits it handler by handler
 * as CPython's {@code CHECK_EG_MATCH} does and at the end raises what is left, together with what
 * the handlers raised, as {@code _PyExc_PrepReraiseStar} combines them:
 *
 * <pre>
 * try:                                      # only with a finally block
 *     star = None
 *     try:
 *         BODY
 *     except BaseException as exc:
 *         star = __portalis_star_begin__(exc)
 *     else:
 *         ELSE
 *     if star is not None:
 *         m = __portalis_star_match__(star, T1)
 *         if m is not None:
 *             try:
 *                 raise m                   # outside any handler: no __context__ is added
 *             except BaseException as NAME: # so that the handler handles the matched group
 *                 try:
 *                     HANDLER
 *                 except BaseException as x:
 *                     __portalis_star_raised__(star, x)
 *         ...                               # one such block per handler, in order
 *         __portalis_star_end__(star)       # raises the combined exception, if any
 * finally:
 *     FINALLY
 * </pre>
 *
 * CPython forbids {@code break}, {@code continue} and {@code return} in an {@code except*}
 * handler (a SyntaxError), so a handler's only exits are its end and an exception.
 */
public final class ExceptStarRewrite {
    static final String BEGIN = "__portalis_star_begin__";
    static final String MATCH = "__portalis_star_match__";
    static final String RAISED = "__portalis_star_raised__";
    static final String END = "__portalis_star_end__";

    private ExceptStarRewrite() {}

    /** The module with every {@code try}/{@code except*} spelled out; the same tree when it has none. */
    public static Mod.Module rewrite(Mod.Module module) {
        if (!Node.any(module, n -> n instanceof Stmt.TryStar)) {
            return module;
        }
        return new Mod.Module(module.span(), stmts(module.body()), module.typeIgnores());
    }

    private static List<Stmt> stmts(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.TryStar t) {
                out.addAll(expand(t));
            } else {
                out.add((Stmt) walk(s));
            }
        }
        return out;
    }

    private static List<Stmt> expand(Stmt.TryStar t) {
        Span s = t.span();
        String star = "__portalis_star_" + s.start() + "__";
        String exc = "__portalis_star_exc_" + s.start() + "__";
        String match = "__portalis_star_m_" + s.start() + "__";
        String raised = "__portalis_star_x_" + s.start() + "__";
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, star, Ast.none(s)));
        out.add(new Stmt.Try(s, stmts(t.body()),
                List.of(new ExceptHandler(s, Ast.load(s, "BaseException"), exc,
                        List.of(Ast.assign(s, star, Ast.call(s, BEGIN, Ast.load(s, exc)))))),
                stmts(t.orelse()), List.of()));
        List<Stmt> handling = new ArrayList<>();
        for (ExceptHandler h : t.handlers()) {
            Span hs = h.span();
            handling.add(Ast.assign(hs, match, Ast.call(hs, MATCH, Ast.load(hs, star), (Expr) walk(h.type()))));
            Stmt guarded = new Stmt.Try(hs, stmts(h.body()),
                    List.of(new ExceptHandler(hs, Ast.load(hs, "BaseException"), raised,
                            List.of(new Stmt.ExprStmt(hs, Ast.call(hs, RAISED, Ast.load(hs, star), Ast.load(hs, raised)))))),
                    List.of(), List.of());
            Stmt entered = new Stmt.Try(hs, List.of(new Stmt.Raise(hs, Ast.load(hs, match), null)),
                    List.of(new ExceptHandler(hs, Ast.load(hs, "BaseException"), h.name(), List.of(guarded))),
                    List.of(), List.of());
            handling.add(Ast.ifElse(hs, Ast.compare(hs, Ast.load(hs, match), CmpOperator.IsNot, Ast.none(hs)),
                    List.of(entered), List.of()));
        }
        handling.add(new Stmt.ExprStmt(s, Ast.call(s, END, Ast.load(s, star))));
        out.add(Ast.ifElse(s, Ast.compare(s, Ast.load(s, star), CmpOperator.IsNot, Ast.none(s)), handling, List.of()));
        if (t.finalbody().isEmpty()) {
            return out;
        }
        return List.of(new Stmt.Try(s, out, List.of(), List.of(), stmts(t.finalbody())));
    }

    private static Object walk(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(v -> v == null ? null : walk(v)).toList();
            case Node n -> rebuild(n);
            case null -> null;
            default -> value;
        };
    }

    /** A node with its statement lists rewritten; nodes without {@code except*} inside are kept. */
    private static Node rebuild(Node n) {
        if (!Node.any(n, x -> x instanceof Stmt.TryStar)) {
            return n;
        }
        return Node.rebuilt(n, (component, v) -> {
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Stmt) {
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) l;
                return stmts(body);
            }
            return v instanceof Node || v instanceof List<?> ? walk(v) : v;
        });
    }
}
