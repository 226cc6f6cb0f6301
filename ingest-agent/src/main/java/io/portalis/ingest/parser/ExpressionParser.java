package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.BoolOperator;
import io.portalis.ingest.ast.CmpOperator;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.UnaryOperator;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions by precedence (reference 6.10 to 6.16 and the full grammar's expression rules):
 * star expressions, assignment expressions, conditional, lambda, boolean, comparison and binary
 * operators, unary operators, power and await.
 */
abstract class ExpressionParser extends AtomParser {
    private static final String[][] BINARY_LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "//", "%", "@"}};

    ExpressionParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    abstract Arguments lambdaParameters();

    @Override
    Expr starExpressions() {
        int start = pos;
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression() && !atOp("*")) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(span(start), elts, ExprContext.Load);
    }

    Expr starExpression() {
        if (atOp("*")) {
            int start = pos;
            advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(start), value, ExprContext.Load);
        }
        return expression();
    }

    @Override
    Expr starNamedExpression() {
        if (atOp("*")) {
            int start = pos;
            advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(start), value, ExprContext.Load);
        }
        return namedExpression();
    }

    /** {@code named_expression: NAME ':=' expression | expression !':='}. */
    @Override
    Expr namedExpression() {
        if (atIdentifier() && peekAt(1).isOp(":=")) {
            int start = pos;
            Token name = advance();
            advance();
            Expr value = expression();
            Expr.Name target = new Expr.Name(new io.portalis.ingest.ast.Span(name.start(), name.end()), name.text(),
                    ExprContext.Store);
            return new Expr.NamedExpr(span(start), target, value);
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.span());
        }
        return e;
    }

    @Override
    Expr expression() {
        enter();
        try {
            if (atName("lambda")) {
                return lambdef();
            }
            int start = pos;
            Expr body = disjunction();
            if (!atName("if")) {
                return body;
            }
            advance();
            Expr test = disjunction();
            if (!atName("else")) {
                if (at(io.portalis.ingest.lexer.TokenKind.NEWLINE) || atOp(")") || atOp("]") || atOp("}")
                        || atOp(",") || atOp(":")) {
                    throw error("expected 'else' after 'if' expression", startOf(start), lastEnd());
                }
                throw invalidSyntax();
            }
            advance();
            Expr orelse = expression();
            return new Expr.IfExp(span(start), test, body, orelse);
        } finally {
            leave();
        }
    }

    private Expr lambdef() {
        int start = pos;
        advance();
        Arguments args = lambdaParameters();
        expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(span(start), args, body);
    }

    @Override
    Expr disjunction() {
        int start = pos;
        Expr first = conjunction();
        if (!atName("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptName("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(span(start), BoolOperator.Or, values);
    }

    private Expr conjunction() {
        int start = pos;
        Expr first = inversion();
        if (!atName("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptName("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(span(start), BoolOperator.And, values);
    }

    private Expr inversion() {
        if (!atName("not")) {
            return comparison();
        }
        int start = pos;
        advance();
        enter();
        try {
            Expr operand = inversion();
            return new Expr.UnaryOp(span(start), UnaryOperator.Not, operand);
        } finally {
            leave();
        }
    }

    private Expr comparison() {
        int start = pos;
        Expr left = bitwiseOr();
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        CmpOperator op;
        while ((op = compareOperator()) != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(span(start), left, ops, comparators);
    }

    /** Consumes a comparison operator, including {@code not in} and {@code is not}. */
    private CmpOperator compareOperator() {
        Token t = peek();
        CmpOperator op = switch (t.kind()) {
            case OP -> switch (t.text()) {
                case "==" -> CmpOperator.Eq;
                case "!=" -> CmpOperator.NotEq;
                case "<" -> CmpOperator.Lt;
                case "<=" -> CmpOperator.LtE;
                case ">" -> CmpOperator.Gt;
                case ">=" -> CmpOperator.GtE;
                default -> null;
            };
            case NAME -> switch (t.text()) {
                case "in" -> CmpOperator.In;
                case "is" -> peekAt(1).isName("not") ? CmpOperator.IsNot : CmpOperator.Is;
                case "not" -> peekAt(1).isName("in") ? CmpOperator.NotIn : null;
                default -> null;
            };
            default -> null;
        };
        if (op != null) {
            pos += op == CmpOperator.IsNot || op == CmpOperator.NotIn ? 2 : 1;
        }
        return op;
    }

    @Override
    Expr bitwiseOr() {
        return binary(0);
    }

    private Expr binary(int level) {
        if (level == BINARY_LEVELS.length) {
            return factor();
        }
        int start = pos;
        Expr left = binary(level + 1);
        Operator op;
        while ((op = binaryOperator(level)) != null) {
            advance();
            Expr right = binary(level + 1);
            left = new Expr.BinOp(span(start), left, op, right);
        }
        return left;
    }

    private Operator binaryOperator(int level) {
        Token t = peek();
        if (t.kind() != io.portalis.ingest.lexer.TokenKind.OP) {
            return null;
        }
        for (String sym : BINARY_LEVELS[level]) {
            if (t.text().equals(sym)) {
                for (Operator op : Operator.values()) {
                    if (op.symbol().equals(sym)) {
                        return op;
                    }
                }
            }
        }
        return null;
    }

    private Expr factor() {
        UnaryOperator op = atOp("+") ? UnaryOperator.UAdd : atOp("-") ? UnaryOperator.USub
                : atOp("~") ? UnaryOperator.Invert : null;
        if (op == null) {
            return power();
        }
        int start = pos;
        advance();
        enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(span(start), op, operand);
        } finally {
            leave();
        }
    }

    private Expr power() {
        int start = pos;
        Expr base = awaitPrimary();
        if (!atOp("**")) {
            return base;
        }
        advance();
        Expr exponent = factor();
        return new Expr.BinOp(span(start), base, Operator.Pow, exponent);
    }

    private Expr awaitPrimary() {
        if (!atName("await")) {
            return primary();
        }
        int start = pos;
        advance();
        Expr value = primary();
        return new Expr.Await(span(start), value);
    }

    @Override
    Expr yieldExpr() {
        int start = pos;
        advance();
        if (acceptName("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(span(start), value);
        }
        if (startsExpression() || atOp("*")) {
            Expr value = starExpressions();
            return new Expr.Yield(span(start), value);
        }
        return new Expr.Yield(span(start), null);
    }

    @Override
    boolean startsExpression() {
        Token t = peek();
        if (startsAtom(t)) {
            return true;
        }
        if (t.kind() == io.portalis.ingest.lexer.TokenKind.NAME) {
            return t.text().equals("lambda") || t.text().equals("not") || t.text().equals("await");
        }
        return t.isOp("-") || t.isOp("+") || t.isOp("~");
    }

    // ---- targets -----------------------------------------------------------------------

    /** {@code star_targets}: parsed at bitwise-or level so that {@code in} and {@code =} end them. */
    @Override
    Expr starTargets() {
        int start = pos;
        Expr first = starTarget();
        Expr result = first;
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (!startsExpression() && !atOp("*")) {
                    break;
                }
                elts.add(starTarget());
            }
            result = new Expr.Tuple(span(start), elts, ExprContext.Load);
        }
        return storeTarget(result, Targets.Kind.FOR);
    }

    private Expr starTarget() {
        if (atOp("*")) {
            int start = pos;
            advance();
            Expr value = starTarget();
            return new Expr.Starred(span(start), value, ExprContext.Load);
        }
        return bitwiseOr();
    }

    Expr storeTarget(Expr target, Targets.Kind kind) {
        Expr bad = Targets.invalid(target, kind);
        if (bad != null) {
            String verb = kind == Targets.Kind.DEL ? "cannot delete " : "cannot assign to ";
            throw errorAt(verb + Targets.describe(bad), bad.span());
        }
        return Targets.withContext(target, kind == Targets.Kind.DEL ? ExprContext.Del : ExprContext.Store);
    }
}
