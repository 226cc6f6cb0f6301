package io.portalis.ingest.ast;

import java.util.List;

/**
 * {@code match} patterns: CPython's {@code pattern} sum type.
 * Mirrors Python 3.12's {@code Parser/Python.asdl} field for field, in the same order, so that
 * {@code ast.dump} can be reproduced mechanically. Fields CPython marks optional ({@code ?}) are null
 * when absent. The first component of every node is its byte {@link Span} in the source.
 */
public sealed interface Pattern extends Node
        permits Pattern.MatchValue, Pattern.MatchSingleton, Pattern.MatchSequence, Pattern.MatchMapping, Pattern.MatchClass, Pattern.MatchStar, Pattern.MatchAs, Pattern.MatchOr {

    record MatchValue(Span span, Expr value) implements Pattern {}

    record MatchSingleton(Span span, PyConstant value) implements Pattern {}

    record MatchSequence(Span span, List<Pattern> patterns) implements Pattern {
        public MatchSequence {
            patterns = Node.frozen(patterns);
        }
    }

    record MatchMapping(Span span, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {
        public MatchMapping {
            keys = Node.frozen(keys);
            patterns = Node.frozen(patterns);
        }
    }

    record MatchClass(Span span, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {
        public MatchClass {
            patterns = Node.frozen(patterns);
            kwdAttrs = Node.frozen(kwdAttrs);
            kwdPatterns = Node.frozen(kwdPatterns);
        }
    }

    record MatchStar(Span span, String name) implements Pattern {}

    record MatchAs(Span span, Pattern pattern, String name) implements Pattern {}

    record MatchOr(Span span, List<Pattern> patterns) implements Pattern {
        public MatchOr {
            patterns = Node.frozen(patterns);
        }
    }
}
