package io.portalis.analysis;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.analysis.infer.ModuleInference;
import io.portalis.ingest.ParsedModule;

/**
 * The analysis stage: scopes, symbols, types, and what cannot be translated. It returns the
 * typed module together with every problem found; a module with errors is not translated,
 * but all of its problems are reported at once.
 */
public final class AnalysisAgent {
    public StageResult<TypedModule> analyze(ParsedModule module) {
        ModuleInference.Result result;
        try {
            result = new ModuleInference(module).run();
        } catch (RuntimeException bug) {
            // A bug in Portalis, not in the user's code: the module is refused, loudly.
            return StageResult.failed(internalError(module, bug));
        }
        return StageResult.of(new TypedModule(module, result.facts()), result.problems().all());
    }

    static Diagnostic internalError(ParsedModule module, RuntimeException bug) {
        return Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile(module.file().displayName()),
                        "internal error in analysis: " + bug)
                .withHelp("this is a Portalis bug; please report it with the input file");
    }
}
