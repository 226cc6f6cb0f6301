package io.portalis.orchestrator;

import io.portalis.agents.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** Write {@code outDir/<stem>.report.json} for a module that failed before packaging. */
public record FailureReport(Path outDir, String stem, Path pythonSource, List<Diagnostic> diagnostics) {
    public FailureReport {
        diagnostics = List.copyOf(diagnostics);
    }
}
