package io.portalis.agents.diagnostics;

import java.util.Objects;

/**
 * Where a diagnostic points, as a person reads it: a file and 1-based line, 1-based column
 * (in code points, as editors count), and an end position. Syntax trees keep byte offsets;
 * they become a {@code SourceSpan} only when something is shown (STYLE.md rule 1).
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {
    public SourceSpan {
        Objects.requireNonNull(file, "file");
    }

    /** A span for the file as a whole, when the problem has no position inside it. */
    public static SourceSpan wholeFile(String file) {
        return new SourceSpan(file, 0, 0, 0, 0);
    }

    public static SourceSpan point(String file, int line, int column) {
        return new SourceSpan(file, line, column, line, column);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file:line:col}, or just {@code file} when there is no position. */
    public String location() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }
}
