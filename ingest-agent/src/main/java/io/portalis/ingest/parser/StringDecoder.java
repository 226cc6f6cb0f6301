package io.portalis.ingest.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the body of a string or bytes literal: escape sequences (reference: "String and Bytes
 * literals") and newline normalisation ({@code \r\n} and {@code \r} read as {@code \n}, as
 * CPython's tokenizer translates them).
 */
final class StringDecoder {
    /** A malformed escape; the message is CPython's. */
    static final class BadEscape extends Exception {
        BadEscape(String message) {
            super(message, null, false, false);
        }
    }

    private StringDecoder() {}

    static String decodeStr(String body, boolean raw) throws BadEscape {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\r') {
                out.append('\n');
                i += (i + 1 < n && body.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (c != '\\' || raw) {
                out.append(c);
                i++;
                if (raw && c == '\\' && i < n && body.charAt(i) != '\r') {
                    out.append(body.charAt(i));
                    i++;
                }
            } else {
                i = strEscape(body, i, out);
            }
        }
        return out.toString();
    }

    private static int strEscape(String body, int i, StringBuilder out) throws BadEscape {
        int n = body.length();
        if (i + 1 >= n) {
            out.append('\\');
            return i + 1;
        }
        char e = body.charAt(i + 1);
        switch (e) {
            case 'x' -> {
                return hexEscape(body, i, 2, out, "truncated \\xXX escape");
            }
            case 'u' -> {
                return hexEscape(body, i, 4, out, "truncated \\uXXXX escape");
            }
            case 'U' -> {
                return hexEscape(body, i, 8, out, "truncated \\UXXXXXXXX escape");
            }
            case 'N' -> {
                return namedEscape(body, i, out);
            }
            default -> {
                int simple = simpleEscape(e);
                if (simple >= 0) {
                    if (simple != Integer.MAX_VALUE) {
                        out.append((char) simple);
                    }
                    return i + 2 + (e == '\r' && i + 2 < n && body.charAt(i + 2) == '\n' ? 1 : 0);
                }
                if (e >= '0' && e <= '7') {
                    return octalEscape(body, i, out);
                }
                out.append('\\').append(e);
                return i + 2;
            }
        }
    }

    /** The value of a one-character escape, MAX_VALUE for a line continuation, -1 if none. */
    private static int simpleEscape(char e) {
        return switch (e) {
            case '\n', '\r' -> Integer.MAX_VALUE;
            case '\\' -> '\\';
            case '\'' -> '\'';
            case '"' -> '"';
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> -1;
        };
    }

    private static int octalEscape(String body, int i, StringBuilder out) {
        int j = i + 1;
        int value = 0;
        while (j < body.length() && j < i + 4 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
            value = value * 8 + (body.charAt(j) - '0');
            j++;
        }
        out.appendCodePoint(value);
        return j;
    }

    private static int hexEscape(String body, int i, int digits, StringBuilder out, String what) throws BadEscape {
        int start = i + 2;
        if (start + digits > body.length()) {
            throw bad(i, body.length() - 1, what);
        }
        int value = 0;
        for (int j = start; j < start + digits; j++) {
            int d = Character.digit(body.charAt(j), 16);
            if (d < 0 || body.charAt(j) >= 0x80) {
                throw bad(i, j - 1, what);
            }
            value = value * 16 + d;
        }
        if (value > 0x10FFFF) {
            throw bad(i, start + digits - 1, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return start + digits;
    }

    private static int namedEscape(String body, int i, StringBuilder out) throws BadEscape {
        int open = i + 2;
        int close = body.indexOf('}', open);
        if (open >= body.length() || body.charAt(open) != '{' || close < 0) {
            throw bad(i, Math.min(body.length() - 1, i + 1), "malformed \\N character escape");
        }
        String name = body.substring(open + 1, close);
        try {
            out.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException ex) {
            throw bad(i, close, "unknown Unicode character name");
        }
        return close + 1;
    }

    private static BadEscape bad(int from, int to, String what) {
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to
                + ": " + what);
    }

    static byte[] decodeBytes(String body, boolean raw) throws BadEscape {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                throw new BadEscape("bytes can only contain ASCII literal characters");
            }
            if (c == '\r') {
                out.write('\n');
                i += (i + 1 < n && body.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (c != '\\' || raw || i + 1 >= n) {
                out.write(c);
                i++;
                if (raw && c == '\\' && i < n && body.charAt(i) != '\r' && body.charAt(i) < 0x80) {
                    out.write(body.charAt(i));
                    i++;
                }
            } else {
                i = bytesEscape(body, i, out);
            }
        }
        return out.toByteArray();
    }

    private static int bytesEscape(String body, int i, ByteArrayOutputStream out) throws BadEscape {
        char e = body.charAt(i + 1);
        if (e == 'x') {
            if (i + 4 > body.length() || Character.digit(body.charAt(i + 2), 16) < 0
                    || Character.digit(body.charAt(i + 3), 16) < 0) {
                throw new BadEscape("(value error) invalid \\x escape at position " + i);
            }
            out.write(Integer.parseInt(body.substring(i + 2, i + 4), 16));
            return i + 4;
        }
        if (e >= '0' && e <= '7') {
            StringBuilder sb = new StringBuilder();
            int j = octalEscape(body, i, sb);
            out.write(sb.codePointAt(0) & 0xFF);
            return j;
        }
        int simple = simpleEscape(e);
        if (simple >= 0) {
            if (simple != Integer.MAX_VALUE) {
                out.write(simple);
            }
            return i + 2 + (e == '\r' && i + 2 < body.length() && body.charAt(i + 2) == '\n' ? 1 : 0);
        }
        out.write('\\');
        if (e >= 0x80) {
            throw new BadEscape("bytes can only contain ASCII literal characters");
        }
        out.write(e);
        return i + 2;
    }
}
