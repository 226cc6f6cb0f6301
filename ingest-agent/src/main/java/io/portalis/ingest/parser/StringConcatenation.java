package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Implicit concatenation of adjacent literals, mirroring CPython 3.12's {@code _PyPegen_concatenate_strings}. */
final class StringConcatenation {
    private final BiFunction<String, Span, SyntaxFailure> error;

    StringConcatenation(BiFunction<String, Span, SyntaxFailure> error) {
        this.error = error;
    }

    Expr concatenate(List<Expr> parts, boolean fstring, Span whole) {
        boolean bytes = false;
        boolean text = false;
        for (Expr p : parts) {
            if (p instanceof Expr.Constant c && c.value() instanceof PyConstant.BytesValue) {
                bytes = true;
            } else {
                text = true;
            }
        }
        if (bytes && text) {
            throw error.apply("cannot mix bytes and nonbytes literals", whole);
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr p : parts) {
                out.writeBytes(((PyConstant.BytesValue) ((Expr.Constant) p).value()).value());
            }
            return new Expr.Constant(whole, new PyConstant.BytesValue(out.toByteArray()),
                    ((Expr.Constant) parts.get(0)).kind());
        }
        if (!fstring && parts.size() == 1) {
            return parts.get(0);
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(p);
            }
        }
        List<Expr> values = fold(flat, fstring);
        if (!fstring) {
            return values.get(0);
        }
        return new Expr.JoinedStr(whole, values);
    }

    /** Folds runs of constants into one, spanning the run; with f-strings, drops empty constants. */
    private static List<Expr> fold(List<Expr> flat, boolean fstring) {
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr elem = flat.get(i);
            if (elem instanceof Expr.Constant first) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Expr.Constant) {
                    StringBuilder sb = new StringBuilder();
                    Expr.Constant last = first;
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Expr.Constant c) {
                        sb.append(((PyConstant.StrValue) c.value()).value());
                        last = c;
                        j++;
                    }
                    i = j - 1;
                    elem = new Expr.Constant(new Span(first.span().start(), last.span().end()),
                            new PyConstant.StrValue(sb.toString()), first.kind());
                }
                if (fstring && ((PyConstant.StrValue) ((Expr.Constant) elem).value()).value().isEmpty()) {
                    continue;
                }
            }
            values.add(elem);
        }
        return values;
    }
}
