package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotated assignments as the statements CPython compiles them to (Python reference 7.2.2,
 * PEP 526): in a module or class body, {@code x: T = v} is {@code x = v} followed by
 * {@code __annotations__['x'] = T}, with {@code __annotations__ = {}} first in a body that
 * annotates anything; a complex target ({@code a.b: T}) evaluates {@code T} without storing it;
 * in a function the annotation is never evaluated. Under {@code from __future__ import
 * annotations} (PEP 563) every annotation, of parameters and returns too, becomes the string
 * CPython keeps ({@link AnnotationText}). Function annotations are evaluated by
 * {@link DynFunctions} when the {@code def} runs.
 */
final class AnnotationRewrite {
    static final String ANNOTATIONS = "__annotations__";

    private enum Where { MODULE, CLASS, FUNCTION }

    private final boolean future;
    private final Problems problems;

    private AnnotationRewrite(boolean future, Problems problems) {
        this.future = future;
        this.problems = problems;
    }

    static Mod.Module rewrite(Mod.Module module, Problems problems) {
        AnnotationRewrite r = new AnnotationRewrite(futureAnnotations(module.body()), problems);
        return new Mod.Module(module.span(), r.scopeBody(module.body(), Where.MODULE), module.typeIgnores());
    }

    /** Whether the module starts with {@code from __future__ import annotations}. */
    static boolean futureAnnotations(List<Stmt> body) {
        return body.stream().anyMatch(s -> s instanceof Stmt.ImportFrom i && "__future__".equals(i.module())
                && i.names().stream().anyMatch(a -> a.name().equals("annotations")));
    }

    /** A module or class body: {@code __annotations__ = {}} after its docstring and future imports when it annotates. */
    private List<Stmt> scopeBody(List<Stmt> body, Where where) {
        List<Stmt> out = block(body, where);
        if (!annotates(body)) {
            return out;
        }
        int at = 0;
        while (at < out.size() && (at == 0 && DynFunctions.docstring(out) != null
                || out.get(at) instanceof Stmt.ImportFrom i && "__future__".equals(i.module()))) {
            at++;
        }
        Span s = new Span(body.get(0).span().start(), body.get(0).span().start());
        out.add(at, new Stmt.Assign(s, List.of(new Expr.Name(s, ANNOTATIONS, ExprContext.Store)),
                new Expr.Dict(s, List.of(), List.of()), null));
        return out;
    }

    private List<Stmt> block(List<Stmt> body, Where where) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            stmt(s, where, out);
        }
        return out;
    }

    private void stmt(Stmt st, Where where, List<Stmt> out) {
        switch (st) {
            case Stmt.AnnAssign a -> annAssign(a, where, out);
            case Stmt.FunctionDef f -> out.add(new Stmt.FunctionDef(f.span(), f.name(), args(f.args()),
                    block(f.body(), Where.FUNCTION), f.decoratorList(), annotation(f.returns()), f.typeComment(),
                    f.typeParams()));
            case Stmt.AsyncFunctionDef f -> out.add(f);
            case Stmt.ClassDef c -> out.add(new Stmt.ClassDef(c.span(), c.name(), c.bases(), c.keywords(),
                    scopeBody(c.body(), Where.CLASS), c.decoratorList(), c.typeParams()));
            case Stmt.For f -> out.add(new Stmt.For(f.span(), f.target(), f.iter(), block(f.body(), where),
                    block(f.orelse(), where), f.typeComment()));
            case Stmt.While w -> out.add(new Stmt.While(w.span(), w.test(), block(w.body(), where),
                    block(w.orelse(), where)));
            case Stmt.If i -> out.add(new Stmt.If(i.span(), i.test(), block(i.body(), where), block(i.orelse(), where)));
            case Stmt.With w -> out.add(new Stmt.With(w.span(), w.items(), block(w.body(), where), w.typeComment()));
            case Stmt.Try t -> out.add(new Stmt.Try(t.span(), block(t.body(), where), handlers(t.handlers(), where),
                    block(t.orelse(), where), block(t.finalbody(), where)));
            case Stmt.Match m -> out.add(new Stmt.Match(m.span(), m.subject(), m.cases().stream()
                    .map(c -> new MatchCase(c.span(), c.pattern(), c.guard(), block(c.body(), where))).toList()));
            case Stmt.AsyncFor x -> out.add(x);
            case Stmt.AsyncWith x -> out.add(x);
            case Stmt.TryStar x -> out.add(x);
            case Stmt.Return x -> out.add(x);
            case Stmt.Delete x -> out.add(x);
            case Stmt.Assign x -> out.add(x);
            case Stmt.TypeAlias x -> out.add(x);
            case Stmt.AugAssign x -> out.add(x);
            case Stmt.Raise x -> out.add(x);
            case Stmt.Assert x -> out.add(x);
            case Stmt.Import x -> out.add(x);
            case Stmt.ImportFrom x -> out.add(x);
            case Stmt.Global x -> out.add(x);
            case Stmt.Nonlocal x -> out.add(x);
            case Stmt.ExprStmt x -> out.add(x);
            case Stmt.Pass x -> out.add(x);
            case Stmt.Break x -> out.add(x);
            case Stmt.Continue x -> out.add(x);
        }
    }

    private List<ExceptHandler> handlers(List<ExceptHandler> handlers, Where where) {
        return handlers.stream().map(h -> new ExceptHandler(h.span(), h.type(), h.name(), block(h.body(), where))).toList();
    }

    /** CPython's compiler_annassign: value, target, then the annotation (module and class bodies only). */
    private void annAssign(Stmt.AnnAssign a, Where where, List<Stmt> out) {
        Span s = a.span();
        if (where == Where.FUNCTION) {
            if (a.value() != null || a.target() instanceof Expr.Name) {
                out.add(a);
            } else {
                targetParts(a.target(), out);
            }
            return;
        }
        if (a.value() != null) {
            out.add(new Stmt.Assign(s, List.of(a.target()), a.value(), null));
        } else if (!(a.target() instanceof Expr.Name)) {
            targetParts(a.target(), out);
        }
        if (a.simple() == 1 && a.target() instanceof Expr.Name n) {
            Expr key = new Expr.Constant(n.span(), new PyConstant.StrValue(n.id()), null);
            Expr store = new Expr.Subscript(s, new Expr.Name(s, ANNOTATIONS, ExprContext.Load), key, ExprContext.Store);
            out.add(new Stmt.Assign(s, List.of(store), annotation(a.annotation()), null));
        } else if (!future) {
            out.add(new Stmt.ExprStmt(a.annotation().span(), a.annotation()));
        }
    }

    /** {@code a.b: T} and {@code a[i]: T} without a value still evaluate {@code a} (and {@code i}). */
    private static void targetParts(Expr target, List<Stmt> out) {
        switch (target) {
            case Expr.Attribute x -> out.add(new Stmt.ExprStmt(x.value().span(), x.value()));
            case Expr.Subscript x -> {
                out.add(new Stmt.ExprStmt(x.value().span(), x.value()));
                out.add(new Stmt.ExprStmt(x.slice().span(), x.slice()));
            }
            default -> { }
        }
    }

    private Arguments args(Arguments a) {
        if (!future) {
            return a;
        }
        return new Arguments(a.span(), a.posonlyargs().stream().map(this::arg).toList(),
                a.args().stream().map(this::arg).toList(), arg(a.vararg()), a.kwonlyargs().stream().map(this::arg).toList(),
                a.kwDefaults(), arg(a.kwarg()), a.defaults());
    }

    private Arg arg(Arg a) {
        return a == null ? null : new Arg(a.span(), a.arg(), annotation(a.annotation()), a.typeComment());
    }

    /** The annotation as evaluated: itself, or under PEP 563 its text as a string constant. */
    private Expr annotation(Expr e) {
        if (e == null || !future) {
            return e;
        }
        String text = AnnotationText.of(e).orElse(null);
        if (text == null) {
            problems.unsupported(e.span(), "this annotation under `from __future__ import annotations`",
                    "annotate with names, attributes, subscripts and `|` (or drop the `__future__` import)");
            text = "";
        }
        return new Expr.Constant(e.span(), new PyConstant.StrValue(text), null);
    }

    /** CPython's find_ann: whether a body annotates anything outside nested defs and classes. */
    static boolean annotates(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> annotates(f.body()) || annotates(f.orelse());
                case Stmt.AsyncFor f -> annotates(f.body()) || annotates(f.orelse());
                case Stmt.While w -> annotates(w.body()) || annotates(w.orelse());
                case Stmt.If i -> annotates(i.body()) || annotates(i.orelse());
                case Stmt.With w -> annotates(w.body());
                case Stmt.AsyncWith w -> annotates(w.body());
                case Stmt.Try t -> annotates(t.body()) || annotates(t.orelse()) || annotates(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> annotates(h.body()));
                case Stmt.TryStar t -> annotates(t.body()) || annotates(t.orelse()) || annotates(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> annotates(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> annotates(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
