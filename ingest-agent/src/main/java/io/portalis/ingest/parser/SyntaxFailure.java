package io.portalis.ingest.parser;

/**
 * Unwinds the parser at the first syntax error. Internal: {@link PythonParser} turns it into a
 * diagnostic, so it never reaches callers. {@code generic} marks CPython's plain "invalid syntax".
 */
final class SyntaxFailure extends RuntimeException {
    final String msg;
    final int start;
    final int end;
    final boolean indentation;
    final boolean generic;

    SyntaxFailure(String msg, int start, int end, boolean indentation, boolean generic) {
        super(msg, null, false, false);
        this.msg = msg;
        this.start = start;
        this.end = end;
        this.indentation = indentation;
        this.generic = generic;
    }
}
