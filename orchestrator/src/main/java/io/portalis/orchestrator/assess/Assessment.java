package io.portalis.orchestrator.assess;

import io.portalis.agents.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code portalis assess} of a directory: every module, in migration order (a module after the
 * project modules it imports; the members of an import cycle next to each other), the import
 * cycles, and diagnostics that belong to no single module's verdict (missing project modules,
 * cycles).
 */
public record Assessment(Path root, List<ModuleAssessment> modules, List<List<String>> cycles,
        List<Diagnostic> graphDiagnostics) {

    public Assessment {
        modules = List.copyOf(modules);
        cycles = List.copyOf(cycles);
        graphDiagnostics = List.copyOf(graphDiagnostics);
    }

    /** How many modules have each status (every status present, zero included). */
    public Map<ModuleAssessment.Status, Integer> totals() {
        Map<ModuleAssessment.Status, Integer> totals = new EnumMap<>(ModuleAssessment.Status.class);
        for (ModuleAssessment.Status s : ModuleAssessment.Status.values()) {
            totals.put(s, 0);
        }
        modules.forEach(m -> totals.merge(m.status(), 1, Integer::sum));
        return totals;
    }
}
