package io.portalis.transpiler.lower;

import io.portalis.analysis.types.PyType;
import io.portalis.transpiler.rust.RType;
import java.util.List;

/** The Rust type each Python type lowers to: {@code int} is {@code Int}, {@code list[T]} is {@code List<T>}. */
final class RustTypes {
    private RustTypes() {}

    static RType of(PyType t) {
        return switch (t) {
            case PyType.Int i -> RType.named("Int");
            case PyType.Float f -> RType.named("f64");
            case PyType.Bool b -> RType.named("bool");
            case PyType.Str s -> RType.named("Str");
            case PyType.NoneType n -> new RType.Unit();
            case PyType.ListOf l -> RType.named("List", of(l.element()));
            case PyType.DictOf d -> RType.named("Dict", of(d.key()), of(d.value()));
            case PyType.TupleOf tu -> new RType.Tuple(tu.elements().stream().map(RustTypes::of).toList());
            // An element type never learned belongs to a list nothing is ever put into.
            case PyType.ExceptionValue e -> RType.named("PyErr");
            case PyType.Instance c -> RType.named("Rc", RType.named(structName(c)));
            case PyType.OptionalOf o -> RType.named("Option", of(o.inner()));
            case PyType.Unknown u -> new RType.Unit();
            case PyType.Mixed m -> new RType.Unit();
        };
    }

    /**
     * The struct that holds instances of a class: one per hierarchy, named after its root
     * class, so an instance typed as a base class and one typed as a subclass are the same
     * Rust type and need no conversion (ClassLowering).
     */
    static String structName(PyType.Instance c) {
        List<String> mro = c.mro();
        return className(mro.get(mro.size() - 1));
    }

    static String className(String python) {
        return RustNames.of(python);
    }

    static RType result(PyType t) {
        return RType.named("PyResult", of(t));
    }

    /** Types whose Rust values are {@code Copy}, so reading a variable needs no clone. */
    static boolean isCopy(PyType t) {
        return t instanceof PyType.Float || t instanceof PyType.Bool || t instanceof PyType.NoneType
                || t instanceof PyType.Unknown;
    }
}
