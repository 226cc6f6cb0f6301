package io.portalis.transpiler.lower;

import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RustNodes;
import java.util.List;

/** Short constructors for Rust expressions, all carrying the Python span they lower. */
final class Rx extends RustNodes {
    private Rx() {}

    static RExpr tryCall(Span s, String fn, RExpr... args) {
        return new RExpr.Try(s, call(s, fn, args));
    }

    static RExpr tryMethod(Span s, RExpr receiver, String name, RExpr... args) {
        return new RExpr.Try(s, method(s, receiver, name, args));
    }

    /** {@code &inner}; a checked read {@code *bound(..)?} is a reference already and stays as is. */
    static RExpr ref(Span s, RExpr inner) {
        if (inner instanceof RExpr.Unary u && u.op().equals("*")) {
            return u.operand();
        }
        return new RExpr.Ref(s, inner);
    }

    static RExpr binary(Span s, String op, RExpr l, RExpr r) {
        return new RExpr.Binary(s, op, l, r);
    }

    static RExpr smallInt(Span s, long v) {
        return call(s, "Int::Small", lit(s, Long.toString(v)));
    }

    /**
     * The {@code i64} expression {@code x} of {@code Int::Small(x)} (or of {@code &Int::Small(x)}),
     * else null: a bounded local, an element of a bounded list or an int literal, which code that
     * only needs the machine value can use without making and dropping an {@code Int}.
     */
    static RExpr smallValue(RExpr e) {
        RExpr inner = e instanceof RExpr.Ref r ? r.inner() : e;
        return inner instanceof RExpr.Call c && c.callee() instanceof RExpr.Path p && p.path().equals("Int::Small")
                && c.args().size() == 1 ? c.args().get(0) : null;
    }
}
