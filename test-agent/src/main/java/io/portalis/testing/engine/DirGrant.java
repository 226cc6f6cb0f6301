package io.portalis.testing.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory a module may use, seen inside the module under {@code guest} (a WASI
 * preopened directory). A module's relative paths resolve against the grant named {@code "."};
 * without grants it has no file system at all (DESIGN.md §3).
 */
public record DirGrant(Path host, String guest) {
    public DirGrant {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(guest, "guest");
    }

    /**
     * {@code HOST[::GUEST]} as {@code portalis run --dir} takes it; without {@code ::GUEST} the
     * directory is the module's working directory {@code "."}.
     */
    public static DirGrant parse(String spec) {
        int at = spec.indexOf("::");
        if (at < 0) {
            return new DirGrant(Path.of(spec), ".");
        }
        String guest = spec.substring(at + 2);
        if (guest.isEmpty() || at == 0) {
            throw new IllegalArgumentException("--dir takes HOST[::GUEST], not `" + spec + "`");
        }
        return new DirGrant(Path.of(spec.substring(0, at)), guest);
    }
}
