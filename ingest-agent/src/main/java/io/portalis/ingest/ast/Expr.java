package io.portalis.ingest.ast;

/**
 * Expressions: CPython's {@code expr} sum type.
 * Mirrors Python 3.12's {@code Parser/Python.asdl} field for field, in the same order, so that
 * {@code ast.dump} can be reproduced mechanically. Fields CPython marks optional ({@code ?}) are null
 * when absent. The first component of every node is its byte {@link Span} in the source.
 */
public sealed interface Expr extends Node
        permits Expr.BoolOp, Expr.NamedExpr, Expr.BinOp, Expr.UnaryOp, Expr.Lambda, Expr.IfExp, Expr.Dict, Expr.Set, Expr.ListComp, Expr.SetComp, Expr.DictComp, Expr.GeneratorExp, Expr.Await, Expr.Yield, Expr.YieldFrom, Expr.Compare, Expr.Call, Expr.FormattedValue, Expr.JoinedStr, Expr.Constant, Expr.Attribute, Expr.Subscript, Expr.Starred, Expr.Name, Expr.List, Expr.Tuple, Expr.Slice {

    record BoolOp(Span span, BoolOperator op, java.util.List<Expr> values) implements Expr {
        public BoolOp {
            values = Node.frozen(values);
        }
    }

    record NamedExpr(Span span, Expr target, Expr value) implements Expr {}

    record BinOp(Span span, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Span span, UnaryOperator op, Expr operand) implements Expr {}

    record Lambda(Span span, Arguments args, Expr body) implements Expr {}

    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {}

    record Dict(Span span, java.util.List<Expr> keys, java.util.List<Expr> values) implements Expr {
        public Dict {
            keys = Node.frozen(keys);
            values = Node.frozen(values);
        }
    }

    record Set(Span span, java.util.List<Expr> elts) implements Expr {
        public Set {
            elts = Node.frozen(elts);
        }
    }

    record ListComp(Span span, Expr elt, java.util.List<Comprehension> generators) implements Expr {
        public ListComp {
            generators = Node.frozen(generators);
        }
    }

    record SetComp(Span span, Expr elt, java.util.List<Comprehension> generators) implements Expr {
        public SetComp {
            generators = Node.frozen(generators);
        }
    }

    record DictComp(Span span, Expr key, Expr value, java.util.List<Comprehension> generators) implements Expr {
        public DictComp {
            generators = Node.frozen(generators);
        }
    }

    record GeneratorExp(Span span, Expr elt, java.util.List<Comprehension> generators) implements Expr {
        public GeneratorExp {
            generators = Node.frozen(generators);
        }
    }

    record Await(Span span, Expr value) implements Expr {}

    record Yield(Span span, Expr value) implements Expr {}

    record YieldFrom(Span span, Expr value) implements Expr {}

    record Compare(Span span, Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators) implements Expr {
        public Compare {
            ops = Node.frozen(ops);
            comparators = Node.frozen(comparators);
        }
    }

    record Call(Span span, Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords) implements Expr {
        public Call {
            args = Node.frozen(args);
            keywords = Node.frozen(keywords);
        }
    }

    record FormattedValue(Span span, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record JoinedStr(Span span, java.util.List<Expr> values) implements Expr {
        public JoinedStr {
            values = Node.frozen(values);
        }
    }

    record Constant(Span span, PyConstant value, String kind) implements Expr {}

    record Attribute(Span span, Expr value, String attr, ExprContext ctx) implements Expr {}

    record Subscript(Span span, Expr value, Expr slice, ExprContext ctx) implements Expr {}

    record Starred(Span span, Expr value, ExprContext ctx) implements Expr {}

    record Name(Span span, String id, ExprContext ctx) implements Expr {}

    record List(Span span, java.util.List<Expr> elts, ExprContext ctx) implements Expr {
        public List {
            elts = Node.frozen(elts);
        }
    }

    record Tuple(Span span, java.util.List<Expr> elts, ExprContext ctx) implements Expr {
        public Tuple {
            elts = Node.frozen(elts);
        }
    }

    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {}
}
