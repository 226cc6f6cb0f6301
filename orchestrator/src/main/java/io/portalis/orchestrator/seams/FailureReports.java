package io.portalis.orchestrator.seams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.orchestrator.FailureReport;
import io.portalis.orchestrator.json.DiagnosticJson;
import io.portalis.packaging.PackagingAgent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code <stem>.report.json} for a module that failed before packaging.
 *
 * <p>TODO(lead): switch to {@code packaging.reportFailure(outDir, stem, pythonSource, diagnostics)}
 * when it lands in PackagingAgent, and delete this class. Until then the method is looked up
 * reflectively (so it is used as soon as the packaging module has it) and, when it is absent, a
 * minimal report with the same diagnostics is written here.
 */
public final class FailureReports {
    private static final Optional<Method> REPORT_FAILURE = find();

    private FailureReports() {}

    @SuppressWarnings("unchecked")
    public static StageResult<Path> write(PackagingAgent packaging, FailureReport report) throws Exception {
        if (REPORT_FAILURE.isPresent()) {
            try {
                return (StageResult<Path>) REPORT_FAILURE.get().invoke(packaging, report.outDir(), report.stem(),
                        report.pythonSource(), report.diagnostics());
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return writeMinimal(report);
    }

    static StageResult<Path> writeMinimal(FailureReport report) {
        Path target = report.outDir().resolve(report.stem() + ".report.json");
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("module", report.stem());
        json.put("source", report.pythonSource().toString());
        json.put("status", "failed");
        json.set("diagnostics", DiagnosticJson.toJson(report.diagnostics()));
        try {
            Files.createDirectories(report.outDir());
            Files.writeString(target, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json)
                    + "\n");
            return StageResult.ok(target);
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0401, SourceSpan.wholeFile(target.toString()),
                    "cannot write the report: " + e.getMessage()));
        }
    }

    private static Optional<Method> find() {
        try {
            return Optional.of(PackagingAgent.class.getMethod("reportFailure", Path.class, String.class, Path.class,
                    List.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
