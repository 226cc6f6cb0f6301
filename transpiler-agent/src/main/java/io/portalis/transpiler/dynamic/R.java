package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RustNodes;
import io.portalis.transpiler.rust.RStmt;
import java.util.List;

/** Short constructors for the Rust nodes dynamic lowering emits, each with its Python span. */
final class R extends RustNodes {
    private R() {}

    static RExpr ref(Span s, RExpr inner) {
        return new RExpr.Ref(s, inner);
    }

    static RExpr vec(Span s, List<RExpr> items) {
        return new RExpr.Macro(s, "vec", items);
    }

    static RExpr block(Span s, List<RStmt> stmts, RExpr tail) {
        return new RExpr.Block(s, stmts, tail);
    }

    static RExpr none(Span s) {
        return path(s, "Value::None");
    }

    static RExpr vstr(Span s, String value) {
        return call(s, "Value::str", str(s, value));
    }

    static RStmt let(Span s, String name, RExpr init) {
        return new RStmt.Let(s, name, true, null, init);
    }

    static RStmt stmt(Span s, RExpr e) {
        return new RStmt.ExprStmt(s, e);
    }

    static RStmt assign(Span s, String name, RExpr value) {
        return new RStmt.Assign(s, path(s, name), value);
    }
}
