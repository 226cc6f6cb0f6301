package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Comprehension;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms and primaries (reference 6.2 and 6.3): names, literals, displays, comprehensions,
 * attribute references, subscriptions, slicings and calls.
 */
abstract class AtomParser extends LiteralParser {
    AtomParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    abstract Expr expression();

    abstract Expr namedExpression();

    abstract Expr starNamedExpression();

    abstract Expr disjunction();

    abstract Expr starTargets();

    abstract boolean startsExpression();

    /** {@code primary: primary '.' NAME | primary genexp | primary '(' args ')' | primary '[' slices ']' | atom}. */
    Expr primary() {
        int start = pos;
        Expr e = atom();
        while (true) {
            if (atOp(".")) {
                advance();
                String attr = expectIdentifier();
                e = new Expr.Attribute(span(start), e, attr, ExprContext.Load);
            } else if (atOp("(")) {
                e = call(start, e);
            } else if (atOp("[")) {
                advance();
                Expr slice = slices();
                expectOp("]");
                e = new Expr.Subscript(span(start), e, slice, ExprContext.Load);
            } else {
                return e;
            }
        }
    }

    Expr atom() {
        Token t = peek();
        int start = pos;
        switch (t.kind()) {
            case NAME -> {
                return nameAtom(t);
            }
            case NUMBER -> {
                return number();
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.Constant(span(start), new PyConstant.EllipsisValue(), null);
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr nameAtom(Token t) {
        int start = pos;
        PyConstant value = switch (t.text()) {
            case "True" -> new PyConstant.BoolValue(true);
            case "False" -> new PyConstant.BoolValue(false);
            case "None" -> new PyConstant.NoneValue();
            default -> null;
        };
        if (value != null) {
            advance();
            return new Expr.Constant(span(start), value, null);
        }
        if (KEYWORDS.contains(t.text())) {
            throw invalidSyntax();
        }
        advance();
        return new Expr.Name(span(start), t.text(), ExprContext.Load);
    }

    /** Tuples, groups, generator expressions and yield in parentheses. */
    private Expr parenthesized() {
        int start = pos;
        advance();
        enter();
        try {
            if (acceptOp(")")) {
                return new Expr.Tuple(span(start), List.of(), ExprContext.Load);
            }
            if (atName("yield")) {
                Expr y = yieldExpr();
                expectOp(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                expectOp(")");
                return new Expr.GeneratorExp(span(start), first, gens);
            }
            if (acceptOp(")")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("cannot use starred expression here", first.span());
                }
                return first;
            }
            List<Expr> elts = sequenceRest(first, ")");
            return new Expr.Tuple(span(start), elts, ExprContext.Load);
        } finally {
            leave();
        }
    }

    /** After the first element: {@code (',' star_named_expression)* [','] closer}. */
    private List<Expr> sequenceRest(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (!atOp(closer)) {
            if (!atOp(",")) {
                throw missingComma(first);
            }
            advance();
            if (atOp(closer)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        advance();
        return elts;
    }

    /** Inside brackets two juxtaposed expressions get CPython's "Perhaps you forgot a comma?". */
    SyntaxFailure missingComma(Expr previous) {
        Token t = peek();
        if (startsExpression() && !t.isName("for") && !t.isName("if") && !t.isName("else")
                && !t.isName("async") && !t.isName("in")) {
            int save = pos;
            try {
                Expr next = expression();
                return error("invalid syntax. Perhaps you forgot a comma?", lastElementStart(previous), next.span().end());
            } catch (SyntaxFailure ignored) {
                // fall through to the generic error at the furthest token
            } finally {
                pos = save;
            }
        }
        return invalidSyntax();
    }

    private int lastElementStart(Expr previous) {
        int i = pos - 1;
        while (i > 0 && !toks[i - 1].isOp(",") && toks[i - 1].start() >= previous.span().start()) {
            i--;
        }
        return Math.max(previous.span().start(), toks[i].start());
    }

    private Expr listDisplay() {
        int start = pos;
        advance();
        enter();
        try {
            if (acceptOp("]")) {
                return new Expr.List(span(start), List.of(), ExprContext.Load);
            }
            Expr first = starNamedExpression();
            if (atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                expectOp("]");
                return new Expr.ListComp(span(start), first, gens);
            }
            if (acceptOp("]")) {
                return new Expr.List(span(start), List.of(first), ExprContext.Load);
            }
            List<Expr> elts = sequenceRest(first, "]");
            return new Expr.List(span(start), elts, ExprContext.Load);
        } finally {
            leave();
        }
    }

    /** Dicts, sets and their comprehensions. */
    private Expr braceDisplay() {
        int start = pos;
        advance();
        enter();
        try {
            if (acceptOp("}")) {
                return new Expr.Dict(span(start), List.of(), List.of());
            }
            if (atOp("**")) {
                return dictRest(start, null, null);
            }
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred)) {
                advance();
                Expr value = expression();
                if (atComprehension()) {
                    List<Comprehension> gens = forIfClauses();
                    expectOp("}");
                    return new Expr.DictComp(span(start), first, value, gens);
                }
                return dictRest(start, first, value);
            }
            if (atComprehension()) {
                List<Comprehension> gens = forIfClauses();
                expectOp("}");
                return new Expr.SetComp(span(start), first, gens);
            }
            if (acceptOp("}")) {
                return new Expr.Set(span(start), List.of(first));
            }
            List<Expr> elts = sequenceRest(first, "}");
            return new Expr.Set(span(start), elts);
        } finally {
            leave();
        }
    }

    private Expr dictRest(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needItem = firstKey == null;
        if (!needItem) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (true) {
            if (!needItem) {
                if (atOp("}")) {
                    break;
                }
                expectOp(",");
                if (atOp("}")) {
                    break;
                }
            }
            needItem = false;
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                if (!atOp(":")) {
                    throw atOp("}") || atOp(",") ? errorAtLast("':' expected after dictionary key") : invalidSyntax();
                }
                advance();
                values.add(expression());
            }
        }
        advance();
        return new Expr.Dict(span(start), keys, values);
    }

    abstract Expr bitwiseOr();

    boolean atComprehension() {
        return atName("for") || (atName("async") && peekAt(1).isName("for"));
    }

    /** {@code for_if_clauses: (ASYNC? 'for' star_targets 'in' disjunction ('if' disjunction)*)+}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atComprehension()) {
            int start = pos;
            int isAsync = acceptName("async") ? 1 : 0;
            expectName("for");
            Expr target = starTargets();
            expectName("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptName("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(span(start), target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---- calls -------------------------------------------------------------------------

    private Expr call(int start, Expr func) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        callArguments(args, keywords);
        return new Expr.Call(span(start), func, args, keywords);
    }

    /** {@code '(' [arguments] ')'}, filling positional and keyword arguments. */
    void callArguments(List<Expr> args, List<Keyword> keywords) {
        int open = pos;
        advance();
        enter();
        try {
            while (!atOp(")")) {
                argument(open, args, keywords);
                if (!atOp(",")) {
                    if (!atOp(")")) {
                        throw missingComma(args.isEmpty() ? keywords.get(keywords.size() - 1).value()
                                : args.get(args.size() - 1));
                    }
                    break;
                }
                advance();
            }
            expectOp(")");
        } finally {
            leave();
        }
    }

    private void argument(int open, List<Expr> args, List<Keyword> keywords) {
        int start = pos;
        boolean afterDoubleStar = keywords.stream().anyMatch(k -> k.arg() == null);
        if (acceptOp("*")) {
            if (afterDoubleStar) {
                throw error("iterable argument unpacking follows keyword argument unpacking", toks[start].start(),
                        toks[start].end());
            }
            Expr value = expression();
            args.add(new Expr.Starred(span(start), value, ExprContext.Load));
        } else if (acceptOp("**")) {
            Expr value = expression();
            keywords.add(new Keyword(span(start), null, value));
        } else if (atIdentifier() && peekAt(1).isOp("=")) {
            String name = advance().text();
            advance();
            Expr value = expression();
            keywords.add(new Keyword(span(start), name, value));
        } else {
            positional(open, start, args, keywords, afterDoubleStar);
        }
    }

    private void positional(int open, int start, List<Expr> args, List<Keyword> keywords, boolean afterDoubleStar) {
        Expr value = namedExpression();
        if (atComprehension()) {
            boolean sole = args.isEmpty() && keywords.isEmpty() && open == start - 1;
            List<Comprehension> gens = forIfClauses();
            if (!sole || !atOp(")")) {
                throw error("Generator expression must be parenthesized", value.span().start(), lastEnd());
            }
            value = new Expr.GeneratorExp(new io.portalis.ingest.ast.Span(toks[open].start(), peek().end()), value, gens);
        } else if (atOp("=")) {
            throw error("expression cannot contain assignment, perhaps you meant \"==\"?", value.span().start(),
                    peek().end());
        }
        if (!keywords.isEmpty()) {
            throw errorAtLast(afterDoubleStar ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        args.add(value);
    }

    // ---- subscripts --------------------------------------------------------------------

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']}. */
    private Expr slices() {
        int start = pos;
        Expr first = slice();
        if (!atOp(",") && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(span(start), elts, ExprContext.Load);
    }

    private Expr slice() {
        int start = pos;
        if (atOp("*")) {
            advance();
            Expr v = bitwiseOr();
            return new Expr.Starred(span(start), v, ExprContext.Load);
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(span(start), lower, upper, step);
    }

    boolean startsAtom(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || t.text().equals("True") || t.text().equals("False")
                    || t.text().equals("None");
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> t.text().equals("(") || t.text().equals("[") || t.text().equals("{") || t.text().equals("...");
            default -> false;
        };
    }

    static boolean isKind(Token t, TokenKind kind) {
        return t.kind() == kind;
    }
}
