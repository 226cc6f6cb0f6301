package io.portalis.orchestrator.cli;

import java.util.List;

/** The WASM engines the CLI accepts by name (DESIGN.md §3). */
final class Engines {
    static final List<String> NAMES = List.of("chicory", "wasmtime");

    private Engines() {}
}
