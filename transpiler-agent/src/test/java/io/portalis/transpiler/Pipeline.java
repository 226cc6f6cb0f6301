package io.portalis.transpiler;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticRenderer;
import io.portalis.analysis.AnalysisAgent;
import io.portalis.analysis.TypedModule;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Runs ingest, analysis and the transpiler on one file, as the orchestrator will. */
final class Pipeline {
    private Pipeline() {}

    record Outcome(StageResult<RustCrate> crate, List<Diagnostic> diagnostics) {
        String rendered() {
            return diagnostics.stream().map(DiagnosticRenderer::render).collect(Collectors.joining());
        }
    }

    static Outcome run(Path file) {
        StageResult<ParsedModule> parsed = new IngestAgent().ingest(SourceFile.of(file));
        if (!parsed.succeeded()) {
            return new Outcome(StageResult.failed(parsed.diagnostics()), parsed.diagnostics());
        }
        StageResult<TypedModule> typed = new AnalysisAgent().analyze(parsed.value().orElseThrow());
        if (!typed.succeeded()) {
            return new Outcome(StageResult.failed(typed.diagnostics()), typed.diagnostics());
        }
        StageResult<RustCrate> crate = new TranspilerAgent().transpile(typed.value().orElseThrow());
        return new Outcome(crate, crate.diagnostics());
    }
}
