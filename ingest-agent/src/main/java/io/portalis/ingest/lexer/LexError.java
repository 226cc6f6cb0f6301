package io.portalis.ingest.lexer;

/**
 * A tokenizer error as CPython reports it: message and byte range. {@code unclosedEof} marks the
 * end of input inside brackets, which CPython reports only when the parser needs it.
 */
public record LexError(String message, int start, int end, boolean indentation, boolean unclosedEof) {}
