package io.portalis.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.analysis.scope.Symbol;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The analysis tests' fixture: parses a snippet and analyses it, viewed as the typed
 * translation sees it — it succeeds when the module is fully typed, and its diagnostics are
 * the reasons it is not ({@link TypedModule#typedProblems()}).
 */
final class TypedAnalysis {
    private TypedAnalysis() {}

    static StageResult<TypedModule> analyze(String source) {
        StageResult<ParsedModule> parsed = new IngestAgent()
                .ingestBytes(SourceFile.of(Path.of("t.py")), source.getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.succeeded(), () -> "parse failed: " + parsed.diagnostics());
        StageResult<TypedModule> analysed = new AnalysisAgent().analyze(parsed.value().orElseThrow());
        assertTrue(analysed.succeeded(), "analysis always hands the module on: " + analysed.diagnostics());
        TypedModule module = analysed.value().orElseThrow();
        return module.fullyTyped() ? StageResult.of(module, module.typedProblems())
                : StageResult.failed(module.typedProblems());
    }

    static ModuleFacts facts(String source) {
        StageResult<TypedModule> r = analyze(source);
        assertTrue(r.succeeded(), () -> "unexpected diagnostics: "
                + r.diagnostics().stream().map(Diagnostic::headline).toList());
        return r.value().orElseThrow().facts();
    }

    /** The inferred type of a module-level variable. */
    static PyType typeOf(ModuleFacts f, String variable) {
        return f.moduleScope().lookup(variable).map(Symbol::type).orElseThrow();
    }
}
