package io.portalis.orchestrator.store;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.orchestrator.VerificationSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished module as the store keeps it (JSON): how it ended, and its output files, each by
 * its path relative to the output directory and the SHA-256 of its bytes in the object store.
 *
 * @param binary the binary's relative path, when packaging wrote one
 * @param crate  the crate directory's relative path, when packaging wrote one
 * @param report the report's relative path, when one was written
 */
record StoredModule(
        int version,
        String status,
        Optional<String> failedStage,
        List<Diagnostic> diagnostics,
        Optional<VerificationSummary> verification,
        Map<String, Long> timingsMs,
        Map<String, String> files,
        Optional<String> binary,
        Optional<String> crate,
        Optional<String> report) {
    static final int VERSION = 1;
}
