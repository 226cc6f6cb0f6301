package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every part of the dynamic lowering shares: the module, its scopes, where problems go,
 * the function being lowered, and the part lowerers themselves.
 */
final class Dyn {
    final ParsedModule module;
    final Problems problems;
    final ScopeAnalysis scopes;
    final List<String> globals;
    /** Module-level {@code def}s bound once and never rebound: callable directly. */
    final Map<String, Stmt.FunctionDef> direct;
    final DynExprs exprs = new DynExprs(this);
    final DynCalls calls = new DynCalls(this);
    final DynStmts stmts = new DynStmts(this);
    final DynTargets targets = new DynTargets(this);
    final DynTry tries = new DynTry(this);
    final DynFunctions functions = new DynFunctions(this);
    final DynComprehensions comprehensions = new DynComprehensions(this);
    final DynMatch matches = new DynMatch(this);
    final DynImports imports = new DynImports(this);
    FnCx fn;
    /** Rust items made so far: the functions of module-level {@code def}s. */
    final List<io.portalis.transpiler.rust.RItem> items = new ArrayList<>();
    /** Qualified-name prefixes of the enclosing classes and functions ({@code C.}, {@code f.<locals>.}). */
    final java.util.Deque<String> qual = new java.util.ArrayDeque<>();
    /** Rust function names given to module-level defs so far (a name defined twice gets a suffix). */
    final java.util.Set<String> fnNames = new java.util.HashSet<>();
    /** Where the module sits in its program. */
    final ModuleContext context;
    /** What each {@code from m import *} binds. */
    final Map<Stmt.ImportFrom, List<String>> stars;
    boolean failed;
    private int temps;

    Dyn(ParsedModule module, Problems problems, ScopeAnalysis scopes, List<String> globals,
            Map<String, Stmt.FunctionDef> direct, ModuleContext context, Map<Stmt.ImportFrom, List<String>> stars) {
        this.context = context;
        this.stars = stars;
        this.module = module;
        this.problems = problems;
        this.scopes = scopes;
        this.globals = globals;
        this.direct = direct;
    }

    String temp(String stem) {
        return stem + "__" + temps++;
    }

    /** Reports a construct the dynamic lowering cannot translate; lowering goes on to find more. */
    RExpr unsupported(Span span, String what, String help) {
        problems.unsupported(span, what, help);
        failed = true;
        return R.none(span);
    }

    /** {@code inner?}, or inside a try region the jump to its handlers. */
    RExpr q(Span s, RExpr inner) {
        String region = fn.regions.peek();
        return region == null ? new RExpr.Try(s, inner) : new RExpr.Catch(s, inner, region);
    }

    /** Raising the Rust error {@code err}: return it, or leave the innermost try region with it. */
    RStmt raise(Span s, RExpr err) {
        String region = fn.regions.peek();
        RExpr e = R.call(s, "Err", err);
        return region == null ? new RStmt.Return(s, e) : R.stmt(s, new RExpr.BreakWith(s, region, e));
    }

    /** Python's {@code return value}. */
    RStmt ret(Span s, RExpr value) {
        String region = fn.regions.peek();
        if (region != null) {
            return R.stmt(s, new RExpr.BreakWith(s, region, R.call(s, "Ok", R.call(s, "Flow::Return", value))));
        }
        return new RStmt.Return(s, R.call(s, "Ok", fn.module ? R.lit(s, "()") : value));
    }

    /** Python's {@code break} ({@code cont} false) or {@code continue}. */
    List<RStmt> jump(Span s, boolean cont) {
        FnCx.Loop loop = fn.loops.peek();
        if (loop == null) {
            unsupported(s, "`break`/`continue` outside a loop", "remove it");
            return List.of();
        }
        if (fn.regions.size() > loop.regions()) {
            String flow = cont ? "Flow::Continue" : "Flow::Break";
            return List.of(R.stmt(s, new RExpr.BreakWith(s, fn.regions.peek(), R.call(s, "Ok", R.path(s, flow)))));
        }
        List<RStmt> out = new ArrayList<>();
        if (!cont && loop.brokeFlag() != null) {
            out.add(R.assign(s, loop.brokeFlag(), R.lit(s, "true")));
        }
        out.add(cont ? new RStmt.Continue(s) : new RStmt.Break(s));
        return out;
    }

    /** Runs {@code body} with {@code cx} as the function being lowered. */
    <T> T in(FnCx cx, Supplier<T> body) {
        FnCx saved = fn;
        fn = cx;
        try {
            return body.get();
        } finally {
            fn = saved;
        }
    }

    /** Runs {@code body} with an inline scope (comprehension, class body) pushed. */
    <T> T inScope(Scope s, Supplier<T> body) {
        fn.scopes.push(s);
        try {
            return body.get();
        } finally {
            fn.scopes.pop();
        }
    }
}
