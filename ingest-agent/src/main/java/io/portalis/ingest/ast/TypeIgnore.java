package io.portalis.ingest.ast;

/** CPython's {@code TypeIgnore} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record TypeIgnore(Span span, int lineno, String tag) implements Node {}
