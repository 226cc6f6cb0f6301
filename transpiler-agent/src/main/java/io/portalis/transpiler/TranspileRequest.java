package io.portalis.transpiler;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.TypedModule;
import java.util.Objects;

/**
 * Translate {@code module} into a crate of kind {@code output}: a program whose {@code main}
 * runs the module, or a library whose public top-level functions are exported through the JSON
 * ABI (docs/ABI.md) after the module body has run once.
 */
public record TranspileRequest(TypedModule module, RustCrate.Output output) {
    public TranspileRequest {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(output, "output");
    }

    public static TranspileRequest program(TypedModule module) {
        return new TranspileRequest(module, RustCrate.Output.PROGRAM);
    }

    public static TranspileRequest library(TypedModule module) {
        return new TranspileRequest(module, RustCrate.Output.LIBRARY);
    }
}
