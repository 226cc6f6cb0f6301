package io.portalis.orchestrator.assess;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.orchestrator.assess.ModuleAssessment.Status;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The plain-text form of an {@link Assessment}: one line per module in migration order, then totals. */
public final class AssessmentText {
    private AssessmentText() {}

    public static void print(Assessment a, PrintStream out) {
        int width = Math.max(6, a.modules().stream().mapToInt(m -> m.name().length()).max().orElse(0));
        out.println("Assessment of " + a.root() + " (modules in migration order: each after the project"
                + " modules it imports)");
        out.println();
        out.printf("%-" + width + "s  %-12s  %-8s  %s%n", "module", "status", "lowering", "decided by");
        for (ModuleAssessment m : a.modules()) {
            out.printf("%-" + width + "s  %-12s  %-8s  %s%n", m.name(), m.status().label(), lowering(m), reason(m));
        }
        if (!a.cycles().isEmpty()) {
            out.println();
            for (List<String> cycle : a.cycles()) {
                out.println("import cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
            }
        }
        out.println();
        Map<Status, Integer> totals = a.totals();
        out.println("totals: " + a.modules().size() + " modules: " + totals.get(Status.TRANSLATABLE)
                + " translatable, " + totals.get(Status.NEEDS_WORK) + " needs work, " + totals.get(Status.BLOCKED)
                + " blocked");
    }

    static String lowering(ModuleAssessment m) {
        return m.lowering().map(l -> l.kind().name().toLowerCase(java.util.Locale.ROOT)).orElse("-");
    }

    /** The first deciding diagnostic's headline, with a count of the others. */
    static String reason(ModuleAssessment m) {
        if (!m.unprovided().isEmpty() && m.status() == Status.BLOCKED) {
            return "imports " + String.join(", ", m.unprovided()) + ", which neither the directory nor the runtime provides";
        }
        if (m.deciding().isEmpty()) {
            return "";
        }
        Diagnostic first = m.deciding().get(0);
        return first.headline() + more(m.deciding(), 1);
    }

    private static String more(List<Diagnostic> deciding, int shown) {
        int rest = deciding.size() - shown;
        return rest <= 0 ? "" : " (+" + rest + " more)";
    }
}
