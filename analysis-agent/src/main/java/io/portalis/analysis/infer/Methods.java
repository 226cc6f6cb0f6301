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
            case "pop" -> n == 0 ? list.element() : null;
            default -> null;
        };
    }
}
