package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * f-strings (PEP 498): literal parts are pushed as they are; a field is formatted with
 * {@code format(value, spec)} after its conversion ({@code !s}, {@code !r}), which for an
 * empty spec is {@code str(value)}.
 */
final class FStringLowering {
    private final ExprLowering ex;

    FStringLowering(ExprLowering ex) {
        this.ex = ex;
    }

    RExpr joined(Expr.JoinedStr j) {
        Span s = j.span();
        String buf = ex.cx.freshTemp();
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(s, buf, true, null, Rx.call(s, "String::new")));
        for (Expr part : j.values()) {
            stmts.add(new RStmt.ExprStmt(part.span(), part(part, buf)));
        }
        return new RExpr.Block(s, stmts, Rx.call(s, "Str::from", Rx.path(s, buf)));
    }

    private RExpr part(Expr part, String buf) {
        Span s = part.span();
        RExpr target = Rx.path(s, buf);
        if (part instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue v) {
            return Rx.method(s, target, "push_str", Rx.str(s, v.value()));
        }
        if (!(part instanceof Expr.FormattedValue f)) {
            throw new LowerContext.LoweringFailed(part, "f-string part is not a field");
        }
        RExpr mutBuf = new RExpr.Unary(s, "&mut ", target);
        boolean emptySpec = f.formatSpec() == null || f.formatSpec() instanceof Expr.JoinedStr js && js.values().isEmpty();
        RExpr value = ex.place(f.value());
        PyType t = ex.type(f.value());
        return switch (f.conversion()) {
            case -1 -> emptySpec ? Rx.tryMethod(s, value, "write_str", mutBuf)
                    : Rx.method(s, target, "push_str", Rx.ref(s, formatted(value, t, spec(f), s)));
            case 's', 'r' -> {
                String method = f.conversion() == 'r' ? "py_repr" : "py_str";
                if (emptySpec) {
                    yield Rx.tryMethod(s, value, f.conversion() == 'r' ? "write_repr" : "write_str", mutBuf);
                }
                RExpr text = Rx.tryMethod(s, value, method);
                yield Rx.method(s, target, "push_str", Rx.ref(s,
                        Rx.tryCall(s, "pyrt::format::format_str", Rx.ref(s, text), spec(f))));
            }
            default -> throw new LowerContext.LoweringFailed(f, "the !a conversion is not translated");
        };
    }

    /** The format spec as a {@code &str}: a literal when it has no fields, else built at run time. */
    private RExpr spec(Expr.FormattedValue f) {
        Expr spec = f.formatSpec();
        if (spec instanceof Expr.JoinedStr js && js.values().stream().allMatch(
                p -> p instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue)) {
            StringBuilder text = new StringBuilder();
            js.values().forEach(p -> text.append(((PyConstant.StrValue) ((Expr.Constant) p).value()).value()));
            return Rx.str(spec.span(), text.toString());
        }
        return Rx.method(spec.span(), ex.owned(spec), "as_str");
    }

    private RExpr formatted(RExpr value, PyType t, RExpr spec, Span s) {
        return switch (t) {
            case PyType.Int i -> Rx.tryCall(s, "pyrt::format::format_int", Rx.ref(s, value), spec);
            case PyType.Bool b -> Rx.tryCall(s, "pyrt::format::format_bool", value, spec);
            case PyType.Float f -> Rx.tryCall(s, "pyrt::format::format_float", value, spec);
            case PyType.Str str -> Rx.tryCall(s, "pyrt::format::format_str", Rx.method(s, value, "as_str"), spec);
            default -> throw new LowerContext.LoweringFailed(s, "format spec on a " + t.display());
        };
    }
}
