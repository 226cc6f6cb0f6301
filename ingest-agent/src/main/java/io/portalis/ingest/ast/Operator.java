package io.portalis.ingest.ast;

/** CPython's {@code operator}: the binary operators, also used by augmented assignment. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
