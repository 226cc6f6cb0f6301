package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.ParsedModule;
import io.portalis.transpiler.rust.RItem;
import java.util.Optional;

/**
 * Lowers a module whose types analysis could not pin down to Rust over {@code pyrt::value::Value}:
 * every Python value is dynamic, and every operation is a call into the runtime with CPython's
 * semantics. Used for whole modules the typed lowering refuses.
 */
public final class DynamicLowering {
    private final ParsedModule module;
    private final Problems problems;

    public DynamicLowering(ParsedModule module, Problems problems) {
        this.module = module;
        this.problems = problems;
    }

    /** The Rust file, or empty after reporting (to {@code problems}) what cannot be lowered. */
    public Optional<RItem.File> lower() {
        problems.unsupported(module.tree().span(), "code without static types", "dynamic lowering is not built yet");
        return Optional.empty();
    }
}
