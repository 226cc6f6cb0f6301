package io.portalis.analysis;

import io.portalis.agents.StageResult;
import io.portalis.analysis.infer.ModuleInference;
import io.portalis.ingest.ParsedModule;

/**
 * The analysis stage: scopes, symbols, types, and what cannot be translated. It returns the
 * typed module together with every problem found; a module with errors is not translated,
 * but all of its problems are reported at once.
 */
public final class AnalysisAgent {
    public StageResult<TypedModule> analyze(ParsedModule module) {
        ModuleInference.Result result = new ModuleInference(module).run();
        return StageResult.of(new TypedModule(module, result.facts()), result.problems().all());
    }
}
