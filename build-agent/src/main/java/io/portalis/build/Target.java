package io.portalis.build;

/** What a crate is built for. */
public enum Target {
    /** WebAssembly with WASI preview 1 ({@code wasm32-wasi} on old rustc, {@code wasm32-wasip1} on new). */
    WASM32_WASI("wasm32-wasi"),
    /** The host's own machine code. */
    NATIVE("native");

    private final String cliName;

    Target(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
