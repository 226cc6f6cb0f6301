package io.portalis.ingest.lexer;

/**
 * Scans numbers, strings and the literal parts of f-strings, following CPython 3.12's
 * {@code Parser/tokenizer.c} (lexical analysis: docs.python.org/3.12/reference/lexical_analysis.html).
 */
abstract class LiteralScanner extends LexerState {
    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    LiteralScanner(String source) {
        super(source);
    }

    // ---- numbers -------------------------------------------------------------------------

    void scanNumber() {
        int start = pos;
        char c = peekChar(0);
        if (c == '0' && (peekChar(1) == 'x' || peekChar(1) == 'X')) {
            pos += 2;
            radixDigits(start, 16, "hexadecimal");
        } else if (c == '0' && (peekChar(1) == 'o' || peekChar(1) == 'O')) {
            pos += 2;
            radixDigits(start, 8, "octal");
        } else if (c == '0' && (peekChar(1) == 'b' || peekChar(1) == 'B')) {
            pos += 2;
            radixDigits(start, 2, "binary");
        } else {
            scanDecimalNumber(start);
            return;
        }
        endOfNumber(start, "invalid " + radixName(s.charAt(start + 1)) + " literal");
        emit(TokenKind.NUMBER, s.substring(start, pos), start, pos);
    }

    private static String radixName(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'x' -> "hexadecimal";
            case 'o' -> "octal";
            default -> "binary";
        };
    }

    private void radixDigits(int start, int radix, String name) {
        boolean any = false;
        while (true) {
            char c = peekChar(0);
            if (c == '_') {
                pos++;
                c = peekChar(0);
            }
            if (Character.digit(c, radix) >= 0 && c < 0x80) {
                pos++;
                any = true;
                continue;
            }
            if (radix != 16 && c >= '0' && c <= '9') {
                throw fail("invalid digit '" + c + "' in " + name + " literal", pos, pos + 1);
            }
            if (!any) {
                throw fail("invalid " + name + " literal", start + 1, pos);
            }
            if (s.charAt(pos - 1) == '_') {
                throw fail("invalid " + name + " literal", start, pos);
            }
            return;
        }
    }

    private void scanDecimalNumber(int start) {
        boolean fraction = false;
        if (peekChar(0) != '.') {
            decimalDigits(start);
        }
        boolean leadingZeros = s.charAt(start) == '0' && hasNonZeroDigit(start, pos);
        if (peekChar(0) == '.') {
            fraction = true;
            pos++;
            if (Character.isDigit(peekChar(0)) && peekChar(0) < 0x80) {
                decimalDigits(start);
            }
        }
        boolean exponent = scanExponent(start);
        boolean imaginary = false;
        if (peekChar(0) == 'j' || peekChar(0) == 'J') {
            pos++;
            imaginary = true;
        }
        if (leadingZeros && !fraction && !exponent && !imaginary) {
            throw fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start, pos);
        }
        endOfNumber(start, imaginary ? "invalid imaginary literal" : "invalid decimal literal");
        emit(TokenKind.NUMBER, s.substring(start, pos), start, pos);
    }

    private boolean hasNonZeroDigit(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '_') {
                return true;
            }
        }
        return false;
    }

    private boolean scanExponent(int start) {
        char e = peekChar(0);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int save = pos;
        pos++;
        if (peekChar(0) == '+' || peekChar(0) == '-') {
            pos++;
        }
        if (!(peekChar(0) >= '0' && peekChar(0) <= '9')) {
            if (peekChar(0) == '+' || peekChar(0) == '-' || isIdentStart(peekChar(0)) && s.charAt(pos - 1) != 'e'
                    && s.charAt(pos - 1) != 'E') {
                throw fail("invalid decimal literal", start, pos);
            }
            pos = save;
            return false;
        }
        decimalDigits(start);
        return true;
    }

    private void decimalDigits(int start) {
        while (true) {
            char c = peekChar(0);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '_') {
                pos++;
                if (!(peekChar(0) >= '0' && peekChar(0) <= '9')) {
                    throw fail("invalid decimal literal", start, pos);
                }
            } else {
                return;
            }
        }
    }

    /** CPython's verify_end_of_number: a keyword may follow directly (deprecated), nothing else may. */
    private void endOfNumber(int start, String message) {
        char c = peekChar(0);
        if (!isIdentPart(c) || (c >= '0' && c <= '9')) {
            return;
        }
        for (String kw : KEYWORDS_AFTER_NUMBER) {
            if (s.startsWith(kw, pos)) {
                return;
            }
        }
        throw fail(message, start, pos + 1);
    }

    // ---- strings -------------------------------------------------------------------------

    /** Scans a complete non-f string literal whose prefix starts at {@code start}; pos is at the quote. */
    void scanString(int start) {
        char quote = s.charAt(pos);
        boolean triple = peekChar(1) == quote && peekChar(2) == quote;
        pos += triple ? 3 : 1;
        while (true) {
            if (atEnd()) {
                throw unterminated(start, triple, "string");
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                pos++;
                if (atEnd()) {
                    continue;
                }
                if (isNewline(s.charAt(pos))) {
                    skipNewline();
                } else {
                    pos++;
                }
            } else if (c == quote && (!triple || (peekChar(1) == quote && peekChar(2) == quote))) {
                pos += triple ? 3 : 1;
                emit(TokenKind.STRING, s.substring(start, pos), start, pos);
                return;
            } else if (isNewline(c) && !triple) {
                throw unterminated(start, false, "string");
            } else {
                pos++;
            }
        }
    }

    Failure unterminated(int start, boolean triple, String what) {
        int detected = lineOf(triple ? Math.max(0, n - 1) : pos);
        String msg = triple ? "unterminated triple-quoted " + what + " literal (detected at line " + detected + ")"
                : "unterminated " + what + " literal (detected at line " + detected + ")";
        return fail(msg, start, start + 1);
    }

    /** Starts an f-string: emits FSTRING_START and enters its literal mode. */
    void startFString(int start) {
        char quote = s.charAt(pos);
        boolean triple = peekChar(1) == quote && peekChar(2) == quote;
        pos += triple ? 3 : 1;
        boolean raw = s.substring(start, pos).toLowerCase().contains("r");
        if (modes.size() >= 150 * 3) {
            throw fail("too many nested f-strings", start, pos);
        }
        modes.push(new Mode(ModeKind.FSTRING, quote, triple, raw, parenLevel, start));
        emit(TokenKind.FSTRING_START, s.substring(start, pos), start, pos);
    }

    /** The enclosing f-string of a literal or format-spec mode. */
    Mode enclosingFString() {
        for (Mode m : modes) {
            if (m.kind == ModeKind.FSTRING) {
                return m;
            }
        }
        throw new IllegalStateException("no f-string mode");
    }

    /**
     * Scans literal text in an f-string or a format spec up to the next replacement field, the
     * end of the spec, or the closing quote, emitting FSTRING_MIDDLE and the delimiter.
     */
    void scanFStringLiteral(Mode mode) {
        Mode fs = mode.kind == ModeKind.FSTRING ? mode : enclosingFString();
        boolean spec = mode.kind == ModeKind.SPEC;
        int start = pos;
        StringBuilder text = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw unterminated(fs.start, fs.triple, "f-string");
            }
            char c = s.charAt(pos);
            if (c == fs.quote && (!fs.triple || (peekChar(1) == fs.quote && peekChar(2) == fs.quote))) {
                if (spec) {
                    throw fail("f-string: expecting '}'", pos, pos + 1);
                }
                middle(text, start, false);
                int q = pos;
                pos += fs.triple ? 3 : 1;
                modes.pop();
                emit(TokenKind.FSTRING_END, s.substring(q, pos), q, pos);
                return;
            }
            if (isNewline(c) && !fs.triple) {
                if (spec) {
                    throw fail("f-string: newlines are not allowed in format specifiers for single quoted f-strings",
                            pos, pos + 1);
                }
                throw unterminated(fs.start, false, "f-string");
            }
            if (c == '\\') {
                escapeInFString(text, fs.raw);
                continue;
            }
            if (c == '{') {
                if (!spec && peekChar(1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                middle(text, start, false);
                openField();
                return;
            }
            if (c == '}') {
                if (!spec && peekChar(1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                if (!spec) {
                    throw fail("f-string: single '}' is not allowed", pos, pos + 1);
                }
                middle(text, start, true);
                modes.pop();
                return;
            }
            text.append(c);
            pos++;
        }
    }

    private void escapeInFString(StringBuilder text, boolean raw) {
        text.append('\\');
        pos++;
        if (atEnd()) {
            return;
        }
        char next = s.charAt(pos);
        if (!raw && next == 'N' && peekChar(1) == '{') {
            int close = s.indexOf('}', pos);
            int stop = close < 0 ? n : close + 1;
            text.append(s, pos, stop);
            pos = stop;
        } else if (next != '{' && next != '}') {
            if (next == '\r' && peekChar(1) == '\n') {
                text.append('\r');
                pos++;
            }
            text.append(s.charAt(pos));
            pos++;
        }
    }

    private void middle(StringBuilder text, int start, boolean evenIfEmpty) {
        if (text.length() > 0 || evenIfEmpty) {
            emit(TokenKind.FSTRING_MIDDLE, text.toString(), start, pos);
        }
    }

    /** Opens a replacement field: the brace counts as a bracket and expression tokens follow. */
    void openField() {
        pushParen('{', pos);
        emit(TokenKind.OP, "{", pos, pos + 1);
        pos++;
        modes.push(new Mode(ModeKind.FIELD, '\0', false, false, parenLevel, pos - 1));
    }

    void pushParen(char c, int at) {
        if (parenLevel >= MAX_PAREN_LEVEL) {
            throw fail("too many nested parentheses", at, at + 1);
        }
        parenChars[parenLevel] = c;
        parenPos[parenLevel] = at;
        parenLevel++;
    }
}
