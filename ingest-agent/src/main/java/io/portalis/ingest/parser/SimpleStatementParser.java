package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Simple statements (reference chapter 7): expressions, assignments, imports and the keyword statements. */
abstract class SimpleStatementParser extends PatternParser {
    SimpleStatementParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    /** {@code simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE}. */
    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (acceptOp(";")) {
                if (at(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!at(TokenKind.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        int start = pos;
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(span(start));
                }
                case "break" -> {
                    advance();
                    return new Stmt.Break(span(start));
                }
                case "continue" -> {
                    advance();
                    return new Stmt.Continue(span(start));
                }
                case "return" -> {
                    advance();
                    Expr value = startsExpression() || atOp("*") ? starExpressions() : null;
                    return new Stmt.Return(span(start), value);
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    return nameListStatement();
                }
                case "del" -> {
                    return delStatement();
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(span(start), test, msg);
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "type" -> {
                    if (peekAt(1).kind() == TokenKind.NAME && (peekAt(2).isOp("=") || peekAt(2).isOp("["))) {
                        return typeAlias();
                    }
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private Stmt raiseStatement() {
        int start = pos;
        advance();
        if (!startsExpression()) {
            return new Stmt.Raise(span(start), null, null);
        }
        Expr exc = expression();
        Expr cause = acceptName("from") ? expression() : null;
        return new Stmt.Raise(span(start), exc, cause);
    }

    private Stmt nameListStatement() {
        int start = pos;
        boolean global = advance().text().equals("global");
        List<String> names = new ArrayList<>();
        do {
            names.add(expectIdentifier());
        } while (acceptOp(","));
        return global ? new Stmt.Global(span(start), names) : new Stmt.Nonlocal(span(start), names);
    }

    private Stmt delStatement() {
        int start = pos;
        advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression()) {
                if (targets.isEmpty()) {
                    throw invalidSyntax();
                }
                break;
            }
            targets.add(storeTarget(bitwiseOr(), Targets.Kind.DEL));
        } while (acceptOp(","));
        if (!at(TokenKind.NEWLINE) && !atOp(";")) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(span(start), targets);
    }

    private Stmt importStatement() {
        int start = pos;
        advance();
        List<Alias> names = new ArrayList<>();
        do {
            int aliasStart = pos;
            String name = dottedName();
            String as = acceptName("as") ? expectIdentifier() : null;
            names.add(new Alias(span(aliasStart), name, as));
        } while (acceptOp(","));
        return new Stmt.Import(span(start), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectIdentifier());
        while (acceptOp(".")) {
            sb.append('.').append(expectIdentifier());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        int start = pos;
        advance();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += advance().text().length();
        }
        String module = level == 0 || atIdentifier() ? dottedName() : null;
        expectName("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            int s = pos;
            advance();
            names.add(new Alias(span(s), "*", null));
        } else if (acceptOp("(")) {
            importNames(names, true);
            expectOp(")");
        } else {
            importNames(names, false);
        }
        return new Stmt.ImportFrom(span(start), module, names, level);
    }

    private void importNames(List<Alias> names, boolean parenthesized) {
        do {
            if (parenthesized && atOp(")") && !names.isEmpty()) {
                break;
            }
            int s = pos;
            String name = expectIdentifier();
            String as = acceptName("as") ? expectIdentifier() : null;
            names.add(new Alias(span(s), name, as));
        } while (acceptOp(","));
        if (!parenthesized && toks[pos - 1].isOp(",")) {
            throw errorAtLast("trailing comma not allowed without surrounding parentheses");
        }
    }

    private Stmt typeAlias() {
        int start = pos;
        advance();
        Token nameTok = advance();
        Expr name = new Expr.Name(new io.portalis.ingest.ast.Span(nameTok.start(), nameTok.end()), nameTok.text(),
                ExprContext.Store);
        var params = typeParams();
        expectOp("=");
        Expr value = expression();
        return new Stmt.TypeAlias(span(start), name, params, value);
    }

    // ---- expression statements and assignments ---------------------------------------

    private Stmt expressionStatement() {
        int start = pos;
        Expr first = atName("yield") ? yieldExpr() : starExpressions();
        if (atOp(":")) {
            return annotatedAssignment(start, first);
        }
        if (atOp("=")) {
            return assignment(start, first);
        }
        Operator aug = augmentedOperator();
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                        first.span());
            }
            advance();
            Expr value = atName("yield") ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(span(start), Targets.withContext(first, ExprContext.Store), aug, value);
        }
        legacyPrint(first);
        return new Stmt.ExprStmt(span(start), first);
    }

    private void legacyPrint(Expr first) {
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && startsExpression()) {
            int save = pos;
            try {
                Expr arg = starExpressions();
                throw error("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                        n.span().start(), arg.span().end());
            } catch (SyntaxFailure f) {
                if (f.msg.startsWith("Missing parentheses")) {
                    throw f;
                }
                pos = save;
            }
        }
    }

    private Operator augmentedOperator() {
        Token t = peek();
        if (t.kind() != TokenKind.OP || !t.text().endsWith("=") || t.text().length() < 2) {
            return null;
        }
        String sym = t.text().substring(0, t.text().length() - 1);
        for (Operator op : Operator.values()) {
            if (op.symbol().equals(sym)) {
                return op;
            }
        }
        return null;
    }

    private Stmt annotatedAssignment(int start, Expr target) {
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            String what = target instanceof Expr.Tuple ? "tuple" : "list";
            throw errorAt("only single target (not " + what + ") can be annotated", target.span());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt("illegal target for annotation", target.span());
        }
        advance();
        Expr annotation = expression();
        Expr value = null;
        if (acceptOp("=")) {
            value = atName("yield") ? yieldExpr() : starExpressions();
        }
        int simple = target instanceof Expr.Name && !toks[start].isOp("(") ? 1 : 0;
        return new Stmt.AnnAssign(span(start), Targets.withContext(target, ExprContext.Store), annotation, value,
                simple);
    }

    private Stmt assignment(int start, Expr first) {
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        while (acceptOp("=")) {
            chain.add(atName("yield") ? yieldExpr() : starExpressions());
        }
        Expr value = chain.remove(chain.size() - 1);
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            targets.add(assignTarget(chain.get(i), chain.size() == 1));
        }
        return new Stmt.Assign(span(start), targets, value, null);
    }

    private Expr assignTarget(Expr target, boolean single) {
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            throw errorAt("assignment to yield expression not possible", target.span());
        }
        Expr bad = Targets.invalid(target, Targets.Kind.STAR);
        if (bad == null) {
            return Targets.withContext(target, ExprContext.Store);
        }
        boolean hint = single && bad == target && bitwiseLevel(target);
        throw errorAt("cannot assign to " + Targets.describe(bad)
                + (hint ? " here. Maybe you meant '==' instead of '='?" : ""), bad.span());
    }

    /** Whether CPython's invalid_named_expression rule (a bitwise_or, not a display or singleton) applies. */
    private static boolean bitwiseLevel(Expr e) {
        return switch (e) {
            case Expr.Compare c -> false;
            case Expr.BoolOp b -> false;
            case Expr.UnaryOp u -> u.op() != io.portalis.ingest.ast.UnaryOperator.Not;
            case Expr.IfExp i -> false;
            case Expr.Lambda l -> false;
            case Expr.NamedExpr n -> false;
            case Expr.Starred s -> false;
            case Expr.GeneratorExp g -> false;
            case Expr.Constant c -> !(c.value() instanceof io.portalis.ingest.ast.PyConstant.NoneValue
                    || c.value() instanceof io.portalis.ingest.ast.PyConstant.BoolValue);
            default -> true;
        };
    }
}
