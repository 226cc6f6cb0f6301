package io.portalis.ingest.ast;

import java.util.List;

/**
 * A whole parse result: CPython's {@code mod} sum type.
 * Mirrors Python 3.12's {@code Parser/Python.asdl} field for field, in the same order, so that
 * {@code ast.dump} can be reproduced mechanically. Fields CPython marks optional ({@code ?}) are null
 * when absent. The first component of every node is its byte {@link Span} in the source.
 */
public sealed interface Mod extends Node
        permits Mod.Module, Mod.Interactive, Mod.Expression, Mod.FunctionType {

    record Module(Span span, List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
        public Module {
            body = Node.frozen(body);
            typeIgnores = Node.frozen(typeIgnores);
        }
    }

    record Interactive(Span span, List<Stmt> body) implements Mod {
        public Interactive {
            body = Node.frozen(body);
        }
    }

    record Expression(Span span, Expr body) implements Mod {}

    record FunctionType(Span span, List<Expr> argtypes, Expr returns) implements Mod {
        public FunctionType {
            argtypes = Node.frozen(argtypes);
        }
    }
}
