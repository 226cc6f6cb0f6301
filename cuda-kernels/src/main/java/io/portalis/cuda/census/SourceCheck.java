package io.portalis.cuda.census;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether bytes are Python source text, decided as CPython decides it: no NUL byte, and valid
 * UTF-8 unless a PEP 263 coding cookie on line 1 or 2 names another encoding (which must be one
 * the JVM knows; the census itself only needs it to be ASCII-compatible, as Python requires).
 */
public final class SourceCheck {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceCheck() {}

    /** Why the bytes are not source text, or empty when they are. */
    public static Optional<String> problem(byte[] src) {
        for (int k = 0; k < src.length; k++) {
            if (src[k] == 0) {
                return Optional.of("binary file: NUL byte at offset " + k);
            }
        }
        Optional<String> cookie = cookie(src);
        if (cookie.isPresent()) {
            String name = cookie.get();
            // CPython's tokenizer normalises these two families before looking the codec up.
            String normal = name.toLowerCase().replace('_', '-');
            if (normal.equals("utf-8") || normal.startsWith("utf-8-") || normal.equals("utf8")) {
                // fall through to the UTF-8 check
            } else if (latin1(normal)) {
                return Optional.empty();
            } else {
                try {
                    Charset.forName(name);
                    return Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.of("unknown encoding in coding cookie: " + name);
                }
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(src);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.of("not valid UTF-8: undecodable byte at offset " + in.position());
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }

    private static boolean latin1(String normal) {
        for (String family : new String[] {"latin-1", "iso-8859-1", "iso-latin-1", "latin1", "l1"}) {
            if (normal.equals(family) || normal.startsWith(family + "-")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> cookie(byte[] src) {
        int lineStart = 0;
        for (int line = 0; line < 2 && lineStart < src.length; line++) {
            int end = lineStart;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') {
                end++;
            }
            String text = new String(src, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
            // Only a comment or blank first line lets line 2 hold the cookie.
            if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                return Optional.empty();
            }
            lineStart = end < src.length && src[end] == '\r' && end + 1 < src.length && src[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        return Optional.empty();
    }

}
