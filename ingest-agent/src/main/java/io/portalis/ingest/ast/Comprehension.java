package io.portalis.ingest.ast;

import java.util.List;

/** CPython's {@code comprehension} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record Comprehension(Span span, Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    public Comprehension {
        ifs = Node.frozen(ifs);
    }
}
