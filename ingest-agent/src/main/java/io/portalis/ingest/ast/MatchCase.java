package io.portalis.ingest.ast;

import java.util.List;

/** CPython's {@code match_case} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record MatchCase(Span span, Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    public MatchCase {
        body = Node.frozen(body);
    }
}
