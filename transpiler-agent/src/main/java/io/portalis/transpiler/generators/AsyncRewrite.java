package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.ingest.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a coroutine function ({@code async def}) as the body of a generator, which
 * {@link GeneratorRewrite} then turns into a state machine (PEP 492): {@code await x} is
 * {@code yield from __portalis_await__(x)} (the runtime finds {@code x}'s iterator: a coroutine
 * itself, or what {@code __await__()} returns); {@code async with} and {@code async for} are
 * spelled out with awaited {@code __aenter__}/{@code __aexit__} and {@code __anext__} calls, as
 * the Language Reference (8.3.1, 8.5.1) defines them.
 *
 * <p>Not rewritten (the coroutine function is then left as it is, and refused by the lowering):
 * an {@code await} inside a comprehension or lambda, and asynchronous generators with cleanup
 * code (see {@link #body}).
 */
final class AsyncRewrite {
    static final String AWAIT = "__portalis_await__";
    /** {@code __portalis_agen_item__(v)}: what an asynchronous generator's {@code yield v} yields. */
    static final String AGEN_ITEM = "__portalis_agen_item__";

    private final GenNames names;
    private final boolean generator;

    private AsyncRewrite(GenNames names, boolean generator) {
        this.names = names;
        this.generator = generator;
    }

    /**
     * The generator body of a coroutine function or an asynchronous generator (one with
     * {@code yield}); nested functions in it were rewritten before. An asynchronous generator's
     * {@code yield v} yields {@code __portalis_agen_item__(v)}, which the runtime's
     * {@code async_generator} tells apart from what its awaits pass up to the event loop.
     *
     * <p>An asynchronous generator with a {@code try} or {@code with} statement ({@link #hasCleanup})
     * is made by {@code __portalis_agen_cleanup__}: one abandoned before its end is closed by
     * CPython's asyncio later, in a task of its own, so its cleanup code would run at another point
     * of the output; the runtime stops the program when that happens instead.
     */
    static List<Stmt> body(List<Stmt> body, GenNames names) {
        return new AsyncRewrite(names, Yields.inBody(body)).stmts(body);
    }

    /** Whether an asynchronous generator's body has code that runs when it is closed early. */
    static boolean hasCleanup(List<Stmt> body) {
        return body.stream().anyMatch(st -> Yields.anyOwn(st, AsyncRewrite::cleanup));
    }

    private static boolean cleanup(Node n) {
        return n instanceof Stmt.Try || n instanceof Stmt.TryStar || n instanceof Stmt.With || n instanceof Stmt.AsyncWith;
    }

    private List<Stmt> stmts(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            var hoisted = AsyncComprehensions.hoist(s, names);
            if (hoisted.isPresent()) {
                out.addAll(stmts(hoisted.get()));
                continue;
            }
            switch (s) {
                case Stmt.AsyncWith w -> out.addAll(asyncWith(w.items(), 0, stmts(w.body()), w.span()));
                case Stmt.AsyncFor f -> out.addAll(asyncFor(f));
                default -> out.add((Stmt) walk(s));
            }
        }
        return out;
    }

    private Object walk(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(v -> v == null ? null : walk(v)).toList();
            case Node n -> node(n);
            case null -> null;
            default -> value;
        };
    }

    private Node node(Node n) {
        return switch (n) {
            // Nested scopes keep their own code: their awaits (if any) were rewritten with them.
            case Stmt.FunctionDef f -> f;
            case Stmt.AsyncFunctionDef f -> f;
            case Stmt.ClassDef c -> c;
            case Expr.Lambda l -> unsupportedIfAwaits(l);
            case Expr.ListComp c -> unsupportedIfAwaits(c);
            case Expr.SetComp c -> unsupportedIfAwaits(c);
            case Expr.DictComp c -> unsupportedIfAwaits(c);
            case Expr.GeneratorExp c -> unsupportedIfAwaits(c);
            case Expr.Await a -> new Expr.YieldFrom(a.span(), Ast.call(a.span(), AWAIT, (Expr) walk(a.value())));
            case Expr.Yield y when generator -> new Expr.Yield(y.span(), Ast.call(y.span(), AGEN_ITEM,
                    y.value() == null ? Ast.none(y.span()) : (Expr) walk(y.value())));
            case Stmt.AsyncWith w -> throw new StateMachine.Unsupported(w.span(), "`async with` here");
            case Stmt.AsyncFor f -> throw new StateMachine.Unsupported(f.span(), "`async for` here");
            default -> rebuild(n);
        };
    }

    /** Statement lists inside compound statements go through {@link #stmts}, for their async statements. */
    private Node rebuild(Node n) {
        return Node.rebuilt(n, (component, v) -> {
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Stmt) {
                @SuppressWarnings("unchecked")
                List<Stmt> body = (List<Stmt>) l;
                return stmts(body);
            }
            return v instanceof Node || v instanceof List<?> ? walk(v) : v;
        });
    }

    private static Node unsupportedIfAwaits(Node n) {
        if (Node.any(n, x -> x instanceof Expr.Await
                || (x instanceof io.portalis.ingest.ast.Comprehension c && c.isAsync() != 0))) {
            throw new StateMachine.Unsupported(n.span(), "`await` inside a comprehension or lambda");
        }
        return n;
    }

    private Expr await(Span s, Expr awaitable) {
        return new Expr.YieldFrom(s, Ast.call(s, AWAIT, awaitable));
    }

    private static Expr method(Span s, String receiver, String name, Expr... args) {
        return new Expr.Call(s, new Expr.Attribute(s, Ast.load(s, receiver), name, ExprContext.Load), List.of(args), List.of());
    }

    /**
     * <pre>
     * mgr = EXPR
     * entered = await mgr.__aenter__()
     * ok = True
     * try:
     *     try:
     *         VAR = entered
     *         BODY
     *     except BaseException as exc:
     *         ok = False
     *         if not await mgr.__aexit__(type(exc), exc, None):
     *             raise
     * finally:
     *     if ok:
     *         await mgr.__aexit__(None, None, None)
     * </pre>
     */
    private List<Stmt> asyncWith(List<WithItem> items, int i, List<Stmt> body, Span s) {
        if (i == items.size()) {
            return body;
        }
        WithItem item = items.get(i);
        String mgr = names.prefix() + "amgr" + i + "_" + s.start();
        String entered = names.prefix() + "aentered" + i + "_" + s.start();
        String ok = names.prefix() + "aok" + i + "_" + s.start();
        String exc = names.prefix() + "aexc" + i + "_" + s.start();
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, mgr, (Expr) walk(item.contextExpr())));
        out.add(Ast.assign(s, entered, await(s, method(s, mgr, "__aenter__"))));
        out.add(Ast.assign(s, ok, Ast.bool(s, true)));
        List<Stmt> guarded = new ArrayList<>();
        if (item.optionalVars() != null) {
            guarded.add(Ast.assign(s, (Expr) walk(item.optionalVars()), Ast.load(s, entered)));
        }
        guarded.addAll(asyncWith(items, i + 1, body, s));
        Expr exitWithError = await(s, method(s, mgr, "__aexit__",
                new Expr.Attribute(s, Ast.load(s, exc), "__class__", ExprContext.Load), Ast.load(s, exc), Ast.none(s)));
        List<Stmt> onError = List.of(
                Ast.assign(s, ok, Ast.bool(s, false)),
                Ast.assign(s, exc + "_r", exitWithError),
                Ast.ifElse(s, new Expr.UnaryOp(s, UnaryOperator.Not, Ast.load(s, exc + "_r")),
                        List.of(new Stmt.Raise(s, null, null)), List.of()));
        Stmt inner = new Stmt.Try(s, guarded, List.of(new ExceptHandler(s, Ast.load(s, "BaseException"), exc, onError)),
                List.of(), List.of());
        Stmt exitNormally = Ast.ifElse(s, Ast.load(s, ok),
                List.of(new Stmt.ExprStmt(s, await(s, method(s, mgr, "__aexit__", Ast.none(s), Ast.none(s), Ast.none(s))))),
                List.of());
        out.add(new Stmt.Try(s, List.of(inner), List.of(), List.of(), List.of(exitNormally)));
        return out;
    }

    /**
     * <pre>
     * it = ITER.__aiter__()
     * more = True
     * while more:
     *     try:
     *         item = await it.__anext__()
     *     except StopAsyncIteration:
     *         more = False
     *     else:
     *         TARGET = item
     *         BODY
     * else:
     *     ORELSE
     * </pre>
     */
    private List<Stmt> asyncFor(Stmt.AsyncFor f) {
        Span s = f.span();
        String it = names.prefix() + "ait_" + s.start();
        String more = names.prefix() + "amore_" + s.start();
        String item = names.prefix() + "aitem_" + s.start();
        List<Stmt> step = new ArrayList<>();
        step.add(Ast.assign(s, (Expr) walk(f.target()), Ast.load(s, item)));
        step.addAll(stmts(f.body()));
        Stmt attempt = new Stmt.Try(s, List.of(Ast.assign(s, item, await(s, method(s, it, "__anext__")))),
                List.of(new ExceptHandler(s, Ast.load(s, "StopAsyncIteration"), null,
                        List.of(Ast.assign(s, more, Ast.bool(s, false))))),
                step, List.of());
        return List.of(
                Ast.assign(s, it, new Expr.Call(s, new Expr.Attribute(s, (Expr) walk(f.iter()), "__aiter__", ExprContext.Load),
                        List.of(), List.of())),
                Ast.assign(s, more, Ast.bool(s, true)),
                new Stmt.While(s, Ast.load(s, more), List.of(attempt), stmts(f.orelse())));
    }
}
