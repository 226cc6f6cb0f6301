package io.portalis.analysis.types;

/**
 * The static type analysis gives a Python value: the built-in scalar types, {@code list[T]},
 * and two markers. {@link Unknown} is the element type of an empty list literal not yet
 * refined by use; {@link Mixed} is a value whose operands have different types (such as
 * {@code 0 or "x"}), which is only translatable where its truth value is all that is used.
 */
public sealed interface PyType {
    record Int() implements PyType {}

    record Float() implements PyType {}

    record Bool() implements PyType {}

    record Str() implements PyType {}

    record NoneType() implements PyType {}

    record ListOf(PyType element) implements PyType {}

    /** A fixed-length tuple: {@code tuple[int, str]} holds one type per position. */
    record TupleOf(java.util.List<PyType> elements) implements PyType {
        public TupleOf {
            elements = java.util.List.copyOf(elements);
        }
    }

    /** {@code dict[K, V]}: keys are int, str, bool or tuples of them. */
    record DictOf(PyType key, PyType value) implements PyType {}

    /** A caught exception ({@code except ValueError as e}): it prints as {@code str(e)}. */
    record ExceptionValue() implements PyType {}

    /**
     * An instance of a class the module defines: {@code ancestors} are its base classes, nearest
     * first, so that two instance types join to their closest common class without a lookup.
     */
    record Instance(String name, java.util.List<String> ancestors) implements PyType {
        public Instance {
            ancestors = java.util.List.copyOf(ancestors);
        }

        /** The class itself followed by its ancestors: the method resolution order. */
        public java.util.List<String> mro() {
            java.util.List<String> out = new java.util.ArrayList<>();
            out.add(name);
            out.addAll(ancestors);
            return out;
        }
    }

    /** {@code Optional[C]} / {@code C | None}: an instance of a module class, or None. */
    record OptionalOf(Instance inner) implements PyType {}

    record Unknown() implements PyType {}

    record Mixed() implements PyType {}

    PyType INT = new Int();
    PyType FLOAT = new Float();
    PyType BOOL = new Bool();
    PyType STR = new Str();
    PyType NONE = new NoneType();
    PyType UNKNOWN = new Unknown();
    PyType EXCEPTION = new ExceptionValue();
    PyType MIXED = new Mixed();

    static PyType listOf(PyType element) {
        return new ListOf(element);
    }

    /** The type as Python spells it in annotations and error messages. */
    default String display() {
        return switch (this) {
            case Int i -> "int";
            case Float f -> "float";
            case Bool b -> "bool";
            case Str s -> "str";
            case NoneType n -> "None";
            case ListOf l -> "list[" + l.element().display() + "]";
            case DictOf d -> "dict[" + d.key().display() + ", " + d.value().display() + "]";
            case TupleOf t -> "tuple[" + String.join(", ", t.elements().stream().map(PyType::display).toList()) + "]";
            case ExceptionValue e -> "Exception";
            case Instance c -> c.name();
            case OptionalOf o -> o.inner().name() + " | None";
            case Unknown u -> "?";
            case Mixed m -> "int | str | ...";
        };
    }

    /** Whether a float occurs anywhere inside (NaN breaks Python's identity-then-equality rule). */
    default boolean containsFloat() {
        return switch (this) {
            case Float f -> true;
            case ListOf l -> l.element().containsFloat();
            case TupleOf t -> t.elements().stream().anyMatch(PyType::containsFloat);
            case DictOf d -> d.key().containsFloat() || d.value().containsFloat();
            default -> false;
        };
    }

    /** Whether values of this type can be dict keys in the translation (hashable, no floats). */
    default boolean isKeyType() {
        return switch (this) {
            case Int i -> true;
            case Str s -> true;
            case Bool b -> true;
            case TupleOf t -> t.elements().stream().allMatch(PyType::isKeyType);
            default -> false;
        };
    }

    /** int, float or bool: the types Python's arithmetic mixes freely. */
    default boolean isNumeric() {
        return this instanceof Int || this instanceof Float || this instanceof Bool;
    }

    /** True when no part of the type is still unknown. */
    default boolean isComplete() {
        return switch (this) {
            case ListOf l -> l.element().isComplete();
            case TupleOf t -> t.elements().stream().allMatch(PyType::isComplete);
            case DictOf d -> d.key().isComplete() && d.value().isComplete();
            case ExceptionValue e -> true;
            case Unknown u -> false;
            case Mixed m -> false;
            case Int i -> true;
            case Float f -> true;
            case Bool b -> true;
            case Str s -> true;
            case NoneType n -> true;
            case Instance c -> true;
            case OptionalOf o -> true;
        };
    }
}
