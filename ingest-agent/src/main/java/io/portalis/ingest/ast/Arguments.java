package io.portalis.ingest.ast;

import java.util.List;

/** CPython's {@code arguments} node; fields as in Python 3.12's ASDL (optional ones are null when absent). */
public record Arguments(Span span, List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    public Arguments {
        posonlyargs = Node.frozen(posonlyargs);
        args = Node.frozen(args);
        kwonlyargs = Node.frozen(kwonlyargs);
        kwDefaults = Node.frozen(kwDefaults);
        defaults = Node.frozen(defaults);
    }
}
