package io.portalis.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a {@code .py} file into text the way CPython's tokenizer does: UTF-8 by
 * default, a UTF-8 byte order mark, or a PEP 263 coding declaration on line 1 or 2.
 */
public final class SourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    /** The outcome: decoded text, or why the bytes are not Python source and whether it is a syntax error. */
    public record Decoded(String text, String problem, boolean syntaxError) {
        public boolean ok() {
            return text != null;
        }
    }

    public static Decoded decode(byte[] raw) {
        for (byte b : raw) {
            if (b == 0) {
                return new Decoded(null, "source code cannot contain null bytes", false);
            }
        }
        boolean bom = raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        String declared = declaredEncoding(raw, offset);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            String norm = normalize(declared);
            if (bom && !norm.equals("utf-8")) {
                return new Decoded(null, "encoding problem: " + declared + " with BOM", true);
            }
            charset = charsetFor(norm);
            if (charset == null) {
                return new Decoded(null, "unknown encoding: " + declared, true);
            }
        }
        return strictDecode(raw, offset, charset);
    }

    private static Decoded strictDecode(byte[] raw, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(decoder.decode(ByteBuffer.wrap(raw, offset, raw.length - offset)).toString(), null, false);
        } catch (CharacterCodingException e) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "utf-8" : charset.name().toLowerCase(Locale.ROOT);
            return new Decoded(null, "bytes are not valid " + name + " at " + firstBadByte(raw, offset, charset), false);
        }
    }

    private static String firstBadByte(byte[] raw, int offset, Charset charset) {
        // Decode line by line to name the line of the first bad byte, as people look for lines.
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == '\n') {
                CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    d.decode(ByteBuffer.wrap(raw, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return "line " + line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return "end of file";
    }

    /** PEP 263: the declaration counts on line 2 only when line 1 is blank or a comment. */
    private static String declaredEncoding(byte[] raw, int offset) {
        int end1 = lineEnd(raw, offset);
        String line1 = new String(raw, offset, end1 - offset, StandardCharsets.ISO_8859_1);
        Matcher m = CODING.matcher(line1);
        if (m.find()) {
            return m.group(1);
        }
        String trimmed = line1.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            return null;
        }
        int start2 = end1 < raw.length ? end1 + 1 : end1;
        if (start2 < raw.length && raw[end1] == '\r' && raw[start2] == '\n') {
            start2++;
        }
        int end2 = lineEnd(raw, start2);
        Matcher m2 = CODING.matcher(new String(raw, start2, end2 - start2, StandardCharsets.ISO_8859_1));
        return m2.find() ? m2.group(1) : null;
    }

    private static int lineEnd(byte[] raw, int from) {
        int i = from;
        while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
            i++;
        }
        return i;
    }

    /** CPython's get_normal_name: folds the common spellings of UTF-8 and Latin-1. */
    private static String normalize(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")
                || n.equals("latin1") || n.equals("l1")) {
            return "iso-8859-1";
        }
        return n;
    }

    private static Charset charsetFor(String norm) {
        String name = switch (norm) {
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            case "cp1252", "windows-1252" -> "windows-1252";
            case "utf-16", "utf16" -> "UTF-16";
            default -> norm;
        };
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
