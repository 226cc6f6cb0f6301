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
        if (a instanceof PyType.ListOf la && b instanceof PyType.ListOf lb) {
            return join(la.element(), lb.element()).map(PyType::listOf);
        }
        return Optional.empty();
    }

    /** Whether a value of type {@code actual} may be passed where {@code expected} is declared. */
    public static boolean accepts(PyType expected, PyType actual) {
        return join(expected, actual).map(expected::equals).orElse(false);
    }
}
