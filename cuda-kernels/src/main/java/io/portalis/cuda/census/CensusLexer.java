package io.portalis.cuda.census;

import io.portalis.cuda.CpuScanKernel;
import java.util.Set;

/**
 * One lexical pass over a Python source's bytes, counting tokens and the dynamic features that
 * decide translatability. It follows CPython 3.12's tokenizer where the counts depend on it:
 * string prefixes, triple quotes, f-strings whose replacement fields are code (PEP 701: nested
 * quotes, format specs with fields), comments, backslash continuations, and newlines that end a
 * statement only outside brackets. It never throws on malformed code: an unterminated string
 * ends at the line end (or the file end), a stray byte counts as an operator.
 *
 * <p>Not thread-safe: one lexer per source.
 */
final class CensusLexer {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] OPS2 = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@="};

    // What the previous significant token was, for the adjacency rules of the feature counts.
    private static final int PREV_START = 0; // start of a statement
    private static final int PREV_DOT = 1;
    private static final int PREV_DEF = 2; // `def` or `class`: the next name is being defined
    private static final int PREV_OPEN_OR_COMMA = 3;
    private static final int PREV_IMPORT = 4;
    private static final int PREV_OTHER = 5;

    // A name that counts as a feature if the right token follows it.
    private static final int PENDING_NONE = 0;
    private static final int PENDING_EVAL_EXEC = 1; // then `(`
    private static final int PENDING_ATTR_FUNCTION = 2; // then `(`
    private static final int PENDING_METACLASS = 3; // then `=`

    private final byte[] src;
    private final int n;
    private int i;
    private int prev = PREV_START;
    private int pending = PENDING_NONE;
    private boolean classHeader; // between `class` and its `:` (or the statement's end)
    private int fieldNesting; // inside an f-string's replacement field

    private long names, keywords, numbers, strings, operators, comments, stringBytes, commentBytes;
    private long evalExec, attrFunctions, dunders, metaclasses, starImports, imports;

    private CensusLexer(byte[] src) {
        this.src = src;
        this.n = src.length;
    }

    /** Counts one source already known to be text (see {@link SourceCheck}). */
    static Census count(byte[] src) {
        CensusLexer lexer = new CensusLexer(src);
        if (src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            lexer.i = 3;
        }
        while (lexer.i < lexer.n) {
            lexer.code(false);
            if (lexer.i < lexer.n) { // code(false) returns only at the end; guard against a stuck loop
                lexer.i++;
            }
        }
        return lexer.result();
    }

    private Census result() {
        return new Census(1, n, CpuScanKernel.countLines(src), names, keywords, numbers, strings, operators, comments,
                stringBytes, commentBytes, evalExec, attrFunctions, dunders, metaclasses, starImports, imports, 0, null);
    }

    private int at(int k) {
        return i + k < n ? src[i + k] & 0xff : -1;
    }

    private static boolean isIdStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    }

    private static boolean isIdChar(int c) {
        return isIdStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Lexes code from {@code i}. In a replacement field ({@code field}), returns before the
     * {@code }}, {@code :} or {@code !} that ends the expression at bracket depth 0.
     */
    private void code(boolean field) {
        int depth = 0;
        while (i < n) {
            int c = at(0);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '\\' && (at(1) == '\n' || at(1) == '\r')) {
                i += (at(1) == '\r' && at(2) == '\n') ? 3 : 2; // a continuation line joins the next
            } else if (c == '\n' || c == '\r') {
                i++;
                if (depth == 0 && !field) {
                    endStatement();
                }
            } else if (c == '#') {
                comment();
            } else if (field && depth == 0 && (c == '}' || c == ':' || (c == '!' && at(1) != '='))) {
                return;
            } else if (isIdStart(c)) {
                word(depth, field);
            } else if (isDigit(c) || (c == '.' && isDigit(at(1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(i, false, false);
            } else {
                depth = operator(depth, field);
            }
        }
    }

    private void endStatement() {
        prev = PREV_START;
        pending = PENDING_NONE;
        classHeader = false;
    }

    private void comment() {
        int start = i;
        while (i < n && src[i] != '\n' && src[i] != '\r') {
            i++;
        }
        comments++;
        commentBytes += i - start;
    }

    private void word(int depth, boolean field) {
        int start = i;
        while (i < n && isIdChar(src[i] & 0xff)) {
            i++;
        }
        int quote = at(0);
        if ((quote == '"' || quote == '\'') && i - start <= 2) {
            boolean raw = false;
            boolean format = false;
            boolean prefix = true;
            for (int k = start; k < i; k++) {
                switch (Character.toLowerCase((char) src[k])) {
                    case 'r' -> raw = true;
                    case 'f' -> format = true;
                    case 'b', 'u' -> { }
                    default -> prefix = false;
                }
            }
            if (prefix) {
                string(start, raw, format);
                return;
            }
        }
        String w = new String(src, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        int before = prev;
        pending = PENDING_NONE;
        prev = PREV_OTHER;
        if (KEYWORDS.contains(w)) {
            keywords++;
            switch (w) {
                case "def" -> prev = PREV_DEF;
                case "class" -> {
                    prev = PREV_DEF;
                    classHeader = !field;
                }
                case "import" -> {
                    imports++; // `import` is a hard keyword found once in each import statement
                    prev = PREV_IMPORT;
                }
                default -> { }
            }
            return;
        }
        names++;
        if (before == PREV_DOT) {
            if (w.equals("__dict__") || w.equals("__class__")) {
                dunders++;
            }
        } else if (before != PREV_DEF) {
            switch (w) {
                case "eval", "exec" -> pending = PENDING_EVAL_EXEC;
                case "getattr", "setattr", "delattr" -> pending = PENDING_ATTR_FUNCTION;
                case "metaclass" -> {
                    if (classHeader && depth == 1 && before == PREV_OPEN_OR_COMMA) {
                        pending = PENDING_METACLASS;
                    }
                }
                default -> { }
            }
        }
    }

    private void number() {
        if (at(0) == '0' && "xXoObB".indexOf(at(1)) >= 0 && at(1) > 0) {
            i += 2;
            while (i < n && (isIdChar(at(0)))) {
                i++;
            }
        } else {
            while (isDigit(at(0)) || at(0) == '_') {
                i++;
            }
            if (at(0) == '.') {
                i++;
                while (isDigit(at(0)) || at(0) == '_') {
                    i++;
                }
            }
            if ((at(0) == 'e' || at(0) == 'E')
                    && (isDigit(at(1)) || ((at(1) == '+' || at(1) == '-') && isDigit(at(2))))) {
                i += 2;
                while (isDigit(at(0)) || at(0) == '_') {
                    i++;
                }
            }
            if (at(0) == 'j' || at(0) == 'J') {
                i++;
            }
        }
        numbers++;
        pending = PENDING_NONE;
        prev = PREV_OTHER;
    }

    private int operator(int depth, boolean field) {
        int len = 1;
        for (String op : OPS3) {
            if (matches(op)) {
                len = 3;
                break;
            }
        }
        if (len == 1) {
            for (String op : OPS2) {
                if (matches(op)) {
                    len = 2;
                    break;
                }
            }
        }
        int c = at(0);
        i += len;
        operators++;
        int wasPending = pending;
        int before = prev;
        pending = PENDING_NONE;
        prev = PREV_OTHER;
        if (len > 1) {
            return depth;
        }
        switch (c) {
            case '(' -> {
                if (wasPending == PENDING_EVAL_EXEC) {
                    evalExec++;
                } else if (wasPending == PENDING_ATTR_FUNCTION) {
                    attrFunctions++;
                }
                prev = PREV_OPEN_OR_COMMA;
                return depth + 1;
            }
            case '[', '{' -> {
                return depth + 1;
            }
            case ')', ']', '}' -> {
                return Math.max(0, depth - 1);
            }
            case ',' -> prev = PREV_OPEN_OR_COMMA;
            case '.' -> prev = PREV_DOT;
            case '=' -> {
                if (wasPending == PENDING_METACLASS) {
                    metaclasses++;
                }
            }
            case '*' -> {
                if (before == PREV_IMPORT) { // `from m import *`
                    starImports++;
                }
            }
            case ';' -> {
                if (!field && depth == 0) {
                    endStatement();
                }
            }
            case ':' -> {
                if (depth == 0) {
                    classHeader = false;
                }
            }
            default -> { }
        }
        return depth;
    }

    private boolean matches(String op) {
        if (i + op.length() > n) {
            return false;
        }
        for (int k = 0; k < op.length(); k++) {
            if (src[i + k] != op.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A string literal starting at {@code start} (its prefix); {@code i} is at the opening quote. */
    private void string(int start, boolean raw, boolean format) {
        int quote = at(0);
        boolean triple = at(1) == quote && at(2) == quote;
        i += triple ? 3 : 1;
        if (format) {
            fstringBody(quote, triple, raw, false);
        } else {
            plainBody(quote, triple);
        }
        strings++;
        if (fieldNesting == 0) {
            stringBytes += i - start;
        }
        pending = PENDING_NONE;
        prev = PREV_OTHER;
    }

    /** Consumes the closing quote(s) if {@code i} is at them and returns true. */
    private boolean closes(int quote, boolean triple) {
        if (at(0) != quote) {
            return false;
        }
        if (!triple) {
            i++;
            return true;
        }
        if (at(1) == quote && at(2) == quote) {
            i += 3;
            return true;
        }
        return false;
    }

    private void plainBody(int quote, boolean triple) {
        while (i < n) {
            int c = at(0);
            if (c == '\\') {
                i += 2; // even in a raw string a backslash keeps the next quote from closing it
            } else if (closes(quote, triple)) {
                return;
            } else if (!triple && (c == '\n' || c == '\r')) {
                return; // unterminated: CPython reports it; the census goes on from the next line
            } else {
                i++;
            }
        }
        i = Math.min(i, n);
    }

    /**
     * The literal part of an f-string (or of a format spec when {@code spec}): {@code {{} and
     * {@code }}} are text, a single {@code {} opens a replacement field. A spec ends at its
     * {@code }}, which is consumed.
     */
    private void fstringBody(int quote, boolean triple, boolean raw, boolean spec) {
        while (i < n) {
            int c = at(0);
            if (c == '\\') {
                if (!raw && at(1) == 'N' && at(2) == '{') {
                    i += 3; // \N{NAME}: the braces belong to the escape
                    while (i < n && at(0) != '}' && at(0) != quote) {
                        i++;
                    }
                    if (at(0) == '}') {
                        i++;
                    }
                } else if (at(1) == '{' || at(1) == '}') {
                    i++; // a brace after a backslash still opens or closes a field
                } else {
                    i += 2;
                }
            } else if (c == '{') {
                if (at(1) == '{' && !spec) {
                    i += 2;
                } else {
                    i++;
                    field(quote, triple, raw);
                }
            } else if (c == '}') {
                if (spec) {
                    i++;
                    return;
                }
                i += at(1) == '}' ? 2 : 1;
            } else if (spec && c == quote) {
                return; // malformed: the string's end comes before the spec's
            } else if (closes(quote, triple)) {
                return;
            } else if (!triple && (c == '\n' || c == '\r')) {
                return;
            } else {
                i++;
            }
        }
        i = Math.min(i, n);
    }

    /** A replacement field: {@code i} is just after its {@code {}. */
    private void field(int quote, boolean triple, boolean raw) {
        fieldNesting++;
        int savedPrev = prev;
        int savedPending = pending;
        boolean savedHeader = classHeader;
        prev = PREV_START;
        pending = PENDING_NONE;
        classHeader = false;
        code(true);
        if (at(0) == '!') {
            i++;
            while (i < n && isIdChar(at(0))) {
                i++;
            }
        }
        if (at(0) == ':') {
            i++;
            fstringBody(quote, triple, raw, true);
        } else if (at(0) == '}') {
            i++;
        }
        prev = savedPrev;
        pending = savedPending;
        classHeader = savedHeader;
        fieldNesting--;
    }
}
