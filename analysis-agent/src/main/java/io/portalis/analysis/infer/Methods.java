package io.portalis.analysis.infer;

import io.portalis.analysis.types.PyType;
import io.portalis.analysis.types.TypeJoin;
import java.util.List;

/** The methods of str and list this version translates, with their result types. */
public final class Methods {
    private Methods() {}

    /** The result type of {@code receiver.name(args)}, or null when the call is not supported. */
    public static PyType resultOf(PyType receiver, String name, List<PyType> args) {
        return switch (receiver) {
            case PyType.Str s -> strMethod(name, args);
            case PyType.ListOf l -> listMethod(l, name, args);
            case PyType.DictOf d -> dictMethod(d, name, args);
            default -> null;
        };
    }

    private static PyType strMethod(String name, List<PyType> args) {
        int n = args.size();
        boolean allStr = args.stream().allMatch(t -> t instanceof PyType.Str);
        return switch (name) {
            case "upper", "lower", "lstrip", "rstrip" -> n == 0 ? PyType.STR : null;
            case "strip" -> n == 0 || n == 1 && allStr ? PyType.STR : null;
            case "split" -> n == 0 || n == 1 && allStr ? PyType.listOf(PyType.STR) : null;
            case "replace" -> n == 2 && allStr ? PyType.STR : null;
            case "startswith", "endswith" -> n == 1 && allStr ? PyType.BOOL : null;
            case "find", "count" -> n == 1 && allStr ? PyType.INT : null;
            case "join" -> n == 1 && args.get(0) instanceof PyType.ListOf l
                    && TypeJoin.accepts(PyType.STR, l.element()) ? PyType.STR : null;
            default -> null;
        };
    }

    private static PyType listMethod(PyType.ListOf list, String name, List<PyType> args) {
        int n = args.size();
        return switch (name) {
            case "append" -> n == 1 && TypeJoin.join(list.element(), args.get(0)).isPresent() ? PyType.NONE : null;
            case "extend" -> n == 1 && TypeJoin.join(list, args.get(0)).isPresent() ? PyType.NONE : null;
            case "pop" -> n == 0 || n == 1 && (args.get(0) instanceof PyType.Int || args.get(0) instanceof PyType.Bool)
                    ? list.element() : null;
            case "sort" -> n == 0 && sortable(list.element()) ? PyType.NONE : null;
            case "reverse" -> n == 0 ? PyType.NONE : null;
            case "index", "count" -> n == 1 && searchable(list, args.get(0)) ? PyType.INT : null;
            case "remove" -> n == 1 && searchable(list, args.get(0)) ? PyType.NONE : null;
            case "insert" -> n == 2 && (args.get(0) instanceof PyType.Int || args.get(0) instanceof PyType.Bool)
                    && TypeJoin.join(list.element(), args.get(1)).isPresent() ? PyType.NONE : null;
            default -> null;
        };
    }

    /** get(k, default) and pop(k[, default]); keys/values/items only as loop iterables. */
    private static PyType dictMethod(PyType.DictOf d, String name, List<PyType> args) {
        int n = args.size();
        boolean keyOk = n >= 1 && d.key().isComplete() && TypeJoin.accepts(d.key(), args.get(0));
        boolean defaultOk = n == 2 && TypeJoin.accepts(d.value(), args.get(1));
        return switch (name) {
            case "get" -> keyOk && defaultOk ? d.value() : null;
            case "pop" -> keyOk && (n == 1 || defaultOk) ? d.value() : null;
            case "setdefault" -> keyOk && defaultOk ? d.value() : null;
            default -> null;
        };
    }

    /**
     * Elements compared with {@code ==} by index/count/remove. Floats are left out: CPython
     * finds a NaN by identity, which a typed translation has no notion of.
     */
    private static boolean searchable(PyType.ListOf list, PyType item) {
        return list.element().isComplete() && list.element().equals(item) && !item.containsFloat();
    }

    /**
     * Element types {@code sort}/{@code sorted} order as CPython does. A float list is sorted
     * with a run-time check for NaN, whose order CPython leaves to its algorithm.
     */
    public static boolean sortable(PyType t) {
        return switch (t) {
            case PyType.Int i -> true;
            case PyType.Str s -> true;
            case PyType.Bool b -> true;
            case PyType.Float f -> true;
            case PyType.TupleOf tu -> tu.elements().stream().allMatch(e -> sortable(e) && !e.containsFloat());
            case PyType.ListOf l -> sortable(l.element()) && !l.element().containsFloat();
            default -> false;
        };
    }
}
