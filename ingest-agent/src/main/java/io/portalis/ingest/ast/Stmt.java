package io.portalis.ingest.ast;

import java.util.List;

/**
 * Statements: CPython's {@code stmt} sum type.
 * Mirrors Python 3.12's {@code Parser/Python.asdl} field for field, in the same order, so that
 * {@code ast.dump} can be reproduced mechanically. Fields CPython marks optional ({@code ?}) are null
 * when absent. The first component of every node is its byte {@link Span} in the source.
 */
public sealed interface Stmt extends Node
        permits Stmt.FunctionDef, Stmt.AsyncFunctionDef, Stmt.ClassDef, Stmt.Return, Stmt.Delete, Stmt.Assign, Stmt.TypeAlias, Stmt.AugAssign, Stmt.AnnAssign, Stmt.For, Stmt.AsyncFor, Stmt.While, Stmt.If, Stmt.With, Stmt.AsyncWith, Stmt.Match, Stmt.Raise, Stmt.Try, Stmt.TryStar, Stmt.Assert, Stmt.Import, Stmt.ImportFrom, Stmt.Global, Stmt.Nonlocal, Stmt.ExprStmt, Stmt.Pass, Stmt.Break, Stmt.Continue {

    record FunctionDef(Span span, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, String typeComment, List<TypeParam> typeParams) implements Stmt {
        public FunctionDef {
            body = Node.frozen(body);
            decoratorList = Node.frozen(decoratorList);
            typeParams = Node.frozen(typeParams);
        }
    }

    record AsyncFunctionDef(Span span, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, String typeComment, List<TypeParam> typeParams) implements Stmt {
        public AsyncFunctionDef {
            body = Node.frozen(body);
            decoratorList = Node.frozen(decoratorList);
            typeParams = Node.frozen(typeParams);
        }
    }

    record ClassDef(Span span, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, List<TypeParam> typeParams) implements Stmt {
        public ClassDef {
            bases = Node.frozen(bases);
            keywords = Node.frozen(keywords);
            body = Node.frozen(body);
            decoratorList = Node.frozen(decoratorList);
            typeParams = Node.frozen(typeParams);
        }
    }

    record Return(Span span, Expr value) implements Stmt {}

    record Delete(Span span, List<Expr> targets) implements Stmt {
        public Delete {
            targets = Node.frozen(targets);
        }
    }

    record Assign(Span span, List<Expr> targets, Expr value, String typeComment) implements Stmt {
        public Assign {
            targets = Node.frozen(targets);
        }
    }

    record TypeAlias(Span span, Expr name, List<TypeParam> typeParams, Expr value) implements Stmt {
        public TypeAlias {
            typeParams = Node.frozen(typeParams);
        }
    }

    record AugAssign(Span span, Expr target, Operator op, Expr value) implements Stmt {}

    record AnnAssign(Span span, Expr target, Expr annotation, Expr value, int simple) implements Stmt {}

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment) implements Stmt {
        public For {
            body = Node.frozen(body);
            orelse = Node.frozen(orelse);
        }
    }

    record AsyncFor(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment) implements Stmt {
        public AsyncFor {
            body = Node.frozen(body);
            orelse = Node.frozen(orelse);
        }
    }

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public While {
            body = Node.frozen(body);
            orelse = Node.frozen(orelse);
        }
    }

    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public If {
            body = Node.frozen(body);
            orelse = Node.frozen(orelse);
        }
    }

    record With(Span span, List<WithItem> items, List<Stmt> body, String typeComment) implements Stmt {
        public With {
            items = Node.frozen(items);
            body = Node.frozen(body);
        }
    }

    record AsyncWith(Span span, List<WithItem> items, List<Stmt> body, String typeComment) implements Stmt {
        public AsyncWith {
            items = Node.frozen(items);
            body = Node.frozen(body);
        }
    }

    record Match(Span span, Expr subject, List<MatchCase> cases) implements Stmt {
        public Match {
            cases = Node.frozen(cases);
        }
    }

    record Raise(Span span, Expr exc, Expr cause) implements Stmt {}

    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {
        public Try {
            body = Node.frozen(body);
            handlers = Node.frozen(handlers);
            orelse = Node.frozen(orelse);
            finalbody = Node.frozen(finalbody);
        }
    }

    record TryStar(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {
        public TryStar {
            body = Node.frozen(body);
            handlers = Node.frozen(handlers);
            orelse = Node.frozen(orelse);
            finalbody = Node.frozen(finalbody);
        }
    }

    record Assert(Span span, Expr test, Expr msg) implements Stmt {}

    record Import(Span span, List<Alias> names) implements Stmt {
        public Import {
            names = Node.frozen(names);
        }
    }

    record ImportFrom(Span span, String module, List<Alias> names, Integer level) implements Stmt {
        public ImportFrom {
            names = Node.frozen(names);
        }
    }

    record Global(Span span, List<String> names) implements Stmt {
        public Global {
            names = Node.frozen(names);
        }
    }

    record Nonlocal(Span span, List<String> names) implements Stmt {
        public Nonlocal {
            names = Node.frozen(names);
        }
    }

    record ExprStmt(Span span, Expr value) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}
}
