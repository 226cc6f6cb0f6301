package io.portalis.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps byte offsets in a UTF-8 source to 1-based line numbers and to columns, as CPython
 * reports them: {@code col_offset} counts UTF-8 bytes from the line start, while people and
 * editors count characters. Line breaks are {@code \n}, {@code \r\n} and lone {@code \r}.
 */
public final class LineIndex {
    private final byte[] utf8;
    private final int[] lineStarts;

    public LineIndex(byte[] utf8) {
        this.utf8 = utf8;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            boolean lineEnd = b == '\n' || (b == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public static LineIndex of(String source) {
        return new LineIndex(source.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return utf8;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** CPython's {@code col_offset}: UTF-8 bytes between the line start and {@code offset}. */
    public int byteColumn(int offset) {
        return offset - lineStarts[line(offset) - 1];
    }

    /** The 1-based column in code points, as shown to people. */
    public int charColumn(int offset) {
        int start = lineStarts[line(offset) - 1];
        return new String(utf8, start, offset - start, StandardCharsets.UTF_8).codePointCount(0,
                new String(utf8, start, offset - start, StandardCharsets.UTF_8).length()) + 1;
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : utf8.length;
        while (end > start && (utf8[end - 1] == '\n' || utf8[end - 1] == '\r')) {
            end--;
        }
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }
}
