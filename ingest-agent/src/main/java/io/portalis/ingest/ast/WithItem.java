package io.portalis.ingest.ast;

/** CPython's {@code withitem} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record WithItem(Span span, Expr contextExpr, Expr optionalVars) implements Node {}
