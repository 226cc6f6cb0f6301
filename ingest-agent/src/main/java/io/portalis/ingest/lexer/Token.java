package io.portalis.ingest.lexer;

/**
 * One token: its kind, its text (identifiers NFKC-normalised; literals as written) and its
 * extent as UTF-8 byte offsets {@code [start, end)}.
 */
public record Token(TokenKind kind, String text, int start, int end) {
    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }
}
