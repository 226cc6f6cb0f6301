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

    static RType named(String path, RType... args) {
        return new Named(path, List.of(args));
    }
}
