package io.portalis.ingest.ast;

/** CPython's {@code unaryop}. */
public enum UnaryOperator { Invert, Not, UAdd, USub }
