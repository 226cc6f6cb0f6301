package io.portalis.analysis;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.ingest.ParsedModule;
import java.util.List;

/**
 * The analysis stage's output: the parsed module with what analysis learned about it (scopes,
 * symbols, inferred types), kept in side tables rather than on the tree (STYLE.md rule 2).
 *
 * <p>{@code typedProblems} are the reasons the module cannot be translated with static types
 * alone. They do not stop the pipeline: such a module is translated with dynamic values
 * (issue 4's hybrid typing), and only problems the dynamic translation also has are reported.
 */
public record TypedModule(ParsedModule parsed, ModuleFacts facts, List<Diagnostic> typedProblems) {
    public TypedModule {
        typedProblems = List.copyOf(typedProblems);
    }

    public TypedModule(ParsedModule parsed, ModuleFacts facts) {
        this(parsed, facts, List.of());
    }

    /** Whether every value's type is known, so the typed lowering can translate the module. */
    public boolean fullyTyped() {
        return typedProblems.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
}
