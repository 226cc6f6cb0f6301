package io.portalis.ingest.ast;

/** CPython's {@code alias} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record Alias(Span span, String name, String asname) implements Node {}
