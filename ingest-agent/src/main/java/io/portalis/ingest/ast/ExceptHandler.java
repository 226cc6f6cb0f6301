package io.portalis.ingest.ast;

import java.util.List;

/** CPython's {@code ExceptHandler} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node {
    public ExceptHandler {
        body = Node.frozen(body);
    }
}
