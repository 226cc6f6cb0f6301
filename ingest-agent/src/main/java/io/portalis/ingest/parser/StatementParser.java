package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.MatchCase;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Pattern;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.TypeParam;
import io.portalis.ingest.ast.WithItem;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import io.portalis.ingest.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Compound statements (reference chapter 8) and the module itself: the parser's top layer. */
final class StatementParser extends SimpleStatementParser {
    StatementParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    /** {@code file: [statements] ENDMARKER}. */
    Mod.Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(new Span(0, utf8.length), body, List.of());
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            Stmt compound = switch (t.text()) {
                case "if" -> ifStatement();
                case "while" -> whileStatement();
                case "for" -> forStatement(pos, false);
                case "with" -> withStatement(pos, false);
                case "try" -> tryStatement();
                case "def" -> functionDef(List.of(), pos, false);
                case "class" -> classDef(List.of());
                case "async" -> asyncStatement(List.of());
                case "match" -> matchStatement();
                default -> null;
            };
            if (compound != null) {
                out.add(compound);
                return;
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    /** {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}. */
    private List<Stmt> block(String what, int headerToken) {
        List<Stmt> body = new ArrayList<>();
        if (!at(TokenKind.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (!at(TokenKind.INDENT)) {
            Token next = peek();
            int line = lineOf(toks[headerToken].start());
            throw new SyntaxFailure("expected an indented block after " + what + " on line " + line, next.start(),
                    next.end(), true, false);
        }
        advance();
        enter();
        try {
            while (!at(TokenKind.DEDENT)) {
                statement(body);
            }
        } finally {
            leave();
        }
        advance();
        return body;
    }

    private int lineOf(int byteOffset) {
        int line = 1;
        for (int i = 0; i < byteOffset && i < utf8.length; i++) {
            if (utf8[i] == '\n' || (utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The ':' ending a compound statement's header; CPython says "expected ':'" before a NEWLINE. */
    private void colon() {
        if (atOp(":")) {
            advance();
            return;
        }
        if (at(TokenKind.NEWLINE)) {
            throw errorAtLast("expected ':'");
        }
        throw invalidSyntax();
    }

    private Stmt ifStatement() {
        int start = pos;
        String keyword = advance().text();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'" + keyword + "' statement", start);
        List<Stmt> orelse = List.of();
        if (atName("elif")) {
            orelse = List.of(ifStatement());
        } else if (atName("else")) {
            orelse = elseBlock();
        }
        return new Stmt.If(span(start), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        int start = pos;
        advance();
        colon();
        return block("'else' statement", start);
    }

    private Stmt whileStatement() {
        int start = pos;
        advance();
        Expr test = namedExpression();
        colon();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = atName("else") ? elseBlock() : List.of();
        return new Stmt.While(span(start), test, body, orelse);
    }

    private Stmt forStatement(int start, boolean async) {
        int forTok = pos;
        advance();
        Expr target = starTargets();
        expectName("in");
        Expr iter = starExpressions();
        colon();
        List<Stmt> body = block("'for' statement", forTok);
        List<Stmt> orelse = atName("else") ? elseBlock() : List.of();
        return async ? new Stmt.AsyncFor(span(start), target, iter, body, orelse, null)
                : new Stmt.For(span(start), target, iter, body, orelse, null);
    }

    private Stmt withStatement(int start, boolean async) {
        int withTok = pos;
        advance();
        List<WithItem> items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        colon();
        List<Stmt> body = block("'with' statement", withTok);
        return async ? new Stmt.AsyncWith(span(start), items, body, null) : new Stmt.With(span(start), items, body, null);
    }

    /** {@code '(' ','.with_item+ ','? ')' ':'}, tried first as CPython does; null when it does not apply. */
    private List<WithItem> parenthesizedWithItems() {
        if (!atOp("(")) {
            return null;
        }
        int save = pos;
        int saveFurthest = furthest;
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            do {
                if (atOp(")")) {
                    break;
                }
                items.add(withItem());
            } while (acceptOp(","));
            expectOp(")");
            if (atOp(":")) {
                return items;
            }
        } catch (SyntaxFailure e) {
            // not the parenthesised form: reparse as ordinary items
        }
        pos = save;
        furthest = saveFurthest;
        return null;
    }

    private WithItem withItem() {
        int start = pos;
        Expr context = expression();
        Expr vars = null;
        if (acceptName("as")) {
            vars = storeTarget(starTargetsForWith(), Targets.Kind.STAR);
        }
        return new WithItem(span(start), context, vars);
    }

    private Expr starTargetsForWith() {
        if (atOp("*")) {
            int start = pos;
            advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(span(start), value, io.portalis.ingest.ast.ExprContext.Load);
        }
        return bitwiseOr();
    }

    private Stmt tryStatement() {
        int start = pos;
        advance();
        colon();
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (atName("except")) {
            boolean thisStar = peekAt(1).isOp("*");
            if (!handlers.isEmpty() && thisStar != star) {
                throw errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", peek());
            }
            star = thisStar;
            handlers.add(exceptHandler());
        }
        List<Stmt> orelse = !handlers.isEmpty() && atName("else") ? elseBlock() : List.of();
        List<Stmt> finalbody = List.of();
        if (atName("finally")) {
            int f = pos;
            advance();
            colon();
            finalbody = block("'finally' statement", f);
        } else if (handlers.isEmpty()) {
            throw errorAtLast("expected 'except' or 'finally' block");
        }
        return star ? new Stmt.TryStar(span(start), body, handlers, orelse, finalbody)
                : new Stmt.Try(span(start), body, handlers, orelse, finalbody);
    }

    private ExceptHandler exceptHandler() {
        int start = pos;
        advance();
        boolean star = acceptOp("*");
        Expr type = null;
        String name = null;
        if (!atOp(":")) {
            type = expression();
            if (atOp(",")) {
                int save = pos;
                advance();
                Expr more = expression();
                pos = save;
                throw error("multiple exception types must be parenthesized", type.span().start(), more.span().end());
            }
            if (acceptName("as")) {
                name = expectIdentifier();
            }
        }
        colon();
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", start);
        return new ExceptHandler(span(start), type, name, body);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (!at(TokenKind.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        if (atName("def")) {
            return functionDef(decorators, pos, false);
        }
        if (atName("class")) {
            return classDef(decorators);
        }
        if (atName("async")) {
            return asyncStatement(decorators);
        }
        throw invalidSyntax();
    }

    private Stmt asyncStatement(List<Expr> decorators) {
        int start = pos;
        Token next = peekAt(1);
        if (next.isName("def")) {
            advance();
            return functionDef(decorators, start, true);
        }
        if (!decorators.isEmpty()) {
            advance();
            throw invalidSyntax();
        }
        if (next.isName("for")) {
            advance();
            return forStatement(start, true);
        }
        if (next.isName("with")) {
            advance();
            return withStatement(start, true);
        }
        advance();
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, int start, boolean async) {
        int defTok = pos;
        advance();
        String name = expectIdentifier();
        List<TypeParam> typeParams = typeParams();
        if (!atOp("(")) {
            throw errorAtLast("expected '('");
        }
        advance();
        Arguments args = parameters(false, ")");
        expectOp(")");
        Expr returns = acceptOp("->") ? expression() : null;
        colon();
        List<Stmt> body = block("function definition", defTok);
        return async ? new Stmt.AsyncFunctionDef(span(start), name, args, body, decorators, returns, null, typeParams)
                : new Stmt.FunctionDef(span(start), name, args, body, decorators, returns, null, typeParams);
    }

    private Stmt classDef(List<Expr> decorators) {
        int start = pos;
        advance();
        String name = expectIdentifier();
        List<TypeParam> typeParams = typeParams();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            callArguments(bases, keywords);
        }
        colon();
        List<Stmt> body = block("class definition", start);
        return new Stmt.ClassDef(span(start), name, bases, keywords, body, decorators, typeParams);
    }

    // ---- match -------------------------------------------------------------------------

    /** {@code "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT}; null when 'match' is a name. */
    private Stmt matchStatement() {
        int start = pos;
        int saveFurthest = furthest;
        Expr subject;
        try {
            advance();
            subject = subjectExpression();
            if (!atOp(":") || peekAt(1).kind() != TokenKind.NEWLINE) {
                throw invalidSyntax();
            }
        } catch (SyntaxFailure notMatch) {
            pos = start;
            furthest = saveFurthest;
            return null;
        }
        advance();
        advance();
        if (!at(TokenKind.INDENT)) {
            Token next = peek();
            throw new SyntaxFailure("expected an indented block after 'match' statement on line "
                    + lineOf(toks[start].start()), next.start(), next.end(), true, false);
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (atName("case")) {
            cases.add(caseBlock());
        }
        if (!at(TokenKind.DEDENT)) {
            throw invalidSyntax();
        }
        advance();
        return new Stmt.Match(span(start), subject, cases);
    }

    private Expr subjectExpression() {
        int start = pos;
        Expr first = starNamedExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp(":")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(span(start), elts, io.portalis.ingest.ast.ExprContext.Load);
    }

    private MatchCase caseBlock() {
        int start = pos;
        advance();
        Pattern pattern = patterns();
        Expr guard = acceptName("if") ? namedExpression() : null;
        colon();
        List<Stmt> body = block("'case' statement", start);
        return new MatchCase(span(start), pattern, guard, body);
    }
}
