package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a type annotation ({@code int}, {@code list[str]}, {@code None}, and {@code List[str]}
 * when {@code List} was imported from {@code typing}) into a {@link PyType}.
 */
final class Annotations {
    private final Set<String> typingNames;
    private final Problems problems;

    private final ClassTable classes;

    Annotations(Set<String> typingNames, Problems problems) {
        this(typingNames, problems, null);
    }

    /** With the module's classes: {@code Node}, {@code Optional[Node]}, {@code Node | None}, {@code "Node"}. */
    Annotations(Set<String> typingNames, Problems problems, ClassTable classes) {
        this.typingNames = typingNames;
        this.problems = problems;
        this.classes = classes;
    }

    private PyType.Instance classType(Expr e) {
        String name = e instanceof Expr.Name n ? n.id()
                : e instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue s ? s.value() : null;
        if (name == null || classes == null) {
            return null;
        }
        ClassTable.ClassSig c = classes.classes.get(name);
        return c == null ? null : c.type;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof PyConstant.NoneValue;
    }

    /** The names a module imports from {@code typing} (PEP 484 aliases such as {@code List}). */
    static Set<String> typingImports(List<Stmt> body) {
        Set<String> names = new HashSet<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom i && "typing".equals(i.module()) && Objects.equals(i.level(), 0)) {
                i.names().stream().filter(a -> a.asname() == null).forEach(a -> names.add(a.name()));
            }
        }
        return names;
    }

    /**
     * The shape a bare {@code list}, {@code tuple} or {@code dict} annotation (or typing's
     * {@code List}, {@code Tuple}, {@code Dict}) asks for, whose element types are then inferred:
     * {@code list[?]}, {@code dict[?, ?]}, or the empty tuple standing for a tuple of any length.
     * Null for any other annotation.
     */
    PyType bare(Expr annotation) {
        if (!(annotation instanceof Expr.Name n)) {
            return null;
        }
        return switch (n.id()) {
            case "list" -> PyType.listOf(PyType.UNKNOWN);
            case "dict" -> new PyType.DictOf(PyType.UNKNOWN, PyType.UNKNOWN);
            case "tuple" -> ANY_TUPLE;
            case "List" -> typingNames.contains("List") ? PyType.listOf(PyType.UNKNOWN) : null;
            case "Dict" -> typingNames.contains("Dict") ? new PyType.DictOf(PyType.UNKNOWN, PyType.UNKNOWN) : null;
            case "Tuple" -> typingNames.contains("Tuple") ? ANY_TUPLE : null;
            default -> null;
        };
    }

    /** The shape "some tuple": never a value's type, since the empty tuple is not translated. */
    static final PyType ANY_TUPLE = new PyType.TupleOf(List.of());

    /** Whether an inferred type {@code t} has the shape a bare annotation asked for. */
    static boolean fits(PyType shape, PyType t) {
        return switch (shape) {
            case PyType.ListOf l -> t instanceof PyType.ListOf;
            case PyType.DictOf d -> t instanceof PyType.DictOf;
            case PyType.TupleOf tu -> t instanceof PyType.TupleOf;
            default -> true;
        };
    }

    /** The annotated type, or null after reporting an annotation this version cannot read. */
    PyType read(Expr annotation) {
        PyType t = parse(annotation);
        if (t == null) {
            problems.unsupported(annotation.span(), "this type annotation",
                    "annotate with int, float, str, bool, None, list[T] or tuple[T1, T2]");
        }
        return t;
    }

    private PyType parse(Expr annotation) {
        PyType.Instance cls = classType(annotation);
        if (cls != null) {
            return cls;
        }
        if (annotation instanceof Expr.Constant c && c.value() instanceof PyConstant.StrValue text && classes != null) {
            // A string annotation (a forward reference) written as `"Node | None"` or `"Optional[Node]"`.
            var m = java.util.regex.Pattern.compile("\\s*(?:(\\w+)\\s*\\|\\s*None|None\\s*\\|\\s*(\\w+)|Optional\\[\\s*(\\w+)\\s*\\])\\s*")
                    .matcher(text.value());
            if (m.matches()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                boolean typingOptional = m.group(3) == null || typingNames.contains("Optional");
                ClassTable.ClassSig found = classes.classes.get(name);
                return found != null && typingOptional ? new PyType.OptionalOf(found.type) : null;
            }
        }
        if (annotation instanceof Expr.BinOp b && b.op() == io.portalis.ingest.ast.Operator.BitOr) {
            PyType.Instance l = classType(b.left());
            PyType.Instance r = classType(b.right());
            return l != null && isNone(b.right()) ? new PyType.OptionalOf(l)
                    : r != null && isNone(b.left()) ? new PyType.OptionalOf(r) : null;
        }
        if (annotation instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && n.id().equals("Optional")
                && typingNames.contains("Optional") && classType(s.slice()) != null) {
            return new PyType.OptionalOf(classType(s.slice()));
        }
        return switch (annotation) {
            case Expr.Name n -> switch (n.id()) {
                case "int" -> PyType.INT;
                case "float" -> PyType.FLOAT;
                case "str" -> PyType.STR;
                case "bool" -> PyType.BOOL;
                default -> null;
            };
            case Expr.Constant c when c.value() instanceof PyConstant.NoneValue -> PyType.NONE;
            case Expr.Subscript s when s.value() instanceof Expr.Name n
                    && (n.id().equals("list") || n.id().equals("List") && typingNames.contains("List")) -> {
                PyType element = parse(s.slice());
                yield element == null ? null : PyType.listOf(element);
            }
            case Expr.Subscript s when s.value() instanceof Expr.Name n
                    && (n.id().equals("dict") || n.id().equals("Dict") && typingNames.contains("Dict"))
                    && s.slice() instanceof Expr.Tuple kv && kv.elts().size() == 2 -> {
                PyType k = parse(kv.elts().get(0));
                PyType v = parse(kv.elts().get(1));
                yield k == null || v == null || !k.isKeyType() ? null : new PyType.DictOf(k, v);
            }
            case Expr.Subscript s when s.value() instanceof Expr.Name n
                    && (n.id().equals("tuple") || n.id().equals("Tuple") && typingNames.contains("Tuple")) -> tuple(s.slice());
            default -> null;
        };
    }

    /** {@code tuple[int, str]}: one type per position; {@code tuple[int, ...]} and {@code tuple[()]} are not read. */
    private PyType tuple(Expr slice) {
        List<Expr> items = slice instanceof Expr.Tuple t ? t.elts() : List.of(slice);
        List<PyType> types = new java.util.ArrayList<>();
        for (Expr item : items) {
            PyType t = parse(item);
            if (t == null) {
                return null;
            }
            types.add(t);
        }
        return types.isEmpty() ? null : new PyType.TupleOf(types);
    }
}
