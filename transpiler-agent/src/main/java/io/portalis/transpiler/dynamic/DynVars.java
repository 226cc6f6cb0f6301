package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;

/**
 * Where a Python name lives in the generated code and how to read, write and delete it:
 * a {@code Global} slot, a Rust local ({@code Value} for parameters that are never deleted,
 * else {@code Option<Value>} so that an unbound read raises), a {@code Cell} shared with
 * closures, or a builtin.
 */
final class DynVars {
    private DynVars() {}

    sealed interface Ref {}

    record Global(String py) implements Ref {}

    /** {@code walrus}: assigned by {@code :=} somewhere, so a borrow could overlap the assignment. */
    record Local(String rust, String py, boolean plain, boolean walrus) implements Ref {}

    record CellVar(String rust, String py, boolean free) implements Ref {}

    record Builtin(String py) implements Ref {}

    record Missing(String py) implements Ref {}

    /** The generated function that reads an {@code Option<Value>} local or raises UnboundLocalError. */
    static final String READ_LOCAL = "read_local";

    /** The runtime function that borrows an {@code Option<Value>} local or raises UnboundLocalError. */
    static final String LOCAL_REF = "local_ref";

    /** The Rust variable of the class cell that {@code super()} reads. */
    static final String CLASS_CELL = "class__cell";

    static String rustLocal(Scope scope, String py) {
        if (py.equals(ScopeAnalysis.CLASS_CELL)) {
            return CLASS_CELL;
        }
        return scope.kind == Scope.Kind.CLASS ? "c__" + py : DynNames.local(py);
    }

    static Ref resolve(Dyn d, String name) {
        Scope s = d.fn.scope();
        if (s.kind == Scope.Kind.MODULE || s.globals.contains(name)) {
            return moduleLevel(d, name);
        }
        if (s.isLocal(name)) {
            return local(s, name, false);
        }
        if (s.kind == Scope.Kind.CLASS && name.equals(ScopeAnalysis.CLASS_CELL)) {
            return new CellVar(CLASS_CELL, name, false);
        }
        boolean crossed = s.kind.isClosure();
        for (Scope a = s.parent; a != null && a.kind != Scope.Kind.MODULE; a = a.parent) {
            if (a.kind == Scope.Kind.CLASS) {
                if (name.equals(ScopeAnalysis.CLASS_CELL)) {
                    return new CellVar(CLASS_CELL, name, crossed);
                }
            } else if (a.isLocal(name)) {
                return local(a, name, crossed);
            }
            crossed |= a.kind.isClosure();
        }
        return moduleLevel(d, name);
    }

    private static Ref local(Scope a, String name, boolean crossed) {
        String rust = rustLocal(a, name);
        if (a.cells.contains(name) || crossed) {
            return new CellVar(rust, name, crossed);
        }
        return new Local(rust, name, a.isPlain(name), a.walrus.contains(name));
    }

    private static Ref moduleLevel(Dyn d, String name) {
        if (d.scopes.moduleNames.contains(name)) {
            return new Global(name);
        }
        if (DynNames.isBuiltinValue(name)) {
            return new Builtin(name);
        }
        return new Missing(name);
    }

    /** Reads {@code name} as an owned {@code Value}. */
    static RExpr read(Dyn d, Span s, String name) {
        return switch (resolve(d, name)) {
            case Global g -> DynNames.isBuiltinValue(name)
                    ? new RExpr.IfElse(s, R.method(s, R.path(s, DynNames.global(name)), "is_bound"),
                            d.q(s, R.method(s, R.path(s, DynNames.global(name)), "get")),
                            d.q(s, R.call(s, "b::value", R.str(s, name))))
                    : d.q(s, R.method(s, R.path(s, DynNames.global(name)), "get"));
            case Local l -> l.plain() ? R.method(s, R.path(s, l.rust()), "clone")
                    : d.q(s, R.call(s, READ_LOCAL, R.ref(s, R.path(s, l.rust())), R.str(s, name)));
            case CellVar c -> d.q(s, R.method(s, R.path(s, c.rust()), c.free() ? "get_free" : "get", R.str(s, name)));
            case Builtin b -> d.q(s, R.call(s, "b::value", R.str(s, name)));
            case Missing m -> {
                if (name.equals("NotImplemented") || name.equals("Ellipsis")) {
                    yield R.path(s, "Value::" + name);
                }
                if (DynNames.DYNAMIC.contains(name)) {
                    d.problems.dynamicFeature(s, name);
                    d.failed = true;
                    yield R.none(s);
                }
                if (name.equals("__file__")) {
                    // CPython's is the script's real path, which a translation running under the
                    // sandbox's directory grants neither knows nor can open.
                    yield d.unsupported(s, "`__file__` (the module's path on disk)",
                            "pass paths relative to the working directory, or as arguments");
                }
                if (!DynNames.CPYTHON_BUILTINS.contains(name)) {
                    // Never bound anywhere: CPython raises NameError when this runs, and so do we.
                    RExpr error = NameSuggestion.trailer(name, d.fn.scope(), d.scopes.allBindings())
                            .map(hint -> R.call(s, "PyErr::name_error_hint", R.str(s, name), R.str(s, hint)))
                            .orElseGet(() -> R.call(s, "PyErr::name_error", R.str(s, name)));
                    yield d.q(s, R.call(s, "Err::<Value, PyErr>", error));
                }
                yield d.unsupported(s, "the builtin `" + name + "`, which the runtime does not provide",
                        "avoid this builtin, or rewrite the code with the supported ones");
            }
        };
    }

    /** A borrow of {@code name}'s value: {@code &x} for plain locals, else of a fresh read. */
    static RExpr borrow(Dyn d, Span s, String name) {
        if (resolve(d, name) instanceof Local l && !l.walrus()) {
            // Borrowing skips a clone (and its drop) per read: the hottest cost of dynamic code.
            return l.plain() ? R.ref(s, R.path(s, l.rust()))
                    : d.q(s, R.call(s, LOCAL_REF, R.ref(s, R.path(s, l.rust())), R.str(s, name)));
        }
        return R.ref(s, read(d, s, name));
    }

    /** {@code name = value}. */
    static RStmt write(Dyn d, Span s, String name, RExpr value) {
        return switch (resolve(d, name)) {
            case Global g -> R.stmt(s, R.method(s, R.path(s, DynNames.global(name)), "set", value));
            case Local l -> l.plain() ? R.assign(s, l.rust(), value) : R.assign(s, l.rust(), R.call(s, "Some", value));
            case CellVar c -> R.stmt(s, R.method(s, R.path(s, c.rust()), "set", value));
            case Builtin b -> R.stmt(s, d.unsupported(s, "assignment to `" + name + "`", "rename the variable"));
            case Missing m -> R.stmt(s, d.unsupported(s, "assignment to `" + name + "`", "rename the variable"));
        };
    }

    /** {@code del name}. */
    static RStmt delete(Dyn d, Span s, String name) {
        return switch (resolve(d, name)) {
            case Global g -> R.stmt(s, d.q(s, R.method(s, R.path(s, DynNames.global(name)), "delete")));
            case Local l -> R.stmt(s, d.q(s, R.method(s, R.method(s, R.path(s, l.rust()), "take"), "ok_or_else",
                    R.lit(s, "|| PyErr::unbound_local(\"" + name + "\")"))));
            case CellVar c -> R.stmt(s, d.q(s, R.method(s, R.path(s, c.rust()), "delete", R.str(s, name))));
            case Builtin b -> R.stmt(s, d.unsupported(s, "`del` of a builtin", "remove it"));
            case Missing m -> R.stmt(s, d.unsupported(s, "`del` of an undefined name", "remove it"));
        };
    }
}
