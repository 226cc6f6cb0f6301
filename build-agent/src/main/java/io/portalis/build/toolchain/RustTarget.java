package io.portalis.build.toolchain;

/**
 * A rustc together with the target triple it builds for: {@code wasm32-wasip1} (rustup, rustc
 * 1.78 and later), {@code wasm32-wasi} (older rustc such as Debian's 1.63) or the host triple.
 */
public record RustTarget(Rustc rustc, String triple) {
    public boolean isWasm() {
        return triple.startsWith("wasm32");
    }
}
