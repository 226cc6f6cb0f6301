package io.portalis.transpiler.generators;

import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.WithItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns generator functions into ordinary Python that the dynamic lowering translates: the
 * body becomes a resumable state machine ({@link StateMachine}) in an inner function
 * {@code resume(mode, arg)} whose locals are the generator's, shared as {@code nonlocal}s, and
 * the generator is the runtime's generator object around it ({@code __portalis_gen__}), which
 * gives {@code __next__}, {@code send}, {@code throw} and {@code close} CPython's semantics.
 * Nothing runs before the first {@code next}, as in Python. When the machine has {@code try}
 * regions, the dispatch loop catches exceptions and routes them by the state's table.
 *
 * <p>Generators whose {@code yield} sits where it cannot be taken out without reordering effects
 * (after a call in the same expression, in a comprehension, in a conditional operand) are left as
 * they are: the lowering then reports them as untranslatable.
 */
public final class GeneratorRewrite {
    private static final String PREFIX = "__gen_";

    private GeneratorRewrite() {}

    public static Mod.Module rewrite(Mod.Module module) {
        return new Mod.Module(module.span(), stmts(module.body(), ""), module.typeIgnores());
    }

    /** {@code prefix}: the qualified name of the enclosing scope and its dot, as {@code __qualname__} shows it. */
    private static List<Stmt> stmts(List<Stmt> body, String prefix) {
        return body.stream().map(s -> stmt(s, prefix)).toList();
    }

    private static Stmt stmt(Stmt s, String prefix) {
        return switch (s) {
            case Stmt.FunctionDef f -> function(f, prefix + f.name());
            case Stmt.AsyncFunctionDef f -> coroutine(f, prefix + f.name());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.span(), c.name(), c.bases(), c.keywords(),
                    stmts(c.body(), prefix + c.name() + "."), c.decoratorList(), c.typeParams());
            case Stmt.If i -> new Stmt.If(i.span(), i.test(), stmts(i.body(), prefix), stmts(i.orelse(), prefix));
            case Stmt.While w -> new Stmt.While(w.span(), w.test(), stmts(w.body(), prefix), stmts(w.orelse(), prefix));
            case Stmt.For f -> new Stmt.For(f.span(), f.target(), f.iter(), stmts(f.body(), prefix), stmts(f.orelse(), prefix), f.typeComment());
            case Stmt.Try t -> new Stmt.Try(t.span(), stmts(t.body(), prefix), t.handlers().stream()
                    .map(h -> new ExceptHandler(h.span(), h.type(), h.name(), stmts(h.body(), prefix))).toList(),
                    stmts(t.orelse(), prefix), stmts(t.finalbody(), prefix));
            case Stmt.With w -> new Stmt.With(w.span(), w.items(), stmts(w.body(), prefix), w.typeComment());
            case Stmt.Match m -> new Stmt.Match(m.span(), m.subject(), m.cases().stream()
                    .map(c -> new MatchCase(c.span(), c.pattern(), c.guard(), stmts(c.body(), prefix))).toList());
            default -> s;
        };
    }

    private static Stmt function(Stmt.FunctionDef f, String qualname) {
        List<Stmt> body = stmts(f.body(), qualname + ".<locals>."); // nested generators first
        Stmt.FunctionDef inner = new Stmt.FunctionDef(f.span(), f.name(), f.args(), body, f.decoratorList(), f.returns(),
                f.typeComment(), f.typeParams());
        if (!Yields.inBody(body)) {
            return inner;
        }
        GenNames names = new GenNames(PREFIX);
        StateMachine machine = new StateMachine(names);
        try {
            machine.body(body, f.span());
        } catch (StateMachine.Unsupported e) {
            return inner;
        }
        return new Stmt.FunctionDef(f.span(), f.name(), f.args(), generatorBody(f, qualname, body, machine, names,
                GenNames.GENERATOR), f.decoratorList(), f.returns(), f.typeComment(), f.typeParams());
    }

    /**
     * A coroutine function: its body, with {@code await} as {@code yield from} ({@link AsyncRewrite}),
     * always becomes a state machine (one without an {@code await} too: calling it only makes the
     * coroutine object), and the function returns the runtime's coroutine object around it, or its
     * {@code async_generator} when the body yields. Left as
     * it is (and refused by the lowering) where the rewrite cannot flatten it.
     */
    private static Stmt coroutine(Stmt.AsyncFunctionDef f, String qualname) {
        List<Stmt> nested = stmts(f.body(), qualname + ".<locals>.");
        Stmt.AsyncFunctionDef kept = new Stmt.AsyncFunctionDef(f.span(), f.name(), f.args(), nested, f.decoratorList(),
                f.returns(), f.typeComment(), f.typeParams());
        GenNames names = new GenNames(PREFIX);
        StateMachine machine = new StateMachine(names);
        List<Stmt> body;
        try {
            body = AsyncRewrite.body(nested, names);
            machine.body(body, f.span());
        } catch (StateMachine.Unsupported e) {
            return kept;
        }
        Stmt.FunctionDef plain = new Stmt.FunctionDef(f.span(), f.name(), f.args(), body, f.decoratorList(), f.returns(),
                f.typeComment(), f.typeParams());
        String constructor = !Yields.inBody(nested) ? GenNames.COROUTINE
                : AsyncRewrite.hasCleanup(nested) ? GenNames.ASYNC_GENERATOR_CLEANUP : GenNames.ASYNC_GENERATOR;
        return new Stmt.FunctionDef(f.span(), f.name(), f.args(), generatorBody(plain, qualname, body, machine, names,
                constructor), f.decoratorList(), f.returns(), f.typeComment(), f.typeParams());
    }

    private static List<Stmt> generatorBody(Stmt.FunctionDef f, String qualname, List<Stmt> body, StateMachine machine,
                                            GenNames names, String constructor) {
        Span s = f.span();
        LocalNames locals = LocalNames.of(body);
        Set<String> shared = new LinkedHashSet<>(parameters(f.args()));
        shared.addAll(locals.bound);
        List<String> synthetic = new ArrayList<>(names.fixed());
        synthetic.addAll(machine.synthetic());
        boolean routed = machine.routed();
        if (routed) {
            synthetic.add(names.routes());
        }
        List<Stmt> out = new ArrayList<>();
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt doc && doc.value() instanceof Expr.Constant c
                && c.value() instanceof io.portalis.ingest.ast.PyConstant.StrValue) {
            out.add(doc); // the docstring stays the function's
        }
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
        for (String name : synthetic) {
            out.add(Ast.assign(s, name, Ast.none(s)));
        }
        out.add(Ast.assign(s, names.state(), Ast.intConst(s, 0)));
        out.add(Ast.assign(s, names.done(), new Expr.List(s, List.of(), io.portalis.ingest.ast.ExprContext.Load)));
        if (routed) {
            out.add(Ast.assign(s, names.routes(), new Expr.Tuple(s, machine.routes().stream()
                    .map(r -> (Expr) Ast.intConst(s, r)).toList(), io.portalis.ingest.ast.ExprContext.Load)));
        }
        List<Stmt> resume = new ArrayList<>();
        List<String> nonlocal = new ArrayList<>(shared);
        nonlocal.add(names.state());
        nonlocal.addAll(synthetic);
        nonlocal.addAll(locals.nonlocals);
        nonlocal.add(names.done());
        resume.add(new Stmt.Nonlocal(s, nonlocal));
        if (!locals.globals.isEmpty()) {
            resume.add(new Stmt.Global(s, List.copyOf(locals.globals)));
        }
        List<Stmt> loop = new ArrayList<>();
        // The runtime never resumes a finished generator; a state past the end would restart it.
        loop.add(Ast.ifElse(s, Ast.compare(s, Ast.load(s, names.state()), CmpOperator.Lt, Ast.intConst(s, 0)),
                List.of(Ast.ret(s, new Expr.Tuple(s, List.of(Ast.load(s, names.done()), Ast.none(s)),
                        io.portalis.ingest.ast.ExprContext.Load))), List.of()));
        Stmt dispatch = dispatch(s, machine, 0, machine.blocks().size(), names);
        loop.add(routed ? routing(s, dispatch, names) : dispatch);
        resume.add(new Stmt.While(s, Ast.bool(s, true), loop, List.of()));
        out.add(new Stmt.FunctionDef(s, names.resume(), resumeArguments(s, names), resume, List.of(), null, null, List.of()));
        out.add(Ast.ret(s, Ast.call(s, constructor, Ast.load(s, names.resume()), Ast.load(s, names.done()),
                Ast.str(s, f.name()), Ast.str(s, qualname))));
        return out;
    }

    /**
     * The state's block, found by halving the range of states. A block inside an {@code except}
     * block runs under {@code with __portalis_handling__(exc):}, so that {@code sys.exc_info()}
     * sees the handled exception there and not after a {@code yield} hands control back.
     */
    private static Stmt dispatch(Span s, StateMachine machine, int lo, int hi, GenNames names) {
        if (hi - lo == 1) {
            List<Stmt> block = machine.blocks().get(lo);
            List<Stmt> body = block.isEmpty() ? List.of(new Stmt.Pass(s)) : block;
            String handled = machine.handledBy().get(lo);
            if (handled != null) {
                WithItem item = new WithItem(s, Ast.call(s, GenNames.HANDLING, Ast.load(s, handled)), null);
                body = List.of(new Stmt.With(s, List.of(item), List.of(chained(s, body, handled, names)), null));
            }
            return Ast.ifElse(s, Ast.bool(s, true), body, List.of());
        }
        int mid = (lo + hi) >>> 1;
        return Ast.ifElse(s, Ast.compare(s, Ast.load(s, names.state()), CmpOperator.Lt, Ast.intConst(s, mid)),
                List.of(dispatch(s, machine, lo, mid, names)), List.of(dispatch(s, machine, mid, hi, names)));
    }

    /**
     * A piece of an {@code except} or {@code finally} block runs outside the block's own
     * handler, so what it raises is chained here, as CPython chains an exception raised while
     * another is handled (the same rule as the runtime's {@code with_context}: a context
     * already set, or the handled exception itself raised again, is left alone):
     * <pre>
     * try:
     *     BLOCK
     * except BaseException as x:
     *     if x is not handled and handled is not None and x.__context__ is None:
     *         x.__context__ = handled
     *     raise
     * </pre>
     */
    private static Stmt chained(Span s, List<Stmt> block, String handled, GenNames names) {
        String x = names.prefix() + "ce";
        Expr context = new Expr.Attribute(s, Ast.load(s, x), "__context__", io.portalis.ingest.ast.ExprContext.Load);
        Expr fresh = new Expr.BoolOp(s, io.portalis.ingest.ast.BoolOperator.And, List.of(
                Ast.compare(s, Ast.load(s, x), CmpOperator.IsNot, Ast.load(s, handled)),
                Ast.compare(s, Ast.load(s, handled), CmpOperator.IsNot, Ast.none(s)),
                Ast.compare(s, context, CmpOperator.Is, Ast.none(s))));
        Stmt set = Ast.assign(s, new Expr.Attribute(s, Ast.load(s, x), "__context__", io.portalis.ingest.ast.ExprContext.Store),
                Ast.load(s, handled));
        List<Stmt> handler = List.of(Ast.ifElse(s, fresh, List.of(set), List.of()), new Stmt.Raise(s, null, null));
        return new Stmt.Try(s, block, List.of(new ExceptHandler(s, Ast.load(s, "BaseException"), x, handler)),
                List.of(), List.of());
    }

    /**
     * <pre>
     * try:
     *     DISPATCH
     * except BaseException as e:
     *     to = routes[state]
     *     if to < 0:
     *         state = -1
     *         raise
     *     caught = e
     *     state = to
     * </pre>
     */
    private static Stmt routing(Span s, Stmt dispatch, GenNames names) {
        String e = names.prefix() + "e";
        String to = names.prefix() + "to";
        List<Stmt> handler = List.of(
                Ast.assign(s, to, new Expr.Subscript(s, Ast.load(s, names.routes()), Ast.load(s, names.state()),
                        io.portalis.ingest.ast.ExprContext.Load)),
                Ast.ifElse(s, Ast.compare(s, Ast.load(s, to), CmpOperator.Lt, Ast.intConst(s, 0)),
                        List.of(Ast.assign(s, names.state(), Ast.intConst(s, StateMachine.FINISHED)), new Stmt.Raise(s, null, null)),
                        List.of()),
                Ast.assign(s, names.caught(), Ast.load(s, e)),
                Ast.assign(s, names.state(), Ast.load(s, to)));
        return new Stmt.Try(s, List.of(dispatch),
                List.of(new ExceptHandler(s, Ast.load(s, "BaseException"), e, handler)), List.of(), List.of());
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

    private static Arguments resumeArguments(Span s, GenNames names) {
        List<Arg> params = List.of(new Arg(s, names.mode(), null, null), new Arg(s, names.arg(), null, null));
        return new Arguments(s, List.<Arg>of(), params, null, List.<Arg>of(), List.<Expr>of(), null, List.<Expr>of());
    }
}
