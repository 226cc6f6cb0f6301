package io.portalis.ingest.lexer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The tokenizer's state shared by its scanning layers: text, position, output, bracket and mode stacks. */
abstract class LexerState {
    /** Thrown to stop tokenizing at the first lexical error; never leaves the lexer. */
    static final class Failure extends RuntimeException {
        final LexError error;

        Failure(LexError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    enum ModeKind { FSTRING, FIELD, SPEC }

    /** One level of f-string nesting (PEP 701 tokenizer modes). */
    static final class Mode {
        final ModeKind kind;
        final char quote;
        final boolean triple;
        final boolean raw;
        final int parenDepth;
        final int start;

        Mode(ModeKind kind, char quote, boolean triple, boolean raw, int parenDepth, int start) {
            this.kind = kind;
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.parenDepth = parenDepth;
            this.start = start;
        }
    }

    static final int MAX_PAREN_LEVEL = 200;

    final String s;
    final int n;
    final int[] byteAt;
    int pos;
    final List<Token> out = new ArrayList<>();
    final Deque<Mode> modes = new ArrayDeque<>();
    char[] parenChars = new char[MAX_PAREN_LEVEL + 1];
    int[] parenPos = new int[MAX_PAREN_LEVEL + 1];
    int parenLevel;

    LexerState(String source) {
        this.s = source;
        this.n = source.length();
        this.byteAt = new int[n + 1];
        int b = 0;
        for (int i = 0; i < n; i++) {
            byteAt[i] = b;
            char c = s.charAt(i);
            if (c < 0x80) {
                b += 1;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b += 4;
                byteAt[++i] = b;
            } else {
                b += 3;
            }
        }
        byteAt[n] = b;
    }

    char peekChar(int ahead) {
        int i = pos + ahead;
        return i < n ? s.charAt(i) : '\0';
    }

    boolean atEnd() {
        return pos >= n;
    }

    void emit(TokenKind kind, String text, int startChar, int endChar) {
        out.add(new Token(kind, text, byteAt[startChar], byteAt[endChar]));
    }

    Failure fail(String message, int startChar, int endChar) {
        return new Failure(new LexError(message, byteAt[startChar], byteAt[Math.min(endChar, n)], false, false));
    }

    /** The 1-based line of a char index, for "(detected at line N)" messages. */
    int lineOf(int charIndex) {
        int line = 1;
        for (int i = 0; i < charIndex && i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    /** Consumes one line break ({@code \n}, {@code \r\n} or {@code \r}) at the current position. */
    void skipNewline() {
        if (s.charAt(pos) == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
            pos += 2;
        } else {
            pos++;
        }
    }

    static boolean isIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (c >= 0x80 && Character.isUnicodeIdentifierStart(c));
    }

    static boolean isIdentPart(int c) {
        return isIdentStart(c) || (c >= '0' && c <= '9')
                || (c >= 0x80 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
}
