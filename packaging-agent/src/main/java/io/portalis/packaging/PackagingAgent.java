package io.portalis.packaging;

import io.portalis.agents.StageResult;

/** The packaging stage: writes the module's binary, crate and JSON report. */
public final class PackagingAgent {
    public StageResult<PackagedModule> pack(PackageRequest request) {
        throw new UnsupportedOperationException("the packaging agent is being written");
    }
}
