package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;

/** Reads a type annotation ({@code int}, {@code list[str]}, {@code None}) into a {@link PyType}. */
final class Annotations {
    private Annotations() {}

    /** The annotated type, or null after reporting an annotation this version cannot read. */
    static PyType read(Expr annotation, Problems problems) {
        PyType t = parse(annotation);
        if (t == null) {
            problems.unsupported(annotation.span(), "this type annotation",
                    "annotate with int, float, str, bool, None or list[T]");
        }
        return t;
    }

    private static PyType parse(Expr annotation) {
        return switch (annotation) {
            case Expr.Name n -> switch (n.id()) {
                case "int" -> PyType.INT;
                case "float" -> PyType.FLOAT;
                case "str" -> PyType.STR;
                case "bool" -> PyType.BOOL;
                default -> null;
            };
            case Expr.Constant c when c.value() instanceof PyConstant.NoneValue -> PyType.NONE;
            case Expr.Subscript s when s.value() instanceof Expr.Name n && n.id().equals("list") -> {
                PyType element = parse(s.slice());
                yield element == null ? null : PyType.listOf(element);
            }
            default -> null;
        };
    }
}
