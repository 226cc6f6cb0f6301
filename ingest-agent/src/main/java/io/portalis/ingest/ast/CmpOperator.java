package io.portalis.ingest.ast;

/** CPython's {@code cmpop}. */
public enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
