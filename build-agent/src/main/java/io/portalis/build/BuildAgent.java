package io.portalis.build;

import io.portalis.agents.StageResult;

/** The build stage: compiles a generated crate with rustc, offline, against a cached {@code pyrt}. */
public final class BuildAgent {
    public StageResult<BuiltModule> build(BuildRequest request) {
        throw new UnsupportedOperationException("the build agent is being written");
    }
}
