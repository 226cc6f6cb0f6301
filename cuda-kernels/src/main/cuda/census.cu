// The census kernel: one thread lexes one file, exactly as io.portalis.cuda.census.CensusLexer
// does (keep the two in step: CensusKernelHostTwinTest compiles this file for the host and compares).
// A first, naive kernel: correct before fast. It uses no CUDA headers, so clang can build the PTX
// (scripts/build-ptx.sh) where nvcc is absent. Sources reach it already checked by SourceCheck.
#if defined(__CUDA__) || defined(__CUDACC__)
#define PORTALIS_DEVICE 1
// Spelled out so the file needs no CUDA header (clang -nocudainc); nvcc accepts the same.
#define DEV __attribute__((device)) static
#define EXTERN_GLOBAL extern "C" __attribute__((global))
#else
#define DEV static
#define EXTERN_GLOBAL
#endif

typedef long long i64;

enum {
    C_BYTES, C_LINES, C_NAMES, C_KEYWORDS, C_NUMBERS, C_STRINGS, C_OPERATORS, C_COMMENTS, C_STRING_BYTES,
    C_COMMENT_BYTES, C_EVAL_EXEC, C_ATTR_FN, C_DUNDER, C_METACLASS, C_STAR_IMPORTS, C_IMPORTS, C_COUNT
};
enum { PREV_START, PREV_DOT, PREV_DEF, PREV_OPEN_OR_COMMA, PREV_IMPORT, PREV_OTHER };
enum { PENDING_NONE, PENDING_EVAL_EXEC, PENDING_ATTR_FUNCTION, PENDING_METACLASS };

struct Lexer {
    const unsigned char *s;
    i64 n, i;
    int prev, pending, classHeader, fieldNesting;
    i64 *c;
};

DEV int at(struct Lexer *x, int k) { return x->i + k < x->n ? x->s[x->i + k] : -1; }
DEV int isIdStart(int c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
DEV int isIdChar(int c) { return isIdStart(c) || (c >= '0' && c <= '9'); }
DEV int isDigit(int c) { return c >= '0' && c <= '9'; }

DEV int wordIs(const unsigned char *w, int len, const char *k) {
    int j = 0;
    for (; j < len && k[j]; j++) {
        if (w[j] != (unsigned char) k[j]) return 0;
    }
    return j == len && k[j] == 0;
}

DEV int isKeyword(const unsigned char *w, int len) {
    const char *kw[] = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    for (int k = 0; k < 35; k++) {
        if (wordIs(w, len, kw[k])) return 1;
    }
    return 0;
}

DEV void code(struct Lexer *x, int field);

DEV void endStatement(struct Lexer *x) {
    x->prev = PREV_START;
    x->pending = PENDING_NONE;
    x->classHeader = 0;
}

DEV int closes(struct Lexer *x, int quote, int triple) {
    if (at(x, 0) != quote) return 0;
    if (!triple) { x->i++; return 1; }
    if (at(x, 1) == quote && at(x, 2) == quote) { x->i += 3; return 1; }
    return 0;
}

DEV void plainBody(struct Lexer *x, int quote, int triple) {
    while (x->i < x->n) {
        int c = at(x, 0);
        if (c == '\\') x->i += 2;
        else if (closes(x, quote, triple)) return;
        else if (!triple && (c == '\n' || c == '\r')) return;
        else x->i++;
    }
    if (x->i > x->n) x->i = x->n;
}

DEV void fstringBody(struct Lexer *x, int quote, int triple, int raw, int spec);

DEV void field(struct Lexer *x, int quote, int triple, int raw) {
    x->fieldNesting++;
    int savedPrev = x->prev, savedPending = x->pending, savedHeader = x->classHeader;
    x->prev = PREV_START;
    x->pending = PENDING_NONE;
    x->classHeader = 0;
    code(x, 1);
    if (at(x, 0) == '!') {
        x->i++;
        while (x->i < x->n && isIdChar(at(x, 0))) x->i++;
    }
    if (at(x, 0) == ':') {
        x->i++;
        fstringBody(x, quote, triple, raw, 1);
    } else if (at(x, 0) == '}') {
        x->i++;
    }
    x->prev = savedPrev;
    x->pending = savedPending;
    x->classHeader = savedHeader;
    x->fieldNesting--;
}

DEV void fstringBody(struct Lexer *x, int quote, int triple, int raw, int spec) {
    while (x->i < x->n) {
        int c = at(x, 0);
        if (c == '\\') {
            if (!raw && at(x, 1) == 'N' && at(x, 2) == '{') {
                x->i += 3;
                while (x->i < x->n && at(x, 0) != '}' && at(x, 0) != quote) x->i++;
                if (at(x, 0) == '}') x->i++;
            } else if (at(x, 1) == '{' || at(x, 1) == '}') {
                x->i++;
            } else {
                x->i += 2;
            }
        } else if (c == '{') {
            if (at(x, 1) == '{' && !spec) {
                x->i += 2;
            } else {
                x->i++;
                field(x, quote, triple, raw);
            }
        } else if (c == '}') {
            if (spec) { x->i++; return; }
            x->i += at(x, 1) == '}' ? 2 : 1;
        } else if (spec && c == quote) {
            return;
        } else if (closes(x, quote, triple)) {
            return;
        } else if (!triple && (c == '\n' || c == '\r')) {
            return;
        } else {
            x->i++;
        }
    }
    if (x->i > x->n) x->i = x->n;
}

DEV void string(struct Lexer *x, i64 start, int raw, int format) {
    int quote = at(x, 0);
    int triple = at(x, 1) == quote && at(x, 2) == quote;
    x->i += triple ? 3 : 1;
    if (format) fstringBody(x, quote, triple, raw, 0);
    else plainBody(x, quote, triple);
    x->c[C_STRINGS]++;
    if (x->fieldNesting == 0) x->c[C_STRING_BYTES] += x->i - start;
    x->pending = PENDING_NONE;
    x->prev = PREV_OTHER;
}

DEV void word(struct Lexer *x, int depth, int field) {
    i64 start = x->i;
    while (x->i < x->n && isIdChar(x->s[x->i])) x->i++;
    int len = (int) (x->i - start);
    int quote = at(x, 0);
    if ((quote == '"' || quote == '\'') && len <= 2) {
        int raw = 0, format = 0, prefix = 1;
        for (i64 k = start; k < x->i; k++) {
            int ch = x->s[k] | 0x20;
            if (ch == 'r') raw = 1;
            else if (ch == 'f') format = 1;
            else if (ch != 'b' && ch != 'u') prefix = 0;
        }
        if (prefix) { string(x, start, raw, format); return; }
    }
    const unsigned char *w = x->s + start;
    int before = x->prev;
    x->pending = PENDING_NONE;
    x->prev = PREV_OTHER;
    if (isKeyword(w, len)) {
        x->c[C_KEYWORDS]++;
        if (wordIs(w, len, "def")) x->prev = PREV_DEF;
        else if (wordIs(w, len, "class")) { x->prev = PREV_DEF; x->classHeader = !field; }
        else if (wordIs(w, len, "import")) { x->c[C_IMPORTS]++; x->prev = PREV_IMPORT; }
        return;
    }
    x->c[C_NAMES]++;
    if (before == PREV_DOT) {
        if (wordIs(w, len, "__dict__") || wordIs(w, len, "__class__")) x->c[C_DUNDER]++;
    } else if (before != PREV_DEF) {
        if (wordIs(w, len, "eval") || wordIs(w, len, "exec")) x->pending = PENDING_EVAL_EXEC;
        else if (wordIs(w, len, "getattr") || wordIs(w, len, "setattr") || wordIs(w, len, "delattr"))
            x->pending = PENDING_ATTR_FUNCTION;
        else if (wordIs(w, len, "metaclass") && x->classHeader && depth == 1 && before == PREV_OPEN_OR_COMMA)
            x->pending = PENDING_METACLASS;
    }
}

DEV void number(struct Lexer *x) {
    int a1 = at(x, 1);
    if (at(x, 0) == '0' && a1 > 0 && (a1 == 'x' || a1 == 'X' || a1 == 'o' || a1 == 'O' || a1 == 'b' || a1 == 'B')) {
        x->i += 2;
        while (x->i < x->n && isIdChar(at(x, 0))) x->i++;
    } else {
        while (isDigit(at(x, 0)) || at(x, 0) == '_') x->i++;
        if (at(x, 0) == '.') {
            x->i++;
            while (isDigit(at(x, 0)) || at(x, 0) == '_') x->i++;
        }
        if ((at(x, 0) == 'e' || at(x, 0) == 'E')
                && (isDigit(at(x, 1)) || ((at(x, 1) == '+' || at(x, 1) == '-') && isDigit(at(x, 2))))) {
            x->i += 2;
            while (isDigit(at(x, 0)) || at(x, 0) == '_') x->i++;
        }
        if (at(x, 0) == 'j' || at(x, 0) == 'J') x->i++;
    }
    x->c[C_NUMBERS]++;
    x->pending = PENDING_NONE;
    x->prev = PREV_OTHER;
}

DEV int matches(struct Lexer *x, const char *op) {
    int k = 0;
    for (; op[k]; k++) {
        if (x->i + k >= x->n || x->s[x->i + k] != (unsigned char) op[k]) return 0;
    }
    return 1;
}

DEV int operatorToken(struct Lexer *x, int depth, int field) {
    const char *ops3[] = {"**=", "//=", ">>=", "<<=", "..."};
    const char *ops2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "@="};
    int len = 1;
    for (int k = 0; k < 5 && len == 1; k++) if (matches(x, ops3[k])) len = 3;
    for (int k = 0; k < 19 && len == 1; k++) if (matches(x, ops2[k])) len = 2;
    int c = at(x, 0);
    x->i += len;
    x->c[C_OPERATORS]++;
    int wasPending = x->pending, before = x->prev;
    x->pending = PENDING_NONE;
    x->prev = PREV_OTHER;
    if (len > 1) return depth;
    switch (c) {
        case '(':
            if (wasPending == PENDING_EVAL_EXEC) x->c[C_EVAL_EXEC]++;
            else if (wasPending == PENDING_ATTR_FUNCTION) x->c[C_ATTR_FN]++;
            x->prev = PREV_OPEN_OR_COMMA;
            return depth + 1;
        case '[': case '{': return depth + 1;
        case ')': case ']': case '}': return depth > 0 ? depth - 1 : 0;
        case ',': x->prev = PREV_OPEN_OR_COMMA; break;
        case '.': x->prev = PREV_DOT; break;
        case '=': if (wasPending == PENDING_METACLASS) x->c[C_METACLASS]++; break;
        case '*': if (before == PREV_IMPORT) x->c[C_STAR_IMPORTS]++; break;
        case ';': if (!field && depth == 0) endStatement(x); break;
        case ':': if (depth == 0) x->classHeader = 0; break;
        default: break;
    }
    return depth;
}

DEV void code(struct Lexer *x, int field) {
    int depth = 0;
    while (x->i < x->n) {
        int c = at(x, 0);
        if (c == ' ' || c == '\t' || c == '\f') {
            x->i++;
        } else if (c == '\\' && (at(x, 1) == '\n' || at(x, 1) == '\r')) {
            x->i += (at(x, 1) == '\r' && at(x, 2) == '\n') ? 3 : 2;
        } else if (c == '\n' || c == '\r') {
            x->i++;
            if (depth == 0 && !field) endStatement(x);
        } else if (c == '#') {
            i64 start = x->i;
            while (x->i < x->n && x->s[x->i] != '\n' && x->s[x->i] != '\r') x->i++;
            x->c[C_COMMENTS]++;
            x->c[C_COMMENT_BYTES] += x->i - start;
        } else if (field && depth == 0 && (c == '}' || c == ':' || (c == '!' && at(x, 1) != '='))) {
            return;
        } else if (isIdStart(c)) {
            word(x, depth, field);
        } else if (isDigit(c) || (c == '.' && isDigit(at(x, 1)))) {
            number(x);
        } else if (c == '"' || c == '\'') {
            string(x, x->i, 0, 0);
        } else {
            depth = operatorToken(x, depth, field);
        }
    }
}

DEV i64 countLines(const unsigned char *s, i64 n) {
    i64 terminators = 0;
    for (i64 i = 0; i < n; i++) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))) terminators++;
    }
    return terminators + (n > 0 && s[n - 1] != '\n' && s[n - 1] != '\r' ? 1 : 0);
}

DEV void censusOne(const unsigned char *s, i64 n, i64 *out) {
    for (int k = 0; k < C_COUNT; k++) out[k] = 0;
    struct Lexer x = {s, n, 0, PREV_START, PENDING_NONE, 0, 0, out};
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) x.i = 3;
    while (x.i < x.n) {
        code(&x, 0);
        if (x.i < x.n) x.i++;
    }
    out[C_BYTES] = n;
    out[C_LINES] = countLines(s, n);
}

// files sources laid end to end in data; file f is data[offsets[f] .. offsets[f + 1]); its
// C_COUNT counts go to out[f * C_COUNT ...], in the order of the enum above.
EXTERN_GLOBAL void census(const unsigned char *data, const i64 *offsets, int files, i64 *out) {
#ifdef PORTALIS_DEVICE
#if defined(__clang__) && !defined(__NVCC__)
    int f = __nvvm_read_ptx_sreg_ctaid_x() * __nvvm_read_ptx_sreg_ntid_x() + __nvvm_read_ptx_sreg_tid_x();
#else
    int f = blockIdx.x * blockDim.x + threadIdx.x;
#endif
    if (f < files) censusOne(data + offsets[f], offsets[f + 1] - offsets[f], out + (i64) f * C_COUNT);
#else
    for (int f = 0; f < files; f++) censusOne(data + offsets[f], offsets[f + 1] - offsets[f], out + (i64) f * C_COUNT);
#endif
}
