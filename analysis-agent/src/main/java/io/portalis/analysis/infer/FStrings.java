package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;

/** f-strings (PEP 498): every part is a string; fields may have conversions and format specs. */
final class FStrings {
    private FStrings() {}

    static PyType infer(Expr.JoinedStr j, ExprInference exprs, Problems problems) {
        boolean ok = true;
        for (Expr part : j.values()) {
            ok &= exprs.value(part) != null;
        }
        return ok ? PyType.STR : null;
    }

    static PyType field(Expr.FormattedValue f, ExprInference exprs, Problems problems) {
        PyType t = exprs.value(f.value());
        boolean specOk = f.formatSpec() == null || exprs.value(f.formatSpec()) != null;
        if (t == null || !specOk) {
            return null;
        }
        if (t instanceof PyType.ExceptionValue && f.conversion() != -1 && f.conversion() != 's') {
            problems.unsupported(f.span(), "the repr of an exception", "print the exception itself, which is str(e)");
            return null;
        }
        boolean formatsAsString = f.conversion() != -1 || t instanceof PyType.Str;
        boolean formattable = formatsAsString || t.isNumeric();
        if (f.formatSpec() != null && !formattable) {
            problems.unsupported(f.span(), "a format spec on a `" + t.display() + "` value",
                    "format a str, int or float, or use !s");
            return null;
        }
        return PyType.STR;
    }
}
