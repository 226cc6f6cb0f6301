package io.portalis.transpiler;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.TypedModule;
import java.util.Objects;
import java.util.Optional;

/**
 * Translate {@code module} into a crate of kind {@code output}: a program whose {@code main}
 * runs the module, or a library whose public top-level functions are exported through the JSON
 * ABI (docs/ABI.md) after the module body has run once. {@code typedAbandoned}, when present,
 * says why the typed lowering must not be used (its crate failed to build or to reproduce
 * CPython's output), and the module is lowered to dynamic values.
 */
public record TranspileRequest(TypedModule module, RustCrate.Output output, Optional<String> typedAbandoned) {
    public TranspileRequest {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(typedAbandoned, "typedAbandoned");
    }

    public static TranspileRequest program(TypedModule module) {
        return new TranspileRequest(module, RustCrate.Output.PROGRAM, Optional.empty());
    }

    public static TranspileRequest library(TypedModule module) {
        return new TranspileRequest(module, RustCrate.Output.LIBRARY, Optional.empty());
    }

    /** The same request, lowered to dynamic values because the typed crate failed for {@code reason}. */
    public TranspileRequest withoutTypedLowering(String reason) {
        return new TranspileRequest(module, output, Optional.of(reason));
    }
}
