package io.portalis.transpiler.rust;

import java.util.List;

/** A Rust type as generated code spells it: a path with generic arguments, or {@code ()}. */
public sealed interface RType {
    record Named(String path, List<RType> args) implements RType {
        public Named {
            args = List.copyOf(args);
        }
    }

    record Unit() implements RType {}

    /** A Rust tuple type with at least one element. */
    record Tuple(List<RType> items) implements RType {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** A shared reference {@code &T}. */
    record Ref(RType inner) implements RType {}

    static RType named(String path, RType... args) {
        return new Named(path, List.of(args));
    }
}
