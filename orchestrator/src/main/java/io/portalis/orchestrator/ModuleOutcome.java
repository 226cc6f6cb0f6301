package io.portalis.orchestrator;

import io.portalis.agents.ModuleId;
import io.portalis.agents.Stage;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one module of a job ended: translated, or failed at a stage; every diagnostic the stages
 * reported, the files written, what the verification run printed, and each stage's time.
 * {@code reused} says the outcome and its files came from the artifact store (earlier identical
 * work) rather than from running the pipeline now.
 */
public record ModuleOutcome(
        ModuleId module,
        Path source,
        Status status,
        Optional<Stage> failedStage,
        List<Diagnostic> diagnostics,
        Outputs outputs,
        Optional<VerificationSummary> verification,
        Map<Stage, Duration> timings,
        boolean reused) {

    public enum Status {
        TRANSLATED,
        FAILED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Paths packaging wrote; a failed module has only its report (when it could be written). */
    public record Outputs(Optional<Path> binary, Optional<Path> crateDir, Optional<Path> report) {
        public static Outputs none() {
            return new Outputs(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public ModuleOutcome {
        diagnostics = List.copyOf(diagnostics);
        timings = timings.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(timings));
    }

    /** An outcome the pipeline produced now. */
    public ModuleOutcome(ModuleId module, Path source, Status status, Optional<Stage> failedStage,
            List<Diagnostic> diagnostics, Outputs outputs, Optional<VerificationSummary> verification,
            Map<Stage, Duration> timings) {
        this(module, source, status, failedStage, diagnostics, outputs, verification, timings, false);
    }

    public boolean translated() {
        return status == Status.TRANSLATED;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
