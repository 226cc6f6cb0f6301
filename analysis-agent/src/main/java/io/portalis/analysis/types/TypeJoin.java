package io.portalis.analysis.types;

import java.util.Optional;

/**
 * Merges two types a variable or list element receives. Only identical types merge, except
 * that an unknown list element takes the other side's type: Python would let a variable
 * change type, but a typed translation cannot, so anything else is a conflict (PTL0103).
 */
public final class TypeJoin {
    private TypeJoin() {}

    public static Optional<PyType> join(PyType a, PyType b) {
        if (a == null) {
            return Optional.ofNullable(b);
        }
        if (b == null || a.equals(b)) {
            return Optional.of(a);
        }
        if (a instanceof PyType.Unknown) {
            return Optional.of(b);
        }
        if (b instanceof PyType.Unknown) {
            return Optional.of(a);
        }
        if (isInstanceOrNone(a) && isInstanceOrNone(b)) {
            return joinInstances(a, b);
        }
        if (a instanceof PyType.ListOf la && b instanceof PyType.ListOf lb) {
            return join(la.element(), lb.element()).map(PyType::listOf);
        }
        if (a instanceof PyType.DictOf da && b instanceof PyType.DictOf db) {
            Optional<PyType> k = join(da.key(), db.key());
            Optional<PyType> v = join(da.value(), db.value());
            return k.isPresent() && v.isPresent() ? Optional.of(new PyType.DictOf(k.get(), v.get())) : Optional.empty();
        }
        if (a instanceof PyType.TupleOf ta && b instanceof PyType.TupleOf tb
                && ta.elements().size() == tb.elements().size()) {
            java.util.List<PyType> out = new java.util.ArrayList<>();
            for (int i = 0; i < ta.elements().size(); i++) {
                Optional<PyType> j = join(ta.elements().get(i), tb.elements().get(i));
                if (j.isEmpty()) {
                    return Optional.empty();
                }
                out.add(j.get());
            }
            return Optional.of(new PyType.TupleOf(out));
        }
        return Optional.empty();
    }

    private static boolean isInstanceOrNone(PyType t) {
        return t instanceof PyType.Instance || t instanceof PyType.OptionalOf || t instanceof PyType.NoneType;
    }

    /**
     * Instances join to their nearest common class, and with None to an optional instance: a
     * variable holding a Worker here and a Producer there holds a Task.
     */
    private static Optional<PyType> joinInstances(PyType a, PyType b) {
        boolean optional = !(a instanceof PyType.Instance) || !(b instanceof PyType.Instance);
        PyType.Instance x = inner(a);
        PyType.Instance y = inner(b);
        PyType.Instance common;
        if (x == null || y == null) {
            common = x != null ? x : y;
        } else {
            common = commonClass(x, y);
            if (common == null) {
                return Optional.empty();
            }
        }
        return Optional.of(optional ? new PyType.OptionalOf(common) : common);
    }

    private static PyType.Instance inner(PyType t) {
        return switch (t) {
            case PyType.Instance i -> i;
            case PyType.OptionalOf o -> o.inner();
            default -> null;
        };
    }

    private static PyType.Instance commonClass(PyType.Instance x, PyType.Instance y) {
        java.util.List<String> ym = y.mro();
        java.util.List<String> xm = x.mro();
        for (int i = 0; i < xm.size(); i++) {
            if (ym.contains(xm.get(i))) {
                return new PyType.Instance(xm.get(i), xm.subList(i + 1, xm.size()));
            }
        }
        return null;
    }

    /** Whether a value of type {@code actual} may be passed where {@code expected} is declared. */
    public static boolean accepts(PyType expected, PyType actual) {
        return join(expected, actual).map(expected::equals).orElse(false);
    }
}
