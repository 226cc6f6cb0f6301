package io.portalis.analysis.infer;

import io.portalis.ingest.ast.Expr;

/** The constant position in {@code t[0]} or {@code t[-1]}, which analysis requires for tuples. */
public final class TupleIndex {
    private TupleIndex() {}

    /** The index as written (negative counts from the end); only call on an index analysis accepted. */
    public static int of(Expr index) {
        Integer i = ExprInference.constantIndex(index);
        if (i == null) {
            throw new IllegalArgumentException("not a constant tuple index");
        }
        return i;
    }
}
