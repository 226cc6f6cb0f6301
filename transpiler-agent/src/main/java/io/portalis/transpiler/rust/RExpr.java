package io.portalis.transpiler.rust;

import io.portalis.ingest.ast.Span;
import java.util.List;

/**
 * Rust expressions the transpiler emits. Every node keeps the Python span it was lowered from
 * (STYLE.md rule 5), which is where the source map and the `// line N` comments come from.
 */
public sealed interface RExpr {
    Span span();

    /** A path: a variable, {@code pyrt::print}, {@code Int::Small}. */
    record Path(Span span, String path) implements RExpr {}

    /** A literal token written as is: {@code 5}, {@code true}, {@code 1.5f64}, {@code ()}. */
    record Lit(Span span, String token) implements RExpr {}

    /** A string literal; the printer escapes it. */
    record StrLit(Span span, String value) implements RExpr {}

    record Call(Span span, RExpr callee, List<RExpr> args) implements RExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    record MethodCall(Span span, RExpr receiver, String method, List<RExpr> args) implements RExpr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** {@code inner?}: propagates a Python exception. */
    record Try(Span span, RExpr inner) implements RExpr {}

    /** {@code &inner}. */
    record Ref(Span span, RExpr inner) implements RExpr {}

    /** A prefix operator: {@code !}, {@code -} or {@code *}. */
    record Unary(Span span, String op, RExpr operand) implements RExpr {}

    record Binary(Span span, String op, RExpr left, RExpr right) implements RExpr {}

    /** A block expression {@code { stmts; tail }}. */
    record Block(Span span, List<RStmt> stmts, RExpr tail) implements RExpr {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    record IfElse(Span span, RExpr cond, RExpr then, RExpr otherwise) implements RExpr {}

    /** An array expression {@code [a, b]}. */
    record Array(Span span, List<RExpr> items) implements RExpr {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** An associated function of a generic type, with turbofish: {@code List::<Int>::new()}. */
    record AssocCall(Span span, RType type, String function, List<RExpr> args) implements RExpr {
        public AssocCall {
            args = List.copyOf(args);
        }
    }

    /** A macro call such as {@code vec![a, b]}. */
    record Macro(Span span, String name, List<RExpr> args) implements RExpr {
        public Macro {
            args = List.copyOf(args);
        }
    }

    /** A tuple expression {@code (a, b)}; one element prints as {@code (a,)}. */
    record Tuple(Span span, List<RExpr> items) implements RExpr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** A tuple field {@code receiver.0}. */
    record Field(Span span, RExpr receiver, int index) implements RExpr {}

    /** A struct field {@code receiver.name}. */
    record NamedField(Span span, RExpr receiver, String name) implements RExpr {}

    /** {@code 'label: loop { body }}: a block that {@code break 'label value} leaves with a value. */
    record LabeledLoop(Span span, String label, List<RStmt> body) implements RExpr {
        public LabeledLoop {
            body = List.copyOf(body);
        }
    }

    /** {@code break 'label value}. */
    record BreakWith(Span span, String label, RExpr value) implements RExpr {}

    /**
     * {@code inner?} inside a {@code try} body: an error leaves the labeled loop of the try
     * instead of the function, so the except clauses see it.
     */
    record Catch(Span span, RExpr inner, String label) implements RExpr {}

    /**
     * A closure {@code head { body }}, e.g. {@code move |args: Vec<Value>| -> PyResult<Value> { … }};
     * {@code head} is written as is.
     */
    record Closure(Span span, String head, List<RStmt> body) implements RExpr {
        public Closure {
            body = List.copyOf(body);
        }
    }
}
