package io.portalis.transpiler.rust;

import io.portalis.ingest.ast.Span;
import java.util.List;

/** Rust statements the transpiler emits, each with the Python span it came from. */
public sealed interface RStmt {
    Span span();

    /** {@code let [mut] name[: type] [= init];} */
    record Let(Span span, String name, boolean mutable, RType type, RExpr init) implements RStmt {}

    record Assign(Span span, RExpr target, RExpr value) implements RStmt {}

    /** An expression statement, ended with {@code ;}. */
    record ExprStmt(Span span, RExpr expr) implements RStmt {}

    /** {@code if}; an {@code otherwise} holding a single {@code If} prints as {@code else if}. */
    record If(Span span, RExpr cond, List<RStmt> then, List<RStmt> otherwise) implements RStmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    record While(Span span, RExpr cond, List<RStmt> body) implements RStmt {
        public While {
            body = List.copyOf(body);
        }
    }

    record For(Span span, String binding, RExpr iter, List<RStmt> body) implements RStmt {
        public For {
            body = List.copyOf(body);
        }
    }

    record Break(Span span) implements RStmt {}

    record Continue(Span span) implements RStmt {}

    record Return(Span span, RExpr value) implements RStmt {}

    /** {@code match subject { pattern => { body } … }}; patterns are written as is. */
    record Match(Span span, RExpr subject, List<Arm> arms) implements RStmt {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    record Arm(String pattern, List<RStmt> body) {
        public Arm {
            body = List.copyOf(body);
        }
    }
}
