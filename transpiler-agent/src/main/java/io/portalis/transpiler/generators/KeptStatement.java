package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.List;

/**
 * A statement without {@code yield} inside a flattened generator body, kept as is but for its
 * jumps: {@code return} finishes the generator; {@code break}/{@code continue} of a flattened loop
 * jump to its blocks (those of loops kept whole stay theirs), through the flattened finallies in
 * between; a bare {@code raise} in a flattened handler re-raises its exception. Nested scopes are
 * not entered.
 */
final class KeptStatement {
    /** Where a statement kept whole sits: inside a loop or handler kept whole, or not. */
    private record Ctx(boolean keptLoop, boolean keptHandler) {}

    private final StateMachine machine;
    /** The innermost flattened loop around the statement, or null. */
    private final StateMachine.Loop loop;

    KeptStatement(StateMachine machine, StateMachine.Loop loop) {
        this.machine = machine;
        this.loop = loop;
    }

    Stmt keep(Stmt stmt) {
        return keep(stmt, new Ctx(false, false));
    }

    private Stmt keep(Stmt stmt, Ctx cx) {
        Span s = stmt.span();
        String handled = machine.handledException();
        return switch (stmt) {
            case Stmt.Return r -> always(s, machine.returnFrom(s, r.value(), cx.keptLoop()));
            case Stmt.Break b when !cx.keptLoop() && loop != null ->
                    always(s, machine.exitTo(s, loop.breakTo(), loop.depth(), false));
            case Stmt.Continue c when !cx.keptLoop() && loop != null ->
                    always(s, machine.exitTo(s, loop.continueTo(), loop.depth(), false));
            case Stmt.Raise r when r.exc() == null && !cx.keptHandler() && handled != null ->
                    new Stmt.Raise(s, Ast.load(s, handled), null);
            case Stmt.If i -> new Stmt.If(s, i.test(), all(i.body(), cx), all(i.orelse(), cx));
            case Stmt.While w -> new Stmt.While(s, w.test(), all(w.body(), inLoop(cx)), all(w.orelse(), cx));
            case Stmt.For f -> new Stmt.For(s, f.target(), f.iter(), all(f.body(), inLoop(cx)), all(f.orelse(), cx),
                    f.typeComment());
            case Stmt.Try t -> new Stmt.Try(s, all(t.body(), cx), t.handlers().stream()
                    .map(h -> new ExceptHandler(h.span(), h.type(), h.name(), all(h.body(), inHandler(cx))))
                    .toList(), all(t.orelse(), cx), all(t.finalbody(), cx));
            case Stmt.With w -> new Stmt.With(s, w.items(), all(w.body(), cx), w.typeComment());
            case Stmt.Match m -> new Stmt.Match(s, m.subject(), m.cases().stream()
                    .map(c -> new MatchCase(c.span(), c.pattern(), c.guard(), all(c.body(), cx)))
                    .toList());
            default -> stmt;
        };
    }

    private static Ctx inLoop(Ctx cx) {
        return new Ctx(true, cx.keptHandler());
    }

    private static Ctx inHandler(Ctx cx) {
        return new Ctx(cx.keptLoop(), true);
    }

    /** {@code if True: …}: one statement standing for several. */
    private static Stmt always(Span s, List<Stmt> body) {
        return Ast.ifElse(s, Ast.bool(s, true), body, List.of());
    }

    private List<Stmt> all(List<Stmt> stmts, Ctx cx) {
        return stmts.stream().map(x -> keep(x, cx)).toList();
    }
}
