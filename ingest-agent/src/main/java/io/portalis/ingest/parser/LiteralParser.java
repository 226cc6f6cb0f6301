package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Literals: numbers, strings with implicit concatenation, and f-strings (PEP 701), building the
 * nodes as CPython 3.12's action helpers do ({@code _PyPegen_concatenate_strings},
 * {@code _PyPegen_joined_str}, {@code _PyPegen_formatted_value}).
 */
abstract class LiteralParser extends ParserState {
    LiteralParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    abstract Expr starExpressions();

    abstract Expr yieldExpr();

    Expr number() {
        int start = pos;
        Token t = advance();
        return new Expr.Constant(span(start), numberValue(t.text()), null);
    }

    static PyConstant numberValue(String literal) {
        String text = literal.replace("_", "");
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyConstant.ComplexValue(Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int radix = switch (Character.toLowerCase(text.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new PyConstant.IntValue(new BigInteger(text.substring(2), radix));
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new PyConstant.FloatValue(Double.parseDouble(text));
        }
        return new PyConstant.IntValue(new BigInteger(text));
    }

    // ---- strings -----------------------------------------------------------------------

    /** {@code strings: (STRING | fstring)+}, concatenated as CPython does. */
    Expr strings() {
        int start = pos;
        List<Expr> parts = new ArrayList<>();
        boolean fstring = false;
        while (true) {
            if (at(TokenKind.STRING)) {
                parts.add(stringConstant(advance()));
            } else if (at(TokenKind.FSTRING_START)) {
                parts.add(fstring());
                fstring = true;
            } else {
                break;
            }
        }
        Span whole = span(start);
        peek();
        return new StringConcatenation((msg, sp) -> errorAtLast(msg)).concatenate(parts, fstring, whole);
    }

    private Expr.Constant stringConstant(Token t) {
        String lit = t.text();
        int q = 0;
        while (lit.charAt(q) != '\'' && lit.charAt(q) != '"') {
            q++;
        }
        String prefix = lit.substring(0, q).toLowerCase();
        boolean triple = lit.length() - q >= 6 && lit.startsWith(lit.substring(q, q + 1).repeat(3), q);
        int quoteLen = triple ? 3 : 1;
        String body = lit.substring(q + quoteLen, lit.length() - quoteLen);
        boolean raw = prefix.contains("r");
        Span span = new Span(t.start(), t.end());
        try {
            if (prefix.contains("b")) {
                return new Expr.Constant(span, new PyConstant.BytesValue(StringDecoder.decodeBytes(body, raw)), null);
            }
            String kind = prefix.contains("u") ? "u" : null;
            return new Expr.Constant(span, new PyConstant.StrValue(StringDecoder.decodeStr(body, raw)), kind);
        } catch (StringDecoder.BadEscape e) {
            throw errorAtToken(e.getMessage(), t);
        }
    }

    // ---- f-strings ---------------------------------------------------------------------

    /** {@code fstring: FSTRING_START fstring_middle* FSTRING_END}. */
    private Expr.JoinedStr fstring() {
        int start = pos;
        Token open = advance();
        boolean raw = open.text().toLowerCase().contains("r");
        List<Expr> values = new ArrayList<>();
        while (!at(TokenKind.FSTRING_END)) {
            if (at(TokenKind.FSTRING_MIDDLE)) {
                Expr.Constant c = middleConstant(advance(), raw);
                if (!((PyConstant.StrValue) c.value()).value().isEmpty()) {
                    values.add(c);
                }
            } else if (atOp("{")) {
                addField(values, replacementField(raw));
            } else {
                throw invalidSyntax();
            }
        }
        advance();
        return new Expr.JoinedStr(span(start), values);
    }

    /** A debug field ({@code {x=}}) yields its text and value; they join the f-string's parts. */
    private static void addField(List<Expr> values, Expr field) {
        if (field instanceof Expr.JoinedStr debug) {
            values.addAll(debug.values());
        } else {
            values.add(field);
        }
    }

    private Expr.Constant middleConstant(Token t, boolean raw) {
        try {
            String value = StringDecoder.decodeStr(t.text(), raw || t.text().indexOf('\\') < 0);
            return new Expr.Constant(new Span(t.start(), t.end()), new PyConstant.StrValue(value), null);
        } catch (StringDecoder.BadEscape e) {
            throw errorAtToken(e.getMessage(), t);
        }
    }

    /** {@code '{' (yield_expr | star_expressions) '='? ['!' NAME] [':' fstring_format_spec*] '}'}. */
    private Expr replacementField(boolean raw) {
        int start = pos;
        Token lbrace = advance();
        if (atOp("}") || atOp("!") || atOp(":") || atOp("=")) {
            throw errorAtToken("f-string: valid expression required before '" + peek().text() + "'", peek());
        }
        Expr value = atName("yield") ? yieldExpr() : starExpressions();
        Token debug = atOp("=") ? advance() : null;
        Expr.Name conversion = null;
        Token bang = null;
        if (atOp("!")) {
            bang = advance();
            conversion = conversionName();
        }
        Token colon = null;
        Expr.JoinedStr spec = null;
        if (atOp(":")) {
            colon = peek();
            spec = formatSpec(raw);
        }
        if (!atOp("}")) {
            throw errorAtToken("f-string: expecting '}'", peek());
        }
        Token rbrace = advance();
        Span span = span(start);
        int conv = conversion != null ? conversionCode(conversion) : debug != null && spec == null ? 'r' : -1;
        Expr.FormattedValue fv = new Expr.FormattedValue(span, value, conv, spec);
        if (debug == null) {
            return fv;
        }
        int textEnd = bang != null ? bang.start() : colon != null ? colon.start() : rbrace.start();
        Expr.Constant text = new Expr.Constant(new Span(lbrace.start() + 1, textEnd),
                new PyConstant.StrValue(text(lbrace.end(), textEnd)), null);
        return new Expr.JoinedStr(new Span(span.start(), textEnd + 1), List.of(text, fv));
    }

    private Expr.Name conversionName() {
        if (!at(TokenKind.NAME)) {
            throw errorAtToken("f-string: missing conversion character", peek());
        }
        Token t = advance();
        return new Expr.Name(new Span(t.start(), t.end()), t.text(), io.portalis.ingest.ast.ExprContext.Load);
    }

    private int conversionCode(Expr.Name conversion) {
        String id = conversion.id();
        if (id.length() != 1 || "sra".indexOf(id.charAt(0)) < 0) {
            throw errorAt("f-string: invalid conversion character '" + id + "': expected 's', 'r', or 'a'",
                    conversion.span());
        }
        return id.charAt(0);
    }

    /** {@code ':' fstring_format_spec*}; an all-empty spec becomes an empty JoinedStr, as in 3.11. */
    private Expr.JoinedStr formatSpec(boolean raw) {
        int start = pos;
        advance();
        List<Expr> parts = new ArrayList<>();
        while (true) {
            if (at(TokenKind.FSTRING_MIDDLE)) {
                parts.add(middleConstant(advance(), raw));
            } else if (atOp("{")) {
                parts.add(replacementField(raw));
            } else {
                break;
            }
        }
        if (parts.size() == 1 && parts.get(0) instanceof Expr.Constant c
                && c.value() instanceof PyConstant.StrValue sv && sv.value().isEmpty()) {
            parts = List.of();
        }
        return new Expr.JoinedStr(span(start), parts);
    }
}
