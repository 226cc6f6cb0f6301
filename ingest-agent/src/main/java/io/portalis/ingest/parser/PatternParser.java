package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** {@code match} statement patterns (reference 8.6.4, PEP 634). */
abstract class PatternParser extends ArgumentsParser {
    PatternParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    Pattern patterns() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(span(start), List.of(first));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(":") || atName("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(span(start), items);
    }

    private Pattern maybeStarPattern() {
        if (!atOp("*")) {
            return pattern();
        }
        int start = pos;
        advance();
        String name = expectIdentifier();
        return new Pattern.MatchStar(span(start), name.equals("_") ? null : name);
    }

    /** {@code pattern: or_pattern 'as' NAME | or_pattern}. */
    Pattern pattern() {
        enter();
        try {
            int start = pos;
            Pattern p = orPattern();
            if (!acceptName("as")) {
                return p;
            }
            if (atName("_")) {
                throw errorAtToken("cannot use '_' as a target", peek());
            }
            if (!atIdentifier()) {
                throw errorAtLast("invalid pattern target");
            }
            String name = advance().text();
            return new Pattern.MatchAs(span(start), p, name);
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        int start = pos;
        Pattern first = closedPattern();
        if (!atOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(span(start), alts);
    }

    private Pattern closedPattern() {
        Token t = peek();
        int start = pos;
        if (t.kind() == TokenKind.NUMBER || t.isOp("-")) {
            Expr value = signedNumber();
            return new Pattern.MatchValue(span(start), value);
        }
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START) {
            Expr s = strings();
            if (s instanceof Expr.JoinedStr) {
                throw errorAt("patterns may only match literals and attribute lookups", s.span());
            }
            return new Pattern.MatchValue(span(start), s);
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            advance();
            PyConstant v = t.text().equals("None") ? new PyConstant.NoneValue()
                    : new PyConstant.BoolValue(t.text().equals("True"));
            return new Pattern.MatchSingleton(span(start), v);
        }
        if (t.isOp("(")) {
            return parenPattern();
        }
        if (t.isOp("[")) {
            advance();
            List<Pattern> items = sequenceItems("]");
            return new Pattern.MatchSequence(span(start), items);
        }
        if (t.isOp("{")) {
            return mappingPattern();
        }
        if (atIdentifier()) {
            return namePattern();
        }
        throw invalidSyntax();
    }

    private Pattern parenPattern() {
        int start = pos;
        advance();
        if (acceptOp(")")) {
            return new Pattern.MatchSequence(span(start), List.of());
        }
        Pattern first = maybeStarPattern();
        if (acceptOp(")")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(span(start), List.of(first));
            }
            return first;
        }
        expectOp(",");
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        items.addAll(sequenceItems(")"));
        return new Pattern.MatchSequence(span(start), items);
    }

    private List<Pattern> sequenceItems(String closer) {
        List<Pattern> items = new ArrayList<>();
        while (!atOp(closer)) {
            items.add(maybeStarPattern());
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(closer);
        return items;
    }

    /** {@code signed_number ['+' | '-' NUMBER]}: literal numbers, including complex ones. */
    private Expr signedNumber() {
        int start = pos;
        Expr real;
        if (acceptOp("-")) {
            if (!at(TokenKind.NUMBER)) {
                throw invalidSyntax();
            }
            Expr n = number();
            real = new Expr.UnaryOp(span(start), UnaryOperator.USub, n);
        } else {
            real = number();
        }
        if (atOp("+") || atOp("-")) {
            Operator op = atOp("+") ? Operator.Add : Operator.Sub;
            advance();
            if (!at(TokenKind.NUMBER)) {
                throw invalidSyntax();
            }
            Expr imag = number();
            if (!(((Expr.Constant) imag).value() instanceof PyConstant.ComplexValue)) {
                throw errorAt("imaginary number required in complex literal", imag.span());
            }
            return new Expr.BinOp(span(start), real, op, imag);
        }
        return real;
    }

    private Pattern namePattern() {
        int start = pos;
        Token first = advance();
        Expr name = new Expr.Name(span(start), first.text(), ExprContext.Load);
        boolean dotted = false;
        while (atOp(".")) {
            advance();
            String attr = expectIdentifier();
            name = new Expr.Attribute(span(start), name, attr, ExprContext.Load);
            dotted = true;
        }
        if (atOp("(")) {
            return classPattern(start, name);
        }
        if (dotted) {
            return new Pattern.MatchValue(span(start), name);
        }
        String id = first.text();
        return new Pattern.MatchAs(span(start), null, id.equals("_") ? null : id);
    }

    private Pattern classPattern(int start, Expr cls) {
        advance();
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            if (atIdentifier() && peekAt(1).isOp("=")) {
                kwdAttrs.add(advance().text());
                advance();
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt("positional patterns follow keyword patterns", p.span());
                }
                positional.add(p);
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        return new Pattern.MatchClass(span(start), cls, positional, kwdAttrs, kwdPatterns);
    }

    private Pattern mappingPattern() {
        int start = pos;
        advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (acceptOp("**")) {
                rest = expectIdentifier();
            } else {
                if (rest != null) {
                    throw invalidSyntax();
                }
                keys.add(mappingKey());
                expectOp(":");
                values.add(pattern());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new Pattern.MatchMapping(span(start), keys, values, rest);
    }

    private Expr mappingKey() {
        Token t = peek();
        int start = pos;
        if (t.kind() == TokenKind.NUMBER || t.isOp("-")) {
            return signedNumber();
        }
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING_START) {
            return strings();
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            return atom();
        }
        if (atIdentifier()) {
            advance();
            Expr name = new Expr.Name(span(start), t.text(), ExprContext.Load);
            if (!atOp(".")) {
                throw invalidSyntax();
            }
            while (acceptOp(".")) {
                String attr = expectIdentifier();
                name = new Expr.Attribute(span(start), name, attr, ExprContext.Load);
            }
            return name;
        }
        throw invalidSyntax();
    }
}
