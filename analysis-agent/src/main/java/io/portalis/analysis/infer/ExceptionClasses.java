package io.portalis.analysis.infer;

import io.portalis.ingest.ast.Expr;
import java.util.Set;

/** The built-in exception classes a translated program may raise and catch by name. */
public final class ExceptionClasses {
    private ExceptionClasses() {}

    private static final Set<String> CLASSES = Set.of("BaseException", "Exception", "ArithmeticError", "LookupError",
            "ZeroDivisionError", "OverflowError", "ValueError", "IndexError", "KeyError", "TypeError", "RuntimeError",
            "NotImplementedError", "RecursionError", "NameError", "UnboundLocalError", "AssertionError", "AttributeError");

    public static boolean isClass(String name) {
        return CLASSES.contains(name);
    }

    /** A bare class name ({@code raise ValueError}). */
    public static boolean isClass(Expr e) {
        return e instanceof Expr.Name n && isClass(n.id());
    }

    /** What an except clause names: one class or a tuple of classes. */
    public static boolean isClassList(Expr e) {
        return isClass(e) || e instanceof Expr.Tuple t && !t.elts().isEmpty() && t.elts().stream().allMatch(ExceptionClasses::isClass);
    }
}
