package io.portalis.ingest.lexer;

import java.text.Normalizer;
import java.util.Set;

/**
 * Python 3.12's tokenizer: INDENT/DEDENT from an indentation stack, implicit line joining in
 * brackets, explicit joining with backslashes, and PEP 701 f-string modes. Stops at the first
 * lexical error, which it reports as CPython's tokenizer would.
 */
public final class Lexer extends LiteralScanner {
    private static final Set<String> OPS3 = Set.of("**=", "//=", ">>=", "<<=", "...");
    private static final Set<String> OPS2 = Set.of("!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
            ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=");
    private static final String OPS1 = "%&()*+,-./:;<=>@[]^{|}~!";
    private static final Set<String> PREFIXES = Set.of("r", "u", "b", "br", "rb", "f", "fr", "rf");

    private final int[] indents = new int[101];
    private final int[] altIndents = new int[101];
    private int depth;
    private boolean atLineStart = true;
    private LexError error;

    private Lexer(String source) {
        super(source);
    }

    public static Tokens tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return new Tokens(java.util.List.copyOf(lexer.out), lexer.error);
    }

    private void run() {
        try {
            while (true) {
                Mode m = modes.peek();
                if (m != null && m.kind != ModeKind.FIELD) {
                    scanFStringLiteral(m);
                } else if (!nextToken()) {
                    return;
                }
            }
        } catch (Failure f) {
            error = f.error;
            out.add(new Token(TokenKind.ERROR, "", f.error.start(), f.error.end()));
        }
    }

    /** Scans one token (or a line's INDENT/DEDENTs); false once ENDMARKER is emitted. */
    private boolean nextToken() {
        if (atLineStart && parenLevel == 0) {
            if (!indentation()) {
                return finish();
            }
        }
        skipBlanks();
        if (atEnd()) {
            return finish();
        }
        char c = s.charAt(pos);
        if (isNewline(c)) {
            int start = pos;
            skipNewline();
            if (parenLevel == 0) {
                emit(TokenKind.NEWLINE, s.substring(start, pos), start, pos);
                atLineStart = true;
            }
            return true;
        }
        if (c == '\\') {
            continuation();
            return true;
        }
        scanSignificant(c);
        return true;
    }

    private void skipBlanks() {
        while (!atEnd()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (!atEnd() && !isNewline(s.charAt(pos))) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void continuation() {
        int at = pos;
        pos++;
        if (atEnd()) {
            throw fail("unexpected EOF while parsing", at, at + 1);
        }
        if (!isNewline(s.charAt(pos))) {
            throw fail("unexpected character after line continuation character", at + 1, at + 2);
        }
        skipNewline();
        if (atEnd()) {
            throw fail("unexpected EOF while parsing", pos, pos);
        }
    }

    private void scanSignificant(char c) {
        int start = pos;
        if (c >= '0' && c <= '9' || (c == '.' && peekChar(1) >= '0' && peekChar(1) <= '9')) {
            scanNumber();
        } else if (c == '"' || c == '\'') {
            scanString(start);
        } else if (isIdentStart(s.codePointAt(pos))) {
            scanName(start);
        } else {
            scanOperator(c);
        }
    }

    private void scanName(int start) {
        while (!atEnd()) {
            int cp = s.codePointAt(pos);
            if (!isIdentPart(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        if (!atEnd() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'') && pos - start <= 2
                && PREFIXES.contains(s.substring(start, pos).toLowerCase())) {
            if (s.substring(start, pos).toLowerCase().contains("f")) {
                startFString(start);
            } else {
                scanString(start);
            }
            return;
        }
        if (!atEnd() && s.charAt(pos) >= 0x80) {
            int cp = s.codePointAt(pos);
            if (!Character.isWhitespace(cp)) {
                throw invalidCharacter(cp);
            }
        }
        String name = s.substring(start, pos);
        if (!isAscii(name)) {
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        emit(TokenKind.NAME, name, start, pos);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private Failure invalidCharacter(int cp) {
        String hex = String.format("U+%04X", cp);
        int type = Character.getType(cp);
        boolean printable = !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
                || type == Character.SURROGATE);
        String msg = printable ? "invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")"
                : "invalid non-printable character " + hex;
        return fail(msg, pos, pos + Character.charCount(cp));
    }

    private void scanOperator(char c) {
        int start = pos;
        Mode field = modes.peek();
        boolean fieldLevel = field != null && field.kind == ModeKind.FIELD && parenLevel == field.parenDepth;
        if (fieldLevel && c == '}') {
            parenLevel--;
            modes.pop();
            pos++;
            emit(TokenKind.OP, "}", start, pos);
            return;
        }
        if (fieldLevel && c == ':') {
            // At a field's top level ':' always starts the format spec, even before '=' (PEP 701).
            pos++;
            emit(TokenKind.OP, ":", start, pos);
            modes.push(new Mode(ModeKind.SPEC, '\0', false, false, parenLevel, start));
            return;
        }
        String op = longestOperator();
        if (op == null) {
            int cp = s.codePointAt(pos);
            if (cp >= 0x80) {
                throw invalidCharacter(cp);
            }
            throw fail("invalid syntax", pos, pos + 1);
        }
        pos += op.length();
        brackets(op.charAt(0), start);
        emit(TokenKind.OP, op, start, pos);
    }

    private String longestOperator() {
        if (pos + 3 <= n && OPS3.contains(s.substring(pos, pos + 3))) {
            return s.substring(pos, pos + 3);
        }
        if (pos + 2 <= n && OPS2.contains(s.substring(pos, pos + 2))) {
            return s.substring(pos, pos + 2);
        }
        return OPS1.indexOf(s.charAt(pos)) >= 0 ? String.valueOf(s.charAt(pos)) : null;
    }

    private void brackets(char c, int at) {
        if (c == '(' || c == '[' || c == '{') {
            pushParen(c, at);
        } else if (c == ')' || c == ']' || c == '}') {
            if (parenLevel == 0) {
                throw fail("unmatched '" + c + "'", at, at + 1);
            }
            char open = parenChars[parenLevel - 1];
            char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
            Mode field = modes.peek();
            if (c != expected || (field != null && field.kind == ModeKind.FIELD && parenLevel == field.parenDepth)) {
                int openAt = parenPos[parenLevel - 1];
                String where = lineOf(openAt) != lineOf(at) ? " on line " + lineOf(openAt) : "";
                throw fail("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'"
                        + where, at, at + 1);
            }
            parenLevel--;
        }
    }

    /**
     * Measures a line's indentation and emits INDENT/DEDENT. Blank and comment-only lines are
     * skipped. Returns false at the end of input.
     */
    private boolean indentation() {
        while (true) {
            int lineStart = pos;
            int col = 0;
            int alt = 0;
            while (!atEnd()) {
                char c = s.charAt(pos);
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (atEnd()) {
                return false;
            }
            char c = s.charAt(pos);
            if (c == '#' || isNewline(c)) {
                skipBlanks();
                if (atEnd()) {
                    return false;
                }
                if (s.charAt(pos) == '\\') {
                    continuation();
                } else {
                    skipNewline();
                }
                continue;
            }
            atLineStart = false;
            changeIndent(col, alt, lineStart);
            return true;
        }
    }

    private void changeIndent(int col, int alt, int lineStart) {
        if (col == indents[depth]) {
            if (alt != altIndents[depth]) {
                throw tabError(lineStart);
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= 100) {
                throw indentFail("too many levels of indentation", lineStart);
            }
            if (alt <= altIndents[depth]) {
                throw tabError(lineStart);
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = alt;
            // CPython reports "unexpected indent" one column before the first token.
            emit(TokenKind.INDENT, "", Math.max(lineStart, pos - 1), pos);
        } else {
            while (depth > 0 && col < indents[depth]) {
                depth--;
                emit(TokenKind.DEDENT, "", pos, pos);
            }
            if (col != indents[depth]) {
                int eol = pos;
                while (eol < n && !isNewline(s.charAt(eol))) {
                    eol++;
                }
                throw new Failure(new LexError("unindent does not match any outer indentation level", byteAt[eol],
                        byteAt[eol], true, false));
            }
            if (alt != altIndents[depth]) {
                throw tabError(lineStart);
            }
        }
    }

    private Failure tabError(int lineStart) {
        return indentFail("inconsistent use of tabs and spaces in indentation", lineStart);
    }

    private Failure indentFail(String message, int lineStart) {
        int end = pos;
        return new Failure(new LexError(message, byteAt[lineStart], byteAt[end], true, false));
    }

    /** End of input: NEWLINE if the last line lacked one, DEDENTs, ENDMARKER; or an unclosed bracket. */
    private boolean finish() {
        if (!modes.isEmpty()) {
            Mode fs = enclosingFString();
            throw unterminated(fs.start, fs.triple, "f-string");
        }
        if (parenLevel > 0) {
            int at = parenPos[parenLevel - 1];
            String msg = "'" + parenChars[parenLevel - 1] + "' was never closed";
            error = new LexError(msg, byteAt[at], byteAt[at + 1], false, true);
            out.add(new Token(TokenKind.ERROR, "", byteAt[n], byteAt[n]));
            return false;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != TokenKind.NEWLINE
                && out.get(out.size() - 1).kind() != TokenKind.DEDENT) {
            emit(TokenKind.NEWLINE, "", n, n);
        }
        while (depth > 0) {
            depth--;
            emit(TokenKind.DEDENT, "", n, n);
        }
        emit(TokenKind.ENDMARKER, "", n, n);
        return false;
    }
}
