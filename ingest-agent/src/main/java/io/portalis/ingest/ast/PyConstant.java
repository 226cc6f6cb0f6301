package io.portalis.ingest.ast;

import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@code Constant} node or a {@code MatchSingleton}: one of Python's literal kinds. */
public sealed interface PyConstant {
    record NoneValue() implements PyConstant {}

    record BoolValue(boolean value) implements PyConstant {}

    record EllipsisValue() implements PyConstant {}

    /** An integer literal of any size. */
    record IntValue(BigInteger value) implements PyConstant {}

    record FloatValue(double value) implements PyConstant {}

    /** An imaginary literal such as {@code 2j}; CPython keeps the imaginary part only. */
    record ComplexValue(double imag) implements PyConstant {}

    /**
     * A str literal. Held as Java UTF-16; Python code points outside the BMP are surrogate
     * pairs here, and lone surrogates from escapes like {@code "\ud800"} are kept as they are.
     */
    record StrValue(String value) implements PyConstant {}

    record BytesValue(byte[] value) implements PyConstant {
        @Override
        public boolean equals(Object o) {
            return o instanceof BytesValue b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "BytesValue" + Arrays.toString(value);
        }
    }
}
