package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a generator body into numbered blocks: a {@code yield} ends a block (the state is set
 * to the block that follows, and the value is returned), loops and branches that contain a
 * {@code yield} become jumps between blocks ({@code state = k; continue} in the dispatch loop).
 * Statements without a {@code yield} stay as they are, except that their {@code break},
 * {@code continue} and {@code return} are turned into the jumps they now mean.
 *
 * <p>A {@code try} that contains a {@code yield} is flattened too: each block has a <em>route</em>,
 * the block an exception raised in it goes to (its handlers, or its {@code finally} entered with
 * the exception pending), which the resume function's dispatch applies when it catches one. A jump
 * out of a {@code finally}-protected region first runs the {@code finally}: the region's pending
 * completion is set to a trampoline block that carries the jump on. The block after a {@code yield}
 * starts by raising what {@code throw()} or {@code close()} sent in, or by binding what
 * {@code send()} sent (Language Reference 6.2.9.1).
 */
final class StateMachine {
    /** The state of a generator that has finished. */
    static final int FINISHED = -1;
    /** Route of a block whose exceptions leave the generator. */
    static final int LEAVE = -1;

    /** Thrown where a {@code yield} sits in a construct this rewrite does not flatten. */
    static final class Unsupported extends RuntimeException {
        final Span span;

        Unsupported(Span span, String what) {
            super(what, null, false, false);
            this.span = span;
        }
    }

    /** A flattened loop: where {@code break}/{@code continue} go and how many finallies enclose it. */
    record Loop(int breakTo, int continueTo, int depth) {}

    /**
     * An enclosing flattened {@code finally}: its entry, its pending completion's variables, and
     * the variable holding what its blocks show as the exception being handled (the exception it
     * passes through, else {@code outerShown}'s, else None).
     */
    private record Finally(int entry, String kind, String value, int outerRoute, int depth, String shown,
                           String outerShown) {}

    /** In {@link #handled}: a {@code finally} block, where a bare {@code raise} decides at run time. */
    private static final String DYNAMIC = "";


    /** Pending completions of a flattened {@code finally}. */
    static final int NORMAL = 0;
    static final int RAISE = 1;
    static final int JUMP = 2;

    private final GenNames names;
    private final List<List<Stmt>> blocks = new ArrayList<>();
    private final List<Integer> routes = new ArrayList<>();
    /** The stored exception of the flattened handler each block is inside, or null. */
    private final List<String> handledBy = new ArrayList<>();
    private final Set<String> synthetic = new LinkedHashSet<>();
    private final Deque<Finally> finallies = new ArrayDeque<>();
    /** The stored exception of each flattened handler the code being compiled is inside. */
    private final Deque<String> handled = new ArrayDeque<>();
    /** What new blocks show as the exception being handled: a handler's exception or a finally's. */
    private final Deque<String> showing = new ArrayDeque<>();
    private final Map<String, Integer> trampolines = new HashMap<>();
    private int current;
    private int route = LEAVE;
    private int counter;
    private int returnBlock = -1;

    StateMachine(GenNames names) {
        this.names = names;
        current = newBlock();
    }

    List<List<Stmt>> blocks() {
        return blocks;
    }

    /** The route of each block: its exception target, or {@link #LEAVE}. */
    List<Integer> routes() {
        return routes;
    }

    /** Per block, the stored exception of the flattened handler it runs in, or null. */
    List<String> handledBy() {
        return handledBy;
    }

    boolean routed() {
        return routes.stream().anyMatch(r -> r != LEAVE);
    }

    /** The synthetic variables the blocks use besides the fixed ones of {@link GenNames}. */
    Set<String> synthetic() {
        return synthetic;
    }

    /** Compiles a whole body; running off its end finishes the generator. */
    void body(List<Stmt> body, Span end) {
        block(body, null);
        emit(Ast.assign(end, names.state(), Ast.intConst(end, FINISHED)));
        emit(Ast.ret(end, finished(end, Ast.none(end))));
        current = newBlock();
    }

    String fresh(String stem) {
        String name = names.prefix() + stem + counter++;
        synthetic.add(name);
        return name;
    }

    private int newBlock() {
        blocks.add(new ArrayList<>());
        routes.add(route);
        handledBy.add(showing.peek());
        return blocks.size() - 1;
    }

    private int newBlock(int withRoute) {
        int saved = route;
        route = withRoute;
        int b = newBlock();
        route = saved;
        return b;
    }

    private void emit(Stmt s) {
        blocks.get(current).add(s);
    }

    private void emitAll(List<Stmt> stmts) {
        stmts.forEach(this::emit);
    }

    /** {@code (done, value)}: what the resume function returns when the generator finishes. */
    private Expr finished(Span s, Expr value) {
        return new Expr.Tuple(s, List.of(Ast.load(s, names.done()), value), io.portalis.ingest.ast.ExprContext.Load);
    }

    // ---- jumps -------------------------------------------------------------------------------

    /** Sets the state and re-enters the dispatch: {@code continue}, or from inside a loop kept whole a return of {@code done}, which the runtime answers by resuming at once. */
    private List<Stmt> direct(Span s, int target, boolean kept) {
        return List.of(Ast.assign(s, names.state(), Ast.intConst(s, target)),
                kept ? Ast.ret(s, Ast.load(s, names.done())) : Ast.cont(s));
    }

    /** Code that goes to {@code target}, enclosed by {@code depth} finallies, running those in between first. */
    List<Stmt> exitTo(Span s, int target, int depth, boolean kept) {
        if (finallies.size() <= depth) {
            return direct(s, target, kept);
        }
        Finally f = finallies.peek();
        int trampoline = trampoline(s, f, target, depth);
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, f.kind(), Ast.intConst(s, JUMP)));
        out.add(Ast.assign(s, f.value(), Ast.intConst(s, trampoline)));
        out.add(showOuter(s, f));
        out.addAll(direct(s, f.entry(), kept));
        return out;
    }

    /** The block that carries a jump on once finally {@code f} has run. */
    private int trampoline(Span s, Finally f, int target, int depth) {
        String key = f.entry() + ":" + target;
        Integer known = trampolines.get(key);
        if (known != null) {
            return known;
        }
        Finally popped = finallies.pop();
        int saved = current;
        int block = newBlock(f.outerRoute());
        current = block;
        emitAll(exitTo(s, target, depth, false));
        current = saved;
        finallies.push(popped);
        trampolines.put(key, block);
        return block;
    }

    private void jump(Span s, int target) {
        emitAll(direct(s, target, false));
        current = newBlock(); // whatever follows a jump is unreachable
    }

    private List<Stmt> jumpTo(Span s, int target) {
        return direct(s, target, false);
    }

    /** {@code return value} from anywhere: finishes the generator once the enclosing finallies ran. */
    List<Stmt> returnFrom(Span s, Expr value, boolean kept) {
        Expr v = value == null ? Ast.none(s) : value;
        if (finallies.isEmpty()) {
            return List.of(Ast.assign(s, names.state(), Ast.intConst(s, FINISHED)), Ast.ret(s, finished(s, v)));
        }
        if (returnBlock < 0) {
            int saved = current;
            returnBlock = newBlock(LEAVE);
            current = returnBlock;
            emit(Ast.assign(s, names.state(), Ast.intConst(s, FINISHED)));
            emit(Ast.ret(s, finished(s, Ast.load(s, names.result()))));
            current = saved;
        }
        List<Stmt> out = new ArrayList<>();
        out.add(Ast.assign(s, names.result(), v));
        out.addAll(exitTo(s, returnBlock, 0, kept));
        return out;
    }

    // ---- statements --------------------------------------------------------------------------

    private void block(List<Stmt> stmts, Loop loop) {
        for (Stmt s : stmts) {
            statement(s, loop);
        }
    }

    /** The stored exception of the innermost flattened handler, if the code is inside one. */
    String handledException() {
        String h = handled.peek();
        return DYNAMIC.equals(h) ? null : h;
    }

    private void statement(Stmt stmt, Loop loop) {
        if (!Yields.in(stmt)) {
            emit(new KeptStatement(this, loop).keep(stmt));
            return;
        }
        switch (stmt) {
            case Stmt.ExprStmt e -> yieldingValue(e.span(), e.value(), List.of(), loop,
                    v -> new Stmt.ExprStmt(e.span(), v));
            case Stmt.Assign a when a.targets().stream().noneMatch(Yields::in) -> yieldingValue(a.span(), a.value(),
                    a.targets(), loop, v -> new Stmt.Assign(a.span(), a.targets(), v, null));
            case Stmt.AnnAssign a when a.value() != null && !Yields.in(a.target()) -> yieldingValue(a.span(), a.value(),
                    List.of(a.target()), loop, v -> new Stmt.Assign(a.span(), List.of(a.target()), v, null));
            case Stmt.AugAssign a when a.target() instanceof Expr.Name n -> {
                String t = fresh("t");
                yieldingValue(a.span(), a.value(), List.of(Ast.store(a.span(), t)), loop,
                        v -> new Stmt.Assign(a.span(), List.of(Ast.store(a.span(), t)), v, null));
                emit(new Stmt.AugAssign(a.span(), n, a.op(), Ast.load(a.span(), t)));
            }
            case Stmt.Return r -> {
                String t = fresh("t");
                statement(Ast.assign(r.span(), t, r.value()), loop);
                statement(new Stmt.Return(r.span(), Ast.load(r.span(), t)), loop);
            }
            case Stmt.If i when Yields.in(i.test()) -> {
                String t = fresh("t");
                statement(Ast.assign(i.span(), t, i.test()), loop);
                ifStmt(new Stmt.If(i.span(), Ast.load(i.span(), t), i.body(), i.orelse()), loop);
            }
            case Stmt.If i -> ifStmt(i, loop);
            case Stmt.While w -> whileLoop(w, loop);
            case Stmt.For f when Yields.in(f.iter()) -> {
                String t = fresh("t");
                statement(Ast.assign(f.span(), t, f.iter()), loop);
                forLoop(new Stmt.For(f.span(), f.target(), Ast.load(f.span(), t), f.body(), f.orelse(), null), loop);
            }
            case Stmt.For f when !Yields.in(f.target()) -> forLoop(f, loop);
            case Stmt.Try t -> tryStmt(t, loop);
            case Stmt.With w when w.items().stream().noneMatch(Yields::in) -> block(Desugar.with(w, this), loop);
            case Stmt.Match m when !Yields.in(m.subject()) && m.cases().stream()
                    .noneMatch(c -> Yields.in(c.pattern()) || c.guard() != null && Yields.in(c.guard())) -> matchStmt(m, loop);
            default -> throw new Unsupported(stmt.span(), "`yield` inside this statement");
        }
    }

    /**
     * A statement whose value holds a {@code yield} or {@code yield from}: the whole value, bound
     * to {@code targets}; or one inside it, evaluated first into a temporary where nothing before
     * it has effects, then the statement {@code rebuild} makes with it.
     */
    private void yieldingValue(Span s, Expr value, List<Expr> targets, Loop loop,
                               java.util.function.Function<Expr, Stmt> rebuild) {
        switch (value) {
            case Expr.Yield y -> yieldValue(s, y.value(), targets);
            case Expr.YieldFrom y -> delegate(s, targets, y.value());
            default -> {
                String t = fresh("t");
                YieldHoist.Hoisted hoisted = YieldHoist.hoist(value, Ast.load(s, t), () -> fresh("op")).orElseThrow(() ->
                        new Unsupported(s, "`yield` inside this expression"));
                Expr rest = hoisted.rest();
                Expr inner = YieldHoist.found(value);
                for (Stmt operand : hoisted.prelude()) {
                    statement(operand, loop);
                }
                yieldingValue(s, inner, List.of(Ast.store(s, t)), loop, v -> Ast.assign(s, t, v));
                statement(rebuild.apply(rest), loop);
            }
        }
    }

    /** Suspends with {@code value}; resumed, raises what was thrown in or binds what was sent. */
    private void yieldValue(Span s, Expr value, List<Expr> targets) {
        Expr v;
        if (value == null) {
            v = Ast.none(s);
        } else if (value instanceof Expr.Constant) {
            v = value;
        } else {
            // Evaluated before the state changes, so that an exception in it is routed from here.
            emit(Ast.assign(s, names.value(), value));
            v = Ast.load(s, names.value());
        }
        int next = newBlock();
        emit(Ast.assign(s, names.state(), Ast.intConst(s, next)));
        emit(Ast.ret(s, v));
        current = next;
        emit(Ast.ifElse(s, Ast.load(s, names.mode()), List.of(new Stmt.Raise(s, Ast.load(s, names.arg()), null)), List.of()));
        if (!targets.isEmpty()) {
            emit(new Stmt.Assign(s, targets, Ast.load(s, names.arg()), null));
        }
    }

    /**
     * {@code targets = yield from source} (PEP 380): yields what the subiterator yields, passes
     * {@code send}, {@code throw} and {@code close} on to it, and binds its return value.
     */
    private void delegate(Span s, List<Expr> targets, Expr source) {
        String iterator = fresh("it");
        emit(Ast.assign(s, iterator, Ast.call(s, GenNames.ITER, source)));
        int after = newBlock();
        int resume = newBlock();
        emit(stepOrEnd(s, Ast.call(s, GenNames.NEXT, Ast.load(s, iterator)), targets, after));
        emitAll(List.of(Ast.assign(s, names.state(), Ast.intConst(s, resume)), Ast.ret(s, Ast.load(s, names.value()))));
        current = resume;
        emit(stepOrEnd(s, Ast.call(s, GenNames.DELEGATE, Ast.load(s, iterator), Ast.load(s, names.mode()),
                Ast.load(s, names.arg())), targets, after));
        emitAll(List.of(Ast.assign(s, names.state(), Ast.intConst(s, resume)), Ast.ret(s, Ast.load(s, names.value()))));
        current = after;
    }

    /** {@code try: value = step; except StopIteration as stop: targets = stop.value; goto after}. */
    private Stmt stepOrEnd(Span s, Expr step, List<Expr> targets, int after) {
        List<Stmt> ended = new ArrayList<>();
        if (!targets.isEmpty()) {
            ended.add(new Stmt.Assign(s, targets, new Expr.Attribute(s, Ast.load(s, names.stop()), "value",
                    io.portalis.ingest.ast.ExprContext.Load), null));
        }
        ended.addAll(jumpTo(s, after));
        return new Stmt.Try(s, List.of(Ast.assign(s, names.value(), step)),
                List.of(new ExceptHandler(s, Ast.load(s, "StopIteration"), names.stop(), ended)), List.of(), List.of());
    }

    private void ifStmt(Stmt.If i, Loop loop) {
        Span s = i.span();
        int then = newBlock();
        int otherwise = newBlock();
        int join = newBlock();
        emit(Ast.ifElse(s, i.test(), jumpTo(s, then), jumpTo(s, otherwise)));
        current = then;
        block(i.body(), loop);
        jump(s, join);
        current = otherwise;
        block(i.orelse(), loop);
        jump(s, join);
        current = join;
    }

    private void whileLoop(Stmt.While w, Loop loop) {
        Span s = w.span();
        int head = newBlock();
        int body = newBlock();
        int orelse = newBlock();
        int after = newBlock();
        jump(s, head);
        current = head;
        Expr test = w.test();
        if (Yields.in(test)) {
            // Evaluated afresh at each turn, in the head block.
            String t = fresh("t");
            statement(Ast.assign(s, t, test), loop);
            test = Ast.load(s, t);
        }
        emit(Ast.ifElse(s, test, jumpTo(s, body), jumpTo(s, orelse)));
        current = body;
        block(w.body(), new Loop(after, head, finallies.size()));
        jump(s, head);
        current = orelse;
        block(w.orelse(), loop);
        jump(s, after);
        current = after;
    }

    private void forLoop(Stmt.For f, Loop loop) {
        Span s = f.span();
        String iterator = fresh("it");
        emit(Ast.assign(s, iterator, Ast.call(s, GenNames.ITER, f.iter())));
        int head = newBlock();
        int orelse = newBlock();
        int after = newBlock();
        jump(s, head);
        current = head;
        emit(Ast.assign(s, names.value(), Ast.call(s, GenNames.NEXT, Ast.load(s, iterator), Ast.load(s, names.done()))));
        emit(Ast.ifElse(s, Ast.compare(s, Ast.load(s, names.value()), CmpOperator.Is, Ast.load(s, names.done())),
                jumpTo(s, orelse), List.of()));
        emit(Ast.assign(s, f.target(), Ast.load(s, names.value())));
        block(f.body(), new Loop(after, head, finallies.size()));
        jump(s, head);
        current = orelse;
        block(f.orelse(), loop);
        jump(s, after);
        current = after;
    }

    /**
     * {@code try} with a {@code yield} inside (Language Reference 8.4). The body's blocks route
     * exceptions to the handler dispatch (or to the {@code finally}); the handlers' and the
     * {@code else} block's route to the {@code finally}; the {@code finally} runs with a pending
     * completion (normal, an exception to re-raise, a jump to carry on) that its end carries out.
     */
    private void tryStmt(Stmt.Try t, Loop loop) {
        Span s = t.span();
        int outer = route;
        boolean hasFinally = !t.finalbody().isEmpty();
        boolean hasHandlers = !t.handlers().isEmpty();
        Finally fin = null;
        int finByExc = LEAVE;
        if (hasFinally) {
            int entry = newBlock(outer);
            finByExc = newBlock(outer);
            fin = new Finally(entry, fresh("fk"), fresh("fv"), outer, finallies.size(), fresh("fh"), showing.peek());
        }
        int after = newBlock(outer);
        int guardedRoute = hasFinally ? finByExc : outer;
        int dispatch = hasHandlers ? newBlock(guardedRoute) : LEAVE;
        String exc = hasHandlers ? fresh("exc") : null;
        if (fin != null) {
            finallies.push(fin);
        }
        route = hasHandlers ? dispatch : finByExc;
        int body = newBlock();
        emitAll(jumpTo(s, body));
        current = body;
        block(t.body(), loop);
        route = guardedRoute;
        int orelse = newBlock();
        jump(s, orelse);
        current = orelse;
        block(t.orelse(), loop);
        completeNormally(s, fin, after);
        if (hasHandlers) {
            handlers(t.handlers(), dispatch, exc, fin, after, loop);
        }
        if (fin != null) {
            finallies.pop();
            route = outer;
            current = finByExc;
            emit(Ast.assign(s, fin.kind(), Ast.intConst(s, RAISE)));
            emit(Ast.assign(s, fin.value(), Ast.load(s, names.caught())));
            emit(Ast.assign(s, fin.shown(), Ast.load(s, names.caught())));
            emitAll(jumpTo(s, fin.entry()));
            current = fin.entry();
            // The finally's blocks show the exception it passes through to sys.exc_info() and a
            // bare raise, as CPython's finally does.
            handledBy.set(fin.entry(), fin.shown());
            showing.push(fin.shown());
            handled.push(DYNAMIC);
            block(t.finalbody(), loop);
            handled.pop();
            showing.pop();
            emit(Ast.ifElse(s, Ast.compare(s, Ast.load(s, fin.kind()), CmpOperator.Eq, Ast.intConst(s, RAISE)),
                    List.of(new Stmt.Raise(s, Ast.load(s, fin.value()), null)), List.of()));
            emit(Ast.ifElse(s, Ast.compare(s, Ast.load(s, fin.kind()), CmpOperator.Eq, Ast.intConst(s, JUMP)),
                    List.of(Ast.assign(s, names.state(), Ast.load(s, fin.value())), Ast.cont(s)), List.of()));
            jump(s, after);
        }
        route = outer;
        current = after;
    }

    private void completeNormally(Span s, Finally fin, int after) {
        if (fin == null) {
            jump(s, after);
            return;
        }
        emit(Ast.assign(s, fin.kind(), Ast.intConst(s, NORMAL)));
        emit(showOuter(s, fin));
        jump(s, fin.entry());
    }

    /** A finally entered without an exception shows what the code around it shows. */
    private static Stmt showOuter(Span s, Finally fin) {
        return Ast.assign(s, fin.shown(), fin.outerShown() == null ? Ast.none(s) : Ast.load(s, fin.outerShown()));
    }

    /** The handler dispatch block: the first matching clause's body, else the exception goes on. */
    private void handlers(List<ExceptHandler> handlers, int dispatch, String exc, Finally fin, int after, Loop loop) {
        current = dispatch;
        Span s = handlers.get(0).span();
        emit(Ast.assign(s, exc, Ast.load(s, names.caught())));
        List<Integer> bodies = new ArrayList<>();
        for (ExceptHandler h : handlers) {
            int b = newBlock();
            bodies.add(b);
            if (h.type() == null) {
                emitAll(jumpTo(h.span(), b));
            } else {
                emit(Ast.ifElse(h.span(), Ast.call(h.span(), "isinstance", Ast.load(h.span(), exc), h.type()),
                        jumpTo(h.span(), b), List.of()));
            }
        }
        emit(new Stmt.Raise(s, Ast.load(s, exc), null));
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            current = bodies.get(i);
            if (h.name() != null) {
                emit(Ast.assign(h.span(), h.name(), Ast.load(h.span(), exc)));
            }
            handled.push(exc);
            showing.push(exc);
            handledBy.set(current, exc);
            block(h.body(), loop);
            showing.pop();
            handled.pop();
            if (h.name() != null) {
                // `except E as name` unbinds name when the handler ends (Language Reference 8.4).
                emit(Ast.assign(h.span(), h.name(), Ast.none(h.span())));
                emit(new Stmt.Delete(h.span(), List.of(new Expr.Name(h.span(), h.name(),
                        io.portalis.ingest.ast.ExprContext.Del))));
            }
            completeNormally(h.span(), fin, after);
        }
    }

    /** {@code match} whose bodies yield: the match picks a case number, flattened branches run it. */
    private void matchStmt(Stmt.Match m, Loop loop) {
        Span s = m.span();
        String chosen = fresh("case");
        emit(Ast.assign(s, chosen, Ast.intConst(s, -1)));
        List<MatchCase> picking = new ArrayList<>();
        for (int i = 0; i < m.cases().size(); i++) {
            MatchCase c = m.cases().get(i);
            picking.add(new MatchCase(c.span(), c.pattern(), c.guard(), List.of(Ast.assign(c.span(), chosen, Ast.intConst(c.span(), i)))));
        }
        emit(new Stmt.Match(s, m.subject(), picking));
        List<Stmt> chain = List.of();
        for (int i = m.cases().size() - 1; i >= 0; i--) {
            MatchCase c = m.cases().get(i);
            chain = List.of(Ast.ifElse(c.span(), Ast.compare(c.span(), Ast.load(c.span(), chosen), CmpOperator.Eq,
                    Ast.intConst(c.span(), i)), c.body(), chain));
        }
        block(chain, loop);
    }
}
