package io.portalis.ingest.dump;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.TypeParam;
import io.portalis.ingest.source.LineIndex;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a tree exactly as CPython 3.12's {@code ast.dump(tree, include_attributes=True)}.
 * The records mirror the ASDL field for field, so the printer walks record components in order
 * (reflectively, like {@code ast.dump} walks {@code _fields}): absent optional fields are
 * omitted, lists print as {@code [...]} and nodes with positions end with their four attributes.
 */
public final class AstDumper {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, String> PY_NAMES = Map.of(
            Stmt.ExprStmt.class, "Expr", Alias.class, "alias", Arg.class, "arg",
            io.portalis.ingest.ast.Arguments.class, "arguments", Keyword.class, "keyword",
            io.portalis.ingest.ast.Comprehension.class, "comprehension", io.portalis.ingest.ast.WithItem.class,
            "withitem", io.portalis.ingest.ast.MatchCase.class, "match_case");

    private AstDumper() {}

    public static String dump(Mod.Module module, LineIndex lines) {
        StringBuilder out = new StringBuilder(4096);
        new AstDumper.Printer(out, lines).node(module);
        return out.toString();
    }

    private record Printer(StringBuilder out, LineIndex lines) {
        void node(Node node) {
            Class<?> type = node.getClass();
            out.append(PY_NAMES.getOrDefault(type, type.getSimpleName())).append('(');
            boolean first = true;
            for (RecordComponent c : COMPONENTS.computeIfAbsent(type, Class::getRecordComponents)) {
                if (c.getName().equals("span")) {
                    continue;
                }
                Object value = read(c, node);
                if (value == null) {
                    continue;
                }
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(pythonName(c.getName())).append('=');
                value(value);
            }
            if (hasAttributes(node)) {
                attributes(node.span(), first);
            }
            out.append(')');
        }

        private void attributes(Span span, boolean first) {
            if (!first) {
                out.append(", ");
            }
            out.append("lineno=").append(lines.line(span.start()))
                    .append(", col_offset=").append(lines.byteColumn(span.start()))
                    .append(", end_lineno=").append(lines.line(span.end()))
                    .append(", end_col_offset=").append(lines.byteColumn(span.end()));
        }

        private void value(Object value) {
            switch (value) {
                case Node n -> node(n);
                case List<?> list -> list(list);
                case PyConstant c -> out.append(PyRepr.constant(c));
                case String s -> out.append(PyRepr.str(s));
                case Enum<?> e -> out.append(e.name()).append("()");
                default -> out.append(value);
            }
        }

        private void list(List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                Object item = list.get(i);
                if (item == null) {
                    out.append("None");
                } else {
                    value(item);
                }
            }
            out.append(']');
        }
    }

    private static Object read(RecordComponent c, Node node) {
        try {
            return c.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** CPython gives positions to statements, expressions, patterns and a few helpers only. */
    private static boolean hasAttributes(Node node) {
        return node instanceof Stmt || node instanceof Expr || node instanceof Pattern || node instanceof TypeParam
                || node instanceof Arg || node instanceof Keyword || node instanceof Alias
                || node instanceof ExceptHandler;
    }

    /** {@code decoratorList} becomes {@code decorator_list}. */
    static String pythonName(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char ch = javaName.charAt(i);
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
