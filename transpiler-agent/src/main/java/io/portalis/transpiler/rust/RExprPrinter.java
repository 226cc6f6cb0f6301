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
            case RExpr.AssocCall x -> {
                p.write(turbofish(x.type()) + "::" + x.function());
                args("(", x.args(), ")");
            }
            case RExpr.Macro x -> {
                p.write(x.name() + "!");
                args("[", x.args(), "]");
            }
            case RExpr.Tuple x -> {
                if (x.items().size() == 1) {
                    p.write("(");
                    expr(x.items().get(0));
                    p.write(",)");
                } else {
                    args("(", x.items(), ")");
                }
            }
            case RExpr.Field x -> {
                expr(x.receiver(), POSTFIX);
                p.write("." + x.index());
            }
            case RExpr.NamedField x -> {
                expr(x.receiver(), POSTFIX);
                p.write("." + x.name());
            }
            case RExpr.LabeledLoop x -> {
                p.write("'" + x.label() + ": loop ");
                p.block(x.body());
            }
            case RExpr.BreakWith x -> {
                p.write("break '" + x.label() + " ");
                expr(x.value());
            }
            case RExpr.Closure x -> {
                p.write(x.head() + " ");
                p.block(x.body());
            }
            case RExpr.Catch x -> {
                p.write("(match ");
                expr(x.inner());
                p.write(" { Ok(v) => v, Err(e) => break '" + x.label() + " Err(e) })");
            }
        }
        if (paren) {
            p.write(")");
        }
    }

    private static final int MAX_WIDTH = 100;

    /** Arguments on one line when they fit, else one per line as rustfmt lays them out. */
    private void args(String open, List<RExpr> args, String close) {
        p.write(open);
        int width = args.stream().mapToInt(RExprPrinter::flatWidth).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b + 2);
        boolean oneLine = args.isEmpty() || width >= 0 && p.column() + width + close.length() <= MAX_WIDTH
                || args.size() == 1 && flatWidth(args.get(0)) < 0;
        if (oneLine) {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    p.write(", ");
                }
                expr(args.get(i));
            }
        } else {
            p.newline();
            p.indented(() -> args.forEach(a -> {
                expr(a);
                p.write(",");
                p.newline();
            }));
        }
        p.write(close);
    }

    /** The length of {@code e} printed on one line, or -1 when it spans lines (blocks do). */
    static int flatWidth(RExpr e) {
        return switch (e) {
            case RExpr.Path x -> x.path().length();
            case RExpr.Lit x -> x.token().length();
            case RExpr.StrLit x -> quote(x.value()).length();
            case RExpr.Call x -> sum(flatWidth(x.callee()) + 2, x.args());
            case RExpr.MethodCall x -> sum(flatWidth(x.receiver()) + x.method().length() + 3, x.args());
            case RExpr.Try x -> add(flatWidth(x.inner()), 1);
            case RExpr.Ref x -> add(flatWidth(x.inner()), 1);
            case RExpr.Unary x -> add(flatWidth(x.operand()), x.op().length() + 2);
            case RExpr.Binary x -> flatWidth(x.left()) < 0 ? -1 : add(flatWidth(x.right()),
                    flatWidth(x.left()) + x.op().length() + 4);
            case RExpr.Block x -> -1;
            case RExpr.IfElse x -> -1;
            case RExpr.Array x -> sum(2, x.items());
            case RExpr.Macro x -> sum(x.name().length() + 3, x.args());
            case RExpr.AssocCall x -> sum(30, x.args());
            case RExpr.Tuple x -> sum(3, x.items());
            case RExpr.Field x -> add(flatWidth(x.receiver()), 4);
            case RExpr.NamedField x -> add(flatWidth(x.receiver()), x.name().length() + 1);
            case RExpr.LabeledLoop x -> -1;
            case RExpr.BreakWith x -> add(flatWidth(x.value()), x.label().length() + 8);
            case RExpr.Catch x -> add(flatWidth(x.inner()), x.label().length() + 50);
            case RExpr.Closure x -> -1;
        };
    }

    private static int add(int width, int more) {
        return width < 0 ? -1 : width + more;
    }

    private static int sum(int base, List<RExpr> items) {
        int total = base;
        for (RExpr item : items) {
            int w = flatWidth(item);
            if (w < 0) {
                return -1;
            }
            total += w + 2;
        }
        return total;
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
            case RExpr.AssocCall x -> POSTFIX;
            case RExpr.Tuple x -> POSTFIX + 1;
            case RExpr.Field x -> POSTFIX;
            case RExpr.NamedField x -> POSTFIX;
            case RExpr.LabeledLoop x -> POSTFIX;
            case RExpr.BreakWith x -> 0;
            case RExpr.Catch x -> POSTFIX + 1;
            case RExpr.Closure x -> 0;
        };
    }

    /** A type in expression position: generic arguments need {@code ::<>}. */
    private static String turbofish(RType t) {
        return switch (t) {
            case RType.Unit u -> "()";
            case RType.Ref r -> "<" + RustPrinter.type(r) + ">";
            case RType.Tuple tu -> "<" + RustPrinter.type(tu) + ">";
            case RType.Named n -> n.args().isEmpty() ? n.path()
                    : n.path() + "::<" + String.join(", ", n.args().stream().map(RustPrinter::type).toList()) + ">";
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
