package io.portalis.ingest.ast;

/** CPython's {@code expr_context}; constant names match CPython's class names. */
public enum ExprContext { Load, Store, Del }
