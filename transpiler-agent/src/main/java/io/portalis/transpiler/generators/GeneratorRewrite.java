package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns generator functions into ordinary Python that the dynamic lowering translates: the
 * body becomes a resumable state machine ({@link StateMachine}) in an inner function whose
 * locals are the generator's, shared as {@code nonlocal}s, and the generator is
 * {@code iter(resume, done)} — CPython's own callable iterator, which calls {@code resume} until
 * it returns the {@code done} sentinel. Nothing runs before the first {@code next}, as in Python.
 *
 * <p>Generators whose {@code yield} sits inside {@code try}, {@code with} or {@code match}, or
 * inside an expression other than a statement or an assignment's right side, are left as they
 * are: the lowering then reports them as untranslatable.
 */
public final class GeneratorRewrite {
    private static final String PREFIX = "__gen_";

    private GeneratorRewrite() {}

    public static Mod.Module rewrite(Mod.Module module) {
        return new Mod.Module(module.span(), stmts(module.body()), module.typeIgnores());
    }

    private static List<Stmt> stmts(List<Stmt> body) {
        return body.stream().map(GeneratorRewrite::stmt).toList();
    }

    private static Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> function(f);
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.span(), c.name(), c.bases(), c.keywords(), stmts(c.body()),
                    c.decoratorList(), c.typeParams());
            case Stmt.If i -> new Stmt.If(i.span(), i.test(), stmts(i.body()), stmts(i.orelse()));
            case Stmt.While w -> new Stmt.While(w.span(), w.test(), stmts(w.body()), stmts(w.orelse()));
            case Stmt.For f -> new Stmt.For(f.span(), f.target(), f.iter(), stmts(f.body()), stmts(f.orelse()), f.typeComment());
            case Stmt.Try t -> new Stmt.Try(t.span(), stmts(t.body()), t.handlers().stream()
                    .map(h -> new ExceptHandler(h.span(), h.type(), h.name(), stmts(h.body()))).toList(),
                    stmts(t.orelse()), stmts(t.finalbody()));
            case Stmt.With w -> new Stmt.With(w.span(), w.items(), stmts(w.body()), w.typeComment());
            case Stmt.Match m -> new Stmt.Match(m.span(), m.subject(), m.cases().stream()
                    .map(c -> new MatchCase(c.span(), c.pattern(), c.guard(), stmts(c.body()))).toList());
            default -> s;
        };
    }

    private static Stmt function(Stmt.FunctionDef f) {
        List<Stmt> body = stmts(f.body()); // nested generators first
        Stmt.FunctionDef inner = new Stmt.FunctionDef(f.span(), f.name(), f.args(), body, f.decoratorList(), f.returns(),
                f.typeComment(), f.typeParams());
        if (!Yields.inBody(body)) {
            return inner;
        }
        StateMachine.Names names = new StateMachine.Names(PREFIX + "state", PREFIX + "done", PREFIX + "value", PREFIX + "it",
                PREFIX + "stop");
        StateMachine machine = new StateMachine(names);
        try {
            machine.body(body, f.span());
        } catch (StateMachine.Unsupported e) {
            return inner;
        }
        return new Stmt.FunctionDef(f.span(), f.name(), f.args(), generatorBody(f, body, machine, names),
                f.decoratorList(), f.returns(), f.typeComment(), f.typeParams());
    }

    private static List<Stmt> generatorBody(Stmt.FunctionDef f, List<Stmt> body, StateMachine machine,
                                            StateMachine.Names names) {
        Span s = f.span();
        LocalNames locals = LocalNames.of(body);
        Set<String> shared = new LinkedHashSet<>(parameters(f.args()));
        shared.addAll(locals.bound);
        List<String> synthetic = new ArrayList<>(List.of(names.state(), names.done(), names.value(), names.value() + "_from",
                names.stop()));
        for (int i = 0; i < machine.iterators(); i++) {
            synthetic.add(names.iteratorPrefix() + i);
        }
        List<Stmt> out = new ArrayList<>();
        if (!locals.globals.isEmpty()) {
            out.add(new Stmt.Global(s, List.copyOf(locals.globals)));
        }
        if (!locals.nonlocals.isEmpty()) {
            out.add(new Stmt.Nonlocal(s, List.copyOf(locals.nonlocals)));
        }
        // Locals must be bound in this function for `nonlocal` to reach them, yet unbound until
        // the body assigns them, as in the generator itself.
        List<String> unbound = new ArrayList<>(locals.bound);
        unbound.removeAll(parameters(f.args()));
        for (String name : unbound) {
            out.add(Ast.assign(s, name, Ast.none(s)));
        }
        if (!unbound.isEmpty()) {
            out.add(new Stmt.Delete(s, unbound.stream().map(n -> (Expr) new Expr.Name(s, n,
                    io.portalis.ingest.ast.ExprContext.Del)).toList()));
        }
        out.add(Ast.assign(s, names.state(), Ast.intConst(s, 0)));
        out.add(Ast.assign(s, names.done(), Ast.call(s, "object")));
        for (String name : synthetic.subList(2, synthetic.size())) {
            out.add(Ast.assign(s, name, Ast.none(s)));
        }
        List<Stmt> resume = new ArrayList<>();
        List<String> nonlocal = new ArrayList<>(shared);
        nonlocal.addAll(synthetic);
        nonlocal.addAll(locals.nonlocals);
        resume.add(new Stmt.Nonlocal(s, nonlocal));
        if (!locals.globals.isEmpty()) {
            resume.add(new Stmt.Global(s, List.copyOf(locals.globals)));
        }
        resume.add(new Stmt.While(s, Ast.bool(s, true), List.of(dispatch(s, machine.blocks(), 0, names)), List.of()));
        String resumeName = PREFIX + "resume";
        out.add(new Stmt.FunctionDef(s, resumeName, emptyArguments(s), resume, List.of(), null, null, List.of()));
        out.add(Ast.ret(s, Ast.call(s, "iter", Ast.load(s, resumeName), Ast.load(s, names.done()))));
        return out;
    }

    /** {@code if state == 0: … elif state == 1: … else: return done}. */
    private static Stmt dispatch(Span s, List<List<Stmt>> blocks, int i, StateMachine.Names names) {
        if (i == blocks.size()) {
            return Ast.ret(s, Ast.load(s, names.done()));
        }
        List<Stmt> block = blocks.get(i).isEmpty() ? List.of(new Stmt.Pass(s)) : blocks.get(i);
        return Ast.ifElse(s, Ast.compare(s, Ast.load(s, names.state()), io.portalis.ingest.ast.CmpOperator.Eq,
                Ast.intConst(s, i)), block, List.of(dispatch(s, blocks, i + 1, names)));
    }

    private static List<String> parameters(Arguments a) {
        List<String> names = new ArrayList<>();
        a.posonlyargs().forEach(p -> names.add(p.arg()));
        a.args().forEach(p -> names.add(p.arg()));
        if (a.vararg() != null) {
            names.add(a.vararg().arg());
        }
        a.kwonlyargs().forEach(p -> names.add(p.arg()));
        if (a.kwarg() != null) {
            names.add(a.kwarg().arg());
        }
        return names;
    }

    private static Arguments emptyArguments(Span s) {
        return new Arguments(s, List.<Arg>of(), List.<Arg>of(), null, List.<Arg>of(), List.<Expr>of(), null, List.<Expr>of());
    }
}
