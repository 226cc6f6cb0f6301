package io.portalis.analysis.scope;

import io.portalis.analysis.types.PyType;

/** What a call expression calls, as name resolution found it. */
public sealed interface CallTarget {
    /** A built-in function such as {@code print} or {@code len}. */
    record Builtin(String name) implements CallTarget {}

    /** A function defined at module level. */
    record UserFunction(String name) implements CallTarget {}

    /** A method of a built-in type, such as {@code str.join} or {@code list.append}. */
    record Method(PyType receiver, String name) implements CallTarget {}

    /** {@code C(args)}: a new instance of the module class {@code C}, initialised by its {@code __init__}. */
    record Constructor(String className) implements CallTarget {}

    /**
     * {@code x.m(args)} on an instance whose static class is {@code className}: the method is
     * resolved along that class's bases, and overrides in its subclasses dispatch by the
     * instance's class. With {@code direct} ({@code super().m(args)}), no dispatch happens.
     */
    record ClassMethod(String className, String name, boolean direct) implements CallTarget {}

    /** A function of an imported module, such as {@code math.sqrt}. */
    record ModuleFunction(String module, String name) implements CallTarget {}
}
