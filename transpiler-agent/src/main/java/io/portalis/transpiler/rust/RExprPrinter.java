package io.portalis.transpiler.rust;

import java.util.List;

/** Prints expressions with the fewest parentheses Rust's precedence rules allow. */
final class RExprPrinter {
    private static final int POSTFIX = 14;
    private static final int PREFIX = 13;
    private static final int LOWEST = 0;

    private final RustPrinter p;

    RExprPrinter(RustPrinter p) {
        this.p = p;
    }

    void expr(RExpr e) {
        expr(e, LOWEST);
    }

    private void expr(RExpr e, int context) {
        boolean paren = precedence(e) < context;
        if (paren) {
            p.write("(");
        }
        switch (e) {
            case RExpr.Path x -> p.write(x.path());
            case RExpr.Lit x -> p.write(x.token());
            case RExpr.StrLit x -> p.write(quote(x.value()));
            case RExpr.Call x -> {
                expr(x.callee(), POSTFIX);
                args("(", x.args(), ")");
            }
            case RExpr.MethodCall x -> {
                expr(x.receiver(), POSTFIX);
                p.write("." + x.method());
                args("(", x.args(), ")");
            }
            case RExpr.Try x -> {
                expr(x.inner(), POSTFIX);
                p.write("?");
            }
            case RExpr.Ref x -> {
                p.write("&");
                expr(x.inner(), PREFIX);
            }
            case RExpr.Unary x -> {
                p.write(x.op());
                expr(x.operand(), PREFIX);
            }
            case RExpr.Binary x -> binary(x);
            case RExpr.Block x -> block(x);
            case RExpr.IfElse x -> ifElse(x);
            case RExpr.Array x -> args("[", x.items(), "]");
            case RExpr.Macro x -> {
                p.write(x.name() + "!");
                args("[", x.args(), "]");
            }
        }
        if (paren) {
            p.write(")");
        }
    }

    private void args(String open, List<RExpr> args, String close) {
        p.write(open);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                p.write(", ");
            }
            expr(args.get(i));
        }
        p.write(close);
    }

    private void binary(RExpr.Binary x) {
        int prec = binaryPrecedence(x.op());
        boolean comparison = prec == 7;
        // Comparisons do not chain in Rust; other operators associate to the left.
        expr(x.left(), comparison ? prec + 1 : prec);
        p.write(" " + x.op() + " ");
        expr(x.right(), prec + 1);
    }

    private void block(RExpr.Block x) {
        p.write("{");
        p.newline();
        p.indented(() -> {
            x.stmts().forEach(p::stmt);
            if (x.tail() != null) {
                expr(x.tail());
                p.newline();
            }
        });
        p.write("}");
    }

    private void ifElse(RExpr.IfElse x) {
        p.write("if ");
        expr(x.cond());
        p.write(" { ");
        expr(x.then());
        p.write(" } else { ");
        expr(x.otherwise());
        p.write(" }");
    }

    private static int precedence(RExpr e) {
        return switch (e) {
            case RExpr.Binary b -> binaryPrecedence(b.op());
            case RExpr.Unary u -> PREFIX;
            case RExpr.Ref r -> PREFIX;
            case RExpr.IfElse i -> 1;
            case RExpr.Block b -> POSTFIX;
            case RExpr.Path x -> POSTFIX + 1;
            case RExpr.Lit x -> x.token().startsWith("-") ? PREFIX : POSTFIX + 1;
            case RExpr.StrLit x -> POSTFIX + 1;
            case RExpr.Call x -> POSTFIX;
            case RExpr.MethodCall x -> POSTFIX;
            case RExpr.Try x -> POSTFIX;
            case RExpr.Array x -> POSTFIX + 1;
            case RExpr.Macro x -> POSTFIX + 1;
        };
    }

    private static int binaryPrecedence(String op) {
        return switch (op) {
            case "*", "/", "%" -> 12;
            case "+", "-" -> 11;
            case "<<", ">>" -> 10;
            case "&" -> 9;
            case "^" -> 8;
            case "|" -> 8;
            case "==", "!=", "<", "<=", ">", ">=" -> 7;
            case "&&" -> 4;
            case "||" -> 3;
            default -> throw new IllegalArgumentException("not a Rust binary operator: " + op);
        };
    }

    /** A Rust string literal: escapes quotes, backslashes and control characters. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u{%x}", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
