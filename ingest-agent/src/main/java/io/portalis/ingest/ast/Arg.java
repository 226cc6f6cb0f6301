package io.portalis.ingest.ast;

/** CPython's {@code arg} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record Arg(Span span, String arg, Expr annotation, String typeComment) implements Node {}
