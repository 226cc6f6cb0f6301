package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code match} (Python reference 8.6, PEP 634) as runtime tests: each pattern lowers in
 * continuation style, nesting {@code if}s around what runs when it matches; the first case
 * whose pattern and guard succeed sets a flag that skips the rest. No Rust loop is introduced,
 * so {@code break}/{@code continue} in case bodies keep their meaning.
 */
final class DynMatch {
    private final Dyn d;

    DynMatch(Dyn d) {
        this.d = d;
    }

    List<RStmt> match(Stmt.Match m) {
        Span s = m.span();
        String subject = d.temp("subj");
        String done = d.temp("done");
        List<RStmt> out = new ArrayList<>();
        out.add(R.let(s, subject, d.exprs.expr(m.subject())));
        out.add(R.let(s, done, R.lit(s, "false")));
        for (MatchCase c : m.cases()) {
            List<RStmt> caseCode = pattern(c.pattern(), subject, () -> {
                List<RStmt> body = new ArrayList<>();
                body.add(R.assign(c.span(), done, R.lit(c.span(), "true")));
                body.addAll(d.stmts.block(c.body()));
                if (c.guard() == null) {
                    return body;
                }
                return List.of(new RStmt.If(c.span(), d.exprs.cond(c.guard()), body, List.of()));
            });
            out.add(new RStmt.If(c.span(), R.not(c.span(), R.path(c.span(), done)), caseCode, List.of()));
        }
        return out;
    }

    private RExpr subj(Span s, String v) {
        return R.ref(s, R.path(s, v));
    }

    private RExpr truthy(Span s, RExpr value) {
        return d.q(s, R.call(s, "truthy", R.ref(s, value)));
    }

    private RExpr builtin(Span s, String name, RExpr... args) {
        return d.q(s, R.call(s, DynNames.builtinPath(name), R.vec(s, List.of(args)), R.vec(s, List.of())));
    }

    /** Code that runs {@code then} when the value in {@code v} matches {@code p}. */
    private List<RStmt> pattern(Pattern p, String v, Supplier<List<RStmt>> then) {
        Span s = p.span();
        return switch (p) {
            case Pattern.MatchValue x -> List.of(new RStmt.If(s,
                    truthy(s, d.q(s, R.call(s, "eq", subj(s, v), d.exprs.borrow(x.value())))), then.get(), List.of()));
            case Pattern.MatchSingleton x -> List.of(new RStmt.If(s,
                    R.call(s, "is", subj(s, v), R.ref(s, d.exprs.constant(x.value(), s))), then.get(), List.of()));
            case Pattern.MatchAs x -> {
                Supplier<List<RStmt>> bindThen = x.name() == null ? then : () -> {
                    List<RStmt> b = new ArrayList<>();
                    b.add(DynVars.write(d, s, x.name(), R.method(s, R.path(s, v), "clone")));
                    b.addAll(then.get());
                    return b;
                };
                yield x.pattern() == null ? bindThen.get() : pattern(x.pattern(), v, bindThen);
            }
            case Pattern.MatchOr x -> or(x, v, then);
            case Pattern.MatchSequence x -> sequence(x, v, then);
            case Pattern.MatchMapping x -> mapping(x, v, then);
            case Pattern.MatchClass x -> classPattern(x, v, then);
            case Pattern.MatchStar x -> List.of(R.stmt(s, d.unsupported(s, "a star pattern outside a sequence",
                    "use it inside [...]")));
        };
    }

    private List<RStmt> or(Pattern.MatchOr x, String v, Supplier<List<RStmt>> then) {
        Span s = x.span();
        String ok = d.temp("ok");
        List<RStmt> out = new ArrayList<>();
        out.add(R.let(s, ok, R.lit(s, "false")));
        for (Pattern alt : x.patterns()) {
            List<RStmt> test = pattern(alt, v, () -> List.of(R.assign(s, ok, R.lit(s, "true"))));
            out.add(new RStmt.If(s, R.not(s, R.path(s, ok)), test, List.of()));
        }
        out.add(new RStmt.If(s, R.path(s, ok), then.get(), List.of()));
        return out;
    }

    /** Binds {@code value} to a fresh variable, then matches it against {@code p}. */
    private List<RStmt> sub(Span s, RExpr value, Pattern p, Supplier<List<RStmt>> then) {
        String t = d.temp("m");
        List<RStmt> out = new ArrayList<>();
        out.add(R.let(s, t, value));
        out.addAll(pattern(p, t, then));
        return out;
    }

    private List<RStmt> sequence(Pattern.MatchSequence x, String v, Supplier<List<RStmt>> then) {
        Span s = x.span();
        List<Pattern> ps = x.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Pattern.MatchStar) {
                star = i;
            }
        }
        RExpr kinds = R.call(s, "Value::tuple", R.vec(s, List.of(d.q(s, R.call(s, "b::value", R.str(s, "list"))),
                d.q(s, R.call(s, "b::value", R.str(s, "tuple"))))));
        RExpr isSeq = truthy(s, builtin(s, "isinstance", R.method(s, R.path(s, v), "clone"), kinds));
        RExpr len = builtin(s, "len", R.method(s, R.path(s, v), "clone"));
        int fixed = star < 0 ? ps.size() : ps.size() - 1;
        RExpr lenOk = truthy(s, d.q(s, R.call(s, star < 0 ? "eq" : "ge", R.ref(s, len),
                R.ref(s, R.call(s, "Value::int", R.lit(s, fixed + ""))))));
        List<RStmt> inner = elements(ps, 0, star, v, then);
        return List.of(new RStmt.If(s, new RExpr.Binary(s, "&&", isSeq, lenOk), inner, List.of()));
    }

    private List<RStmt> elements(List<Pattern> ps, int i, int star, String v, Supplier<List<RStmt>> then) {
        if (i == ps.size()) {
            return then.get();
        }
        Pattern p = ps.get(i);
        Span s = p.span();
        Supplier<List<RStmt>> rest = () -> elements(ps, i + 1, star, v, then);
        if (p instanceof Pattern.MatchStar st) {
            int after = ps.size() - i - 1;
            RExpr upper = after == 0 ? R.none(s) : R.call(s, "Value::int", R.lit(s, "-" + after));
            RExpr slice = d.q(s, R.call(s, "getitem", subj(s, v), R.ref(s, R.call(s, "Value::slice",
                    R.call(s, "Value::int", R.lit(s, i + "")), upper, R.none(s)))));
            RExpr list = builtin(s, "list", slice);
            if (st.name() == null) {
                return rest.get();
            }
            List<RStmt> out = new ArrayList<>();
            out.add(DynVars.write(d, s, st.name(), list));
            out.addAll(rest.get());
            return out;
        }
        long index = star >= 0 && i > star ? -(ps.size() - i) : i;
        RExpr item = d.q(s, R.call(s, "getitem", subj(s, v), R.ref(s, R.call(s, "Value::int", R.lit(s, index + "")))));
        return sub(s, item, p, rest);
    }

    private List<RStmt> mapping(Pattern.MatchMapping x, String v, Supplier<List<RStmt>> then) {
        Span s = x.span();
        RExpr isMap = truthy(s, builtin(s, "isinstance", R.method(s, R.path(s, v), "clone"),
                d.q(s, R.call(s, "b::value", R.str(s, "dict")))));
        List<String> keys = new ArrayList<>();
        List<RStmt> out = new ArrayList<>();
        for (Expr k : x.keys()) {
            String t = d.temp("key");
            out.add(R.let(s, t, d.exprs.expr(k)));
            keys.add(t);
        }
        out.addAll(entries(x, 0, keys, v, then));
        return List.of(new RStmt.If(s, isMap, out, List.of()));
    }

    private List<RStmt> entries(Pattern.MatchMapping x, int i, List<String> keys, String v,
            Supplier<List<RStmt>> then) {
        Span s = x.span();
        if (i == keys.size()) {
            if (x.rest() == null) {
                return then.get();
            }
            String r = d.temp("rest");
            List<RStmt> out = new ArrayList<>();
            out.add(R.let(s, r, builtin(s, "dict", R.method(s, R.path(s, v), "clone"))));
            for (String k : keys) {
                out.add(R.stmt(s, d.q(s, R.call(s, "delitem", R.ref(s, R.path(s, r)), R.ref(s, R.path(s, k))))));
            }
            out.add(DynVars.write(d, s, x.rest(), R.path(s, r)));
            out.addAll(then.get());
            return out;
        }
        String k = keys.get(i);
        RExpr has = d.q(s, R.call(s, "contains", subj(s, v), R.ref(s, R.path(s, k))));
        RExpr value = d.q(s, R.call(s, "getitem", subj(s, v), R.ref(s, R.path(s, k))));
        return List.of(new RStmt.If(s, has, sub(s, value, x.patterns().get(i), () -> entries(x, i + 1, keys, v, then)),
                List.of()));
    }

    /**
     * {@code pyrt::value::match_class} does what CPython's {@code MATCH_CLASS} does (the
     * {@code isinstance} test, {@code __match_args__} and its errors, every attribute fetched
     * before any sub-pattern runs); the sub-patterns then match the values it returns.
     */
    private List<RStmt> classPattern(Pattern.MatchClass x, String v, Supplier<List<RStmt>> then) {
        Span s = x.span();
        String cls = d.temp("cls");
        String attrs = d.temp("attrs");
        List<RExpr> keywords = x.kwdAttrs().stream().map(k -> R.str(s, k)).toList();
        List<RStmt> out = new ArrayList<>();
        out.add(R.let(s, cls, d.exprs.expr(x.cls())));
        out.add(R.let(s, attrs, d.q(s, R.call(s, "pyrt::value::match_class::match_class", subj(s, cls), subj(s, v),
                R.lit(s, x.patterns().size() + ""), R.vec(s, keywords)))));
        List<Pattern> subs = new ArrayList<>(x.patterns());
        subs.addAll(x.kwdPatterns());
        List<RStmt> inner = new ArrayList<>();
        inner.add(R.let(s, attrs, R.method(s, R.path(s, attrs), "unwrap")));
        inner.addAll(attributes(subs, 0, attrs, then));
        out.add(new RStmt.If(s, R.method(s, R.path(s, attrs), "is_some"), inner, List.of()));
        return out;
    }

    private List<RStmt> attributes(List<Pattern> subs, int i, String attrs, Supplier<List<RStmt>> then) {
        if (i == subs.size()) {
            return then.get();
        }
        Span s = subs.get(i).span();
        RExpr value = R.method(s, R.lit(s, attrs + "[" + i + "]"), "clone");
        return sub(s, value, subs.get(i), () -> attributes(subs, i + 1, attrs, then));
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    static PyConstant none() {
        return new PyConstant.NoneValue();
    }
}
