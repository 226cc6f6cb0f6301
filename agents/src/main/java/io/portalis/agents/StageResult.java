package io.portalis.agents;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a stage returns: its value, if it produced one, together with every diagnostic it
 * found (STYLE.md rule 3). A stage that recovered may carry both a value and errors; the
 * job moves on only when {@link #succeeded()}.
 */
public record StageResult<T>(Optional<T> value, List<Diagnostic> diagnostics) {
    public StageResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> StageResult<T> of(T value, List<Diagnostic> diagnostics) {
        return new StageResult<>(Optional.of(value), diagnostics);
    }

    public static <T> StageResult<T> ok(T value) {
        return of(value, List.of());
    }

    public static <T> StageResult<T> failed(List<Diagnostic> diagnostics) {
        return new StageResult<>(Optional.empty(), diagnostics);
    }

    public static <T> StageResult<T> failed(Diagnostic diagnostic) {
        return failed(List.of(diagnostic));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** True when there is a value and no error: the next stage may run. */
    public boolean succeeded() {
        return value.isPresent() && !hasErrors();
    }

    /** This result's diagnostics placed after {@code earlier}: stages accumulate them. */
    public StageResult<T> withEarlier(List<Diagnostic> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(earlier);
        all.addAll(diagnostics);
        return new StageResult<>(value, all);
    }
}
