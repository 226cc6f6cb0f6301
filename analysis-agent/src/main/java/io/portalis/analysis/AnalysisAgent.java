package io.portalis.analysis;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.analysis.infer.ModuleInference;
import io.portalis.ingest.ParsedModule;

/**
 * The analysis stage: scopes, symbols, types, and what keeps a module from being translated with
 * static types alone ({@link TypedModule#typedProblems()}); such a module goes on to be
 * translated with dynamic values.
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
        // What stops static typing is not an error of the program: the transpiler falls back to
        // dynamic values for such a module, and reports what that cannot translate either.
        return StageResult.ok(new TypedModule(module, result.facts(), result.problems().all()));
    }

    static Diagnostic internalError(ParsedModule module, RuntimeException bug) {
        return Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile(module.file().displayName()),
                        "internal error in analysis: " + bug)
                .withHelp("this is a Portalis bug; please report it with the input file");
    }
}
