package io.portalis.ingest.lexer;

/** CPython's token types that the grammar sees (Lib/token.py); operators share {@link #OP}. */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, ENDMARKER,
    /** Where tokenizing stopped: a lexical error, or the end of input inside brackets. */
    ERROR
}
