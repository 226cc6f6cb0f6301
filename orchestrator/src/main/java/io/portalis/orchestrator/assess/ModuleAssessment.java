package io.portalis.orchestrator.assess;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code portalis assess} found for one module.
 *
 * @param name the dotted module name within the assessed directory
 * @param deciding the diagnostics that decide the status (the errors; empty when translatable)
 * @param lowering for a translatable module, which translation it gets (typed or dynamic, and why)
 * @param projectImports modules of the same directory it imports (they come first in the migration order)
 * @param unprovided modules it imports that neither the directory nor Portalis's runtime provides
 */
public record ModuleAssessment(
        String name,
        Path path,
        Status status,
        List<Diagnostic> deciding,
        Optional<RustCrate.Lowering> lowering,
        List<String> projectImports,
        List<String> unprovided) {

    public ModuleAssessment {
        deciding = List.copyOf(deciding);
        projectImports = List.copyOf(projectImports);
        unprovided = List.copyOf(unprovided);
    }

    /** How far a module is from translation. */
    public enum Status {
        /** Translates as it is: the transpiler produced Rust with no error. */
        TRANSLATABLE("translatable"),
        /**
         * The code uses constructs or project imports Portalis does not translate yet; rewriting
         * those parts (or a later Portalis) makes it translatable.
         */
        NEEDS_WORK("needs work"),
        /**
         * Cannot be translated without outside change: the file does not parse or cannot be read,
         * it runs Python source at run time ({@code eval}/{@code exec}), or it imports a module
         * that neither the directory nor the runtime provides (a C extension, a third-party
         * package, an unmapped part of the standard library).
         */
        BLOCKED("blocked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
