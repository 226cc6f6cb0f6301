package io.portalis.transpiler.rust;

import io.portalis.ingest.ast.Span;
import java.util.List;

/**
 * Short constructors for the Rust nodes both lowerings emit, each carrying the Python span it
 * lowers. The typed and the dynamic lowering extend it with their own shorthands.
 */
public class RustNodes {
    protected RustNodes() {}

    public static RExpr path(Span s, String path) {
        return new RExpr.Path(s, path);
    }

    public static RExpr lit(Span s, String token) {
        return new RExpr.Lit(s, token);
    }

    public static RExpr str(Span s, String value) {
        return new RExpr.StrLit(s, value);
    }

    public static RExpr call(Span s, String fn, RExpr... args) {
        return new RExpr.Call(s, path(s, fn), List.of(args));
    }

    public static RExpr call(Span s, String fn, List<RExpr> args) {
        return new RExpr.Call(s, path(s, fn), args);
    }

    public static RExpr method(Span s, RExpr receiver, String name, RExpr... args) {
        return new RExpr.MethodCall(s, receiver, name, List.of(args));
    }

    public static RExpr not(Span s, RExpr e) {
        return new RExpr.Unary(s, "!", e);
    }
}
