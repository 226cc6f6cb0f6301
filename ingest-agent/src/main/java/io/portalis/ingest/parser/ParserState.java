package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Span;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The token cursor every grammar layer shares: lookahead, consumption, spans and error raising. */
abstract class ParserState {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    /** CPython's parser gives up past this nesting ("too complex"); we count grammar levels likewise. */
    static final int MAX_DEPTH = 6000;

    final Token[] toks;
    final byte[] utf8;
    final LexError lexError;
    int pos;
    int furthest;
    int depth;

    ParserState(List<Token> tokens, byte[] utf8, LexError lexError) {
        this.toks = tokens.toArray(new Token[0]);
        this.utf8 = utf8;
        this.lexError = lexError;
    }

    // ---- lookahead ---------------------------------------------------------------------

    Token peek() {
        return peekAt(0);
    }

    Token peekAt(int ahead) {
        int i = Math.min(pos + ahead, toks.length - 1);
        for (int j = pos; j <= i; j++) {
            if (toks[j].kind() == TokenKind.ERROR) {
                throw lexFailure();
            }
        }
        if (i > furthest) {
            furthest = i;
        }
        return toks[i];
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atName(String name) {
        return peek().isName(name);
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean atIdentifier() {
        Token t = peek();
        return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    // ---- consumption -------------------------------------------------------------------

    Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    boolean acceptOp(String op) {
        if (atOp(op)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptName(String name) {
        if (atName(name)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!atOp(op)) {
            throw invalidSyntax();
        }
        return advance();
    }

    Token expectName(String keyword) {
        if (!atName(keyword)) {
            throw invalidSyntax();
        }
        return advance();
    }

    String expectIdentifier() {
        if (!atIdentifier()) {
            throw invalidSyntax();
        }
        return advance().text();
    }

    // ---- positions ---------------------------------------------------------------------

    int startOf(int tokenIndex) {
        return toks[tokenIndex].start();
    }

    /** The end of the last consumed token that carries text (not NEWLINE, INDENT or DEDENT). */
    int lastEnd() {
        for (int i = pos - 1; i >= 0; i--) {
            TokenKind k = toks[i].kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                return toks[i].end();
            }
        }
        return 0;
    }

    /** CPython's EXTRA: from the rule's first token to the last token it consumed. */
    Span span(int startToken) {
        return new Span(toks[startToken].start(), Math.max(toks[startToken].start(), lastEnd()));
    }

    Span spanFromByte(int startByte) {
        return new Span(startByte, Math.max(startByte, lastEnd()));
    }

    String text(int startByte, int endByte) {
        return new String(utf8, startByte, endByte - startByte, StandardCharsets.UTF_8);
    }

    // ---- nesting -----------------------------------------------------------------------

    void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = toks[pos];
            throw new SyntaxFailure("too many nested parentheses or blocks: source is too complex to parse", t.start(),
                    t.end(), false, false);
        }
    }

    void leave() {
        depth--;
    }

    // ---- errors ------------------------------------------------------------------------

    SyntaxFailure lexFailure() {
        return new SyntaxFailure(lexError.message(), lexError.start(), lexError.end(), lexError.indentation(), false);
    }

    /** CPython's generic error, located at the furthest token the parser looked at. */
    SyntaxFailure invalidSyntax() {
        Token t = toks[furthest];
        if (t.kind() == TokenKind.INDENT) {
            return new SyntaxFailure("unexpected indent", t.start(), t.end(), true, false);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return new SyntaxFailure("unexpected unindent", t.start(), t.end(), true, false);
        }
        return new SyntaxFailure("invalid syntax", t.start(), t.end(), false, true);
    }

    SyntaxFailure error(String msg, int start, int end) {
        return new SyntaxFailure(msg, start, end, false, false);
    }

    SyntaxFailure errorAt(String msg, Span span) {
        return error(msg, span.start(), span.end());
    }

    SyntaxFailure errorAtToken(String msg, Token t) {
        return error(msg, t.start(), t.end());
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token fetched. */
    SyntaxFailure errorAtLast(String msg) {
        Token t = toks[Math.max(0, Math.min(furthest, toks.length - 1))];
        return error(msg, t.start(), t.end());
    }
}
