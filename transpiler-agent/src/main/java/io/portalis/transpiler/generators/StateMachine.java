package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a generator body into numbered blocks: a {@code yield} ends a block (the state is set
 * to the block that follows, and the value is returned), loops and branches that contain a
 * {@code yield} become jumps between blocks ({@code state = k; continue} in the dispatch loop).
 * Statements without a {@code yield} stay as they are, except that their {@code break},
 * {@code continue} and {@code return} are turned into the jumps they now mean.
 */
final class StateMachine {
    /** The state of a generator that has finished. */
    static final int FINISHED = -1;

    /** Thrown where a {@code yield} sits in a construct this rewrite does not flatten. */
    static final class Unsupported extends RuntimeException {
        final Span span;

        Unsupported(Span span, String what) {
            super(what, null, false, false);
            this.span = span;
        }
    }

    private record Loop(int breakTo, int continueTo) {}

    private final Names names;
    private final List<List<Stmt>> blocks = new ArrayList<>();
    private int current;
    private int iterators;

    /** The synthetic names: the state variable, the end sentinel, the loop value. */
    record Names(String state, String done, String value, String iteratorPrefix, String stop) {}

    StateMachine(Names names) {
        this.names = names;
        current = newBlock();
    }

    List<List<Stmt>> blocks() {
        return blocks;
    }

    int iterators() {
        return iterators;
    }

    /** Compiles a whole body; running off its end finishes the generator. */
    void body(List<Stmt> body, Span end) {
        block(body, null);
        finish(end);
    }

    private int newBlock() {
        blocks.add(new ArrayList<>());
        return blocks.size() - 1;
    }

    private void emit(Stmt s) {
        blocks.get(current).add(s);
    }

    private void jump(Span s, int target) {
        emit(Ast.assign(s, names.state(), Ast.intConst(s, target)));
        emit(Ast.cont(s));
        current = newBlock(); // whatever follows a jump is unreachable
    }

    private List<Stmt> jumpTo(Span s, int target) {
        return List.of(Ast.assign(s, names.state(), Ast.intConst(s, target)), Ast.cont(s));
    }

    private void finish(Span s) {
        emit(Ast.assign(s, names.state(), Ast.intConst(s, FINISHED)));
        emit(Ast.ret(s, Ast.load(s, names.done())));
        current = newBlock();
    }

    private void block(List<Stmt> stmts, Loop loop) {
        for (Stmt s : stmts) {
            statement(s, loop);
        }
    }

    private void statement(Stmt stmt, Loop loop) {
        if (!Yields.in(stmt)) {
            emit(rewriteJumps(stmt, loop, false));
            return;
        }
        switch (stmt) {
            case Stmt.ExprStmt e when e.value() instanceof Expr.Yield y -> yieldValue(e.span(), y.value());
            case Stmt.Assign a when a.targets().size() == 1 && a.value() instanceof Expr.Yield y -> {
                yieldValue(a.span(), y.value());
                // Nothing is ever sent into these generators: the yield expression's value is None.
                emit(Ast.assign(a.span(), a.targets().get(0), Ast.none(a.span())));
            }
            case Stmt.Assign a when a.targets().size() == 1 && a.value() instanceof Expr.YieldFrom y ->
                    delegate(a.span(), a.targets().get(0), y.value());
            case Stmt.ExprStmt e when e.value() instanceof Expr.YieldFrom y -> forLoop(new Stmt.For(e.span(),
                    Ast.store(e.span(), names.value() + "_from"), y.value(),
                    List.of(new Stmt.ExprStmt(e.span(), new Expr.Yield(e.span(), Ast.load(e.span(), names.value() + "_from")))),
                    List.of(), null), loop);
            case Stmt.If i -> ifStmt(i, loop);
            case Stmt.While w -> whileLoop(w, loop);
            case Stmt.For f -> forLoop(f, loop);
            default -> throw new Unsupported(stmt.span(), "`yield` inside this statement");
        }
    }

    private void yieldValue(Span s, Expr value) {
        int next = newBlock();
        emit(Ast.assign(s, names.state(), Ast.intConst(s, next)));
        emit(Ast.ret(s, value == null ? Ast.none(s) : value));
        current = next;
    }

    /**
     * {@code target = yield from source}: yields what {@code source} yields; its return value
     * (the StopIteration's value) is assigned when it ends.
     */
    private void delegate(Span s, Expr target, Expr source) {
        String iterator = names.iteratorPrefix() + iterators++;
        emit(Ast.assign(s, iterator, Ast.call(s, "iter", source)));
        int head = newBlock();
        int after = newBlock();
        jump(s, head);
        current = head;
        List<Stmt> ended = new ArrayList<>();
        ended.add(Ast.assign(s, target, new Expr.Attribute(s, Ast.load(s, names.stop()), "value",
                io.portalis.ingest.ast.ExprContext.Load)));
        ended.addAll(jumpTo(s, after));
        emit(new Stmt.Try(s, List.of(Ast.assign(s, names.value(), Ast.call(s, "next", Ast.load(s, iterator)))),
                List.of(new io.portalis.ingest.ast.ExceptHandler(s, Ast.load(s, "StopIteration"), names.stop(), ended)),
                List.of(), List.of()));
        yieldValue(s, Ast.load(s, names.value()));
        jump(s, head);
        current = after;
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
        emit(Ast.ifElse(s, w.test(), jumpTo(s, body), jumpTo(s, orelse)));
        current = body;
        block(w.body(), new Loop(after, head));
        jump(s, head);
        current = orelse;
        block(w.orelse(), loop);
        jump(s, after);
        current = after;
    }

    private void forLoop(Stmt.For f, Loop loop) {
        Span s = f.span();
        String iterator = names.iteratorPrefix() + iterators++;
        emit(Ast.assign(s, iterator, Ast.call(s, "iter", f.iter())));
        int head = newBlock();
        int orelse = newBlock();
        int after = newBlock();
        jump(s, head);
        current = head;
        emit(Ast.assign(s, names.value(), Ast.call(s, "next", Ast.load(s, iterator), Ast.load(s, names.done()))));
        emit(Ast.ifElse(s, Ast.compare(s, Ast.load(s, names.value()), CmpOperator.Is, Ast.load(s, names.done())),
                jumpTo(s, orelse), List.of()));
        emit(Ast.assign(s, f.target(), Ast.load(s, names.value())));
        block(f.body(), new Loop(after, head));
        jump(s, head);
        current = orelse;
        block(f.orelse(), loop);
        jump(s, after);
        current = after;
    }

    /**
     * A statement without {@code yield}, kept as is but for its jumps: {@code return} finishes the
     * generator; {@code break}/{@code continue} of a flattened loop jump to its blocks (those of
     * loops kept whole stay theirs). Nested scopes are not entered.
     */
    private Stmt rewriteJumps(Stmt stmt, Loop loop, boolean inKeptLoop) {
        Span s = stmt.span();
        return switch (stmt) {
            case Stmt.Return r -> {
                List<Stmt> out = new ArrayList<>();
                out.add(Ast.assign(s, names.state(), Ast.intConst(s, FINISHED)));
                if (r.value() == null || r.value() instanceof Expr.Constant c
                        && c.value() instanceof io.portalis.ingest.ast.PyConstant.NoneValue) {
                    out.add(Ast.ret(s, Ast.load(s, names.done())));
                } else {
                    // `return value` in a generator is StopIteration(value), which the runtime's
                    // generator iterator passes to `next()` and loops take as the end.
                    out.add(new Stmt.Raise(s, Ast.call(s, "StopIteration", r.value()), null));
                }
                yield Ast.ifElse(s, Ast.bool(s, true), out, List.of());
            }
            case Stmt.Break b when !inKeptLoop && loop != null -> Ast.ifElse(s, Ast.bool(s, true), jumpTo(s, loop.breakTo()), List.of());
            case Stmt.Continue c when !inKeptLoop && loop != null -> Ast.ifElse(s, Ast.bool(s, true), jumpTo(s, loop.continueTo()), List.of());
            case Stmt.If i -> new Stmt.If(s, i.test(), all(i.body(), loop, inKeptLoop), all(i.orelse(), loop, inKeptLoop));
            case Stmt.While w -> new Stmt.While(s, w.test(), all(w.body(), loop, true), all(w.orelse(), loop, inKeptLoop));
            case Stmt.For f -> new Stmt.For(s, f.target(), f.iter(), all(f.body(), loop, true), all(f.orelse(), loop, inKeptLoop),
                    f.typeComment());
            case Stmt.Try t -> new Stmt.Try(s, all(t.body(), loop, inKeptLoop), t.handlers().stream()
                    .map(h -> new io.portalis.ingest.ast.ExceptHandler(h.span(), h.type(), h.name(), all(h.body(), loop, inKeptLoop)))
                    .toList(), all(t.orelse(), loop, inKeptLoop), all(t.finalbody(), loop, inKeptLoop));
            case Stmt.With w -> new Stmt.With(s, w.items(), all(w.body(), loop, inKeptLoop), w.typeComment());
            case Stmt.Match m -> new Stmt.Match(s, m.subject(), m.cases().stream()
                    .map(c -> new io.portalis.ingest.ast.MatchCase(c.span(), c.pattern(), c.guard(), all(c.body(), loop, inKeptLoop)))
                    .toList());
            default -> stmt;
        };
    }

    private List<Stmt> all(List<Stmt> stmts, Loop loop, boolean inKeptLoop) {
        return stmts.stream().map(x -> rewriteJumps(x, loop, inKeptLoop)).toList();
    }
}
