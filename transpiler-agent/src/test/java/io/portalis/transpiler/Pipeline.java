package io.portalis.transpiler;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticRenderer;
import io.portalis.analysis.AnalysisAgent;
import io.portalis.analysis.Problems;
import io.portalis.transpiler.lower.ModuleLowering;
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

    /**
     * Only the typed translation: the diagnostics that send a module to dynamic values (from
     * analysis, or from the typed lowering).
     */
    static Outcome typedOnly(Path file) {
        StageResult<ParsedModule> parsed = new IngestAgent().ingest(SourceFile.of(file));
        if (!parsed.succeeded()) {
            return new Outcome(StageResult.failed(parsed.diagnostics()), parsed.diagnostics());
        }
        TypedModule typed = new AnalysisAgent().analyze(parsed.value().orElseThrow()).value().orElseThrow();
        if (!typed.fullyTyped()) {
            return new Outcome(StageResult.failed(typed.typedProblems()), typed.typedProblems());
        }
        var module = typed.parsed();
        Problems problems = new Problems(module.file().displayName(), module.lines());
        if (new ModuleLowering(typed, problems).lower().isPresent()) {
            StageResult<RustCrate> crate = new TranspilerAgent().transpile(typed);
            return new Outcome(crate, crate.diagnostics());
        }
        return new Outcome(StageResult.failed(problems.all()), problems.all());
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
