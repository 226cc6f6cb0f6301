package io.portalis.orchestrator;

import io.portalis.agents.Stage;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import java.time.Duration;

/** The diagnostics the orchestrator itself reports when a stage, not the input, is at fault. */
final class StageFaults {
    private StageFaults() {}

    static Diagnostic crashed(String file, Stage stage, int attempts, String reason) {
        return Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile(file),
                        "the " + stage.label() + " stage crashed on this module " + times(attempts))
                .withNote("last failure: " + reason)
                .withHelp("this is a bug in Portalis; please report it with the input file");
    }

    static Diagnostic timedOut(String file, Stage stage, int attempts, Duration timeout) {
        return Diagnostic.error(DiagnosticCode.PTL0502, SourceSpan.wholeFile(file),
                        "the " + stage.label() + " stage did not finish within " + describe(timeout)
                                + (attempts == 1 ? "" : " (" + attempts + " attempts)"))
                .withHelp("raise portalis.orchestrator.stage-timeouts." + stage.label()
                        + " if the input is very large");
    }

    static Diagnostic noResult(String file, Stage stage) {
        return Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile(file),
                        "the " + stage.label() + " stage returned neither a result nor an error")
                .withHelp("this is a bug in Portalis; please report it with the input file");
    }

    static Diagnostic runnerStopped(String file) {
        return Diagnostic.error(DiagnosticCode.PTL0501, SourceSpan.wholeFile(file),
                        "the orchestrator lost track of this module")
                .withHelp("this is a bug in Portalis; please report it with the input file");
    }

    private static String times(int attempts) {
        return attempts == 1 ? "once" : attempts + " times";
    }

    /** {@code 300ms}, {@code 45s}, {@code 10m}: how people write durations in configuration. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000 || ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        return s % 60 != 0 ? s + "s" : s / 60 + "m";
    }
}
