package io.portalis.ingest.dump;

import io.portalis.ingest.ast.PyConstant;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/** Python's {@code repr} of the literal kinds a syntax tree holds (str, bytes, int, float, complex, singletons). */
public final class PyRepr {
    private PyRepr() {}

    public static String constant(PyConstant c) {
        return switch (c) {
            case PyConstant.NoneValue v -> "None";
            case PyConstant.BoolValue b -> b.value() ? "True" : "False";
            case PyConstant.EllipsisValue v -> "Ellipsis";
            case PyConstant.IntValue i -> i.value().toString();
            case PyConstant.FloatValue f -> floatRepr(f.value());
            case PyConstant.ComplexValue z -> complexRepr(z.imag());
            case PyConstant.StrValue s -> str(s.value());
            case PyConstant.BytesValue b -> bytes(b.value());
        };
    }

    /** {@code repr(float)}: the shortest round-tripping digits, exponent form below 1e-4 and from 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    /** The shortest decimal that reads back as {@code d}, the nearest one among equals (David Gay's repr). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** {@code repr(complex(0, imag))}: like float repr without a forced ".0", then "j". */
    public static String complexRepr(double imag) {
        String r = floatRepr(imag);
        if (r.endsWith(".0")) {
            r = r.substring(0, r.length() - 2);
        }
        return r + "j";
    }

    /** {@code repr(str)}: single quotes unless the text has ' and no ", escapes for unprintables. */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable} per code point, from CPython 3.12's own Unicode 15.0 tables
     * ({@link PrintableTable}): the JVM's tables are newer and would print characters CPython escapes.
     */
    static boolean isPrintable(int cp) {
        int i = Arrays.binarySearch(PrintableTable.BOUNDARIES, cp);
        int atOrBelow = i >= 0 ? i + 1 : -i - 1;
        return (atOrBelow & 1) == 1;
    }

    public static String bytes(byte[] value) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(value.length + 3).append('b').append(quote);
        for (byte b : value) {
            int v = b & 0xff;
            if (v == quote || v == '\\') {
                sb.append('\\').append((char) v);
            } else if (v == '\t') {
                sb.append("\\t");
            } else if (v == '\n') {
                sb.append("\\n");
            } else if (v == '\r') {
                sb.append("\\r");
            } else if (v < 0x20 || v >= 0x7f) {
                sb.append(String.format("\\x%02x", v));
            } else {
                sb.append((char) v);
            }
        }
        return sb.append(quote).toString();
    }
}
