package io.portalis.analysis;

import io.portalis.agents.StageResult;
import io.portalis.ingest.ParsedModule;

/** The analysis stage: scopes, symbols, types, and what cannot be translated. */
public final class AnalysisAgent {
    public StageResult<TypedModule> analyze(ParsedModule module) {
        throw new UnsupportedOperationException("analysis is being written");
    }
}
