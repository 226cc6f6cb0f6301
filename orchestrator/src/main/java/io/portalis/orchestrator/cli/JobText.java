package io.portalis.orchestrator.cli;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticRenderer;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.VerificationSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A job's result for people, on stderr: each module's diagnostics rendered as rustc does
 * (headline first), then one summary line per module, then a total for multi-file jobs.
 */
final class JobText {
    private static final long MAX_SOURCE_BYTES = 8 << 20;

    private JobText() {}

    static void write(JobResult result, PrintStream err) {
        Map<String, List<String>> sources = new HashMap<>();
        for (ModuleOutcome module : result.modules()) {
            for (Diagnostic d : module.diagnostics()) {
                err.print(DiagnosticRenderer.render(d, sources.computeIfAbsent(d.span().file(), JobText::sourceLines)));
            }
            err.println(summary(module));
        }
        if (result.modules().size() > 1) {
            err.println("portalis: " + result.translatedCount() + " of " + result.modules().size()
                    + " modules translated");
        }
    }

    static String summary(ModuleOutcome module) {
        String name = module.source().toString();
        long errors = module.count(Severity.ERROR);
        long warnings = module.count(Severity.WARNING);
        if (!module.translated()) {
            return name + ": failed" + module.failedStage().map(s -> " at " + s.label()).orElse("") + " ("
                    + plural(errors, "error") + (warnings > 0 ? ", " + plural(warnings, "warning") : "") + ")";
        }
        String where = module.outputs().binary().map(p -> " -> " + p).orElse("");
        String check = module.verification().map(JobText::verified).orElse("not run");
        return name + ": translated" + where + " (" + check + (warnings > 0 ? ", " + plural(warnings, "warning") : "")
                + ")";
    }

    private static String verified(VerificationSummary v) {
        if (!v.comparedWithCPython()) {
            return "ran, exit code " + v.exitCode() + "; not compared with CPython";
        }
        return v.matches() ? "output matches CPython" : "output differs from CPython";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The file's lines for the caret display; none when it cannot be read or is not text. */
    private static List<String> sourceLines(String file) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_SOURCE_BYTES) {
                return List.of();
            }
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | InvalidPathException | SecurityException e) {
            return List.of();
        }
    }
}
