package io.portalis.ingest.ast;

/** CPython's {@code keyword} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record Keyword(Span span, String arg, Expr value) implements Node {}
