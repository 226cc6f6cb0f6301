package io.portalis.transpiler;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.TypedModule;

/** The transpiler stage: lowers a typed module to a Rust crate that links against {@code pyrt}. */
public final class TranspilerAgent {
    public StageResult<RustCrate> transpile(TypedModule module) {
        throw new UnsupportedOperationException("the transpiler is being written");
    }
}
