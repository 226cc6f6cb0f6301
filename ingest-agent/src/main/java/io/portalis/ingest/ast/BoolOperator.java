package io.portalis.ingest.ast;

/** CPython's {@code boolop}. */
public enum BoolOperator { And, Or }
