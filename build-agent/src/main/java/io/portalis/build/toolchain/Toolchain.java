package io.portalis.build.toolchain;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Toolchains#discover()} found: a rustc with a WASI standard library, a rustc for
 * native builds, and a line for each place that was looked at and why it was not used.
 */
public record Toolchain(Optional<RustTarget> wasm, Optional<RustTarget> host, List<String> notes) {
    public Toolchain {
        notes = List.copyOf(notes);
    }
}
