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

    record Unknown() implements PyType {}

    record Mixed() implements PyType {}

    PyType INT = new Int();
    PyType FLOAT = new Float();
    PyType BOOL = new Bool();
    PyType STR = new Str();
    PyType NONE = new NoneType();
    PyType UNKNOWN = new Unknown();
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
            case Unknown u -> "?";
            case Mixed m -> "int | str | ...";
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
            case Unknown u -> false;
            case Mixed m -> false;
            case Int i -> true;
            case Float f -> true;
            case Bool b -> true;
            case Str s -> true;
            case NoneType n -> true;
        };
    }
}
