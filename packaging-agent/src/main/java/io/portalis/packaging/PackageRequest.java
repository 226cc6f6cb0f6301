package io.portalis.packaging;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.build.BuiltModule;
import io.portalis.testing.Verification;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Write one module's outputs under {@code outDir}: {@code <stem>.wasm}, the crate in
 * {@code <stem>/} and {@code <stem>.report.json}, carrying every diagnostic the job gathered.
 */
public record PackageRequest(
        Path outDir, String stem, Path pythonSource, BuiltModule built, Optional<Verification> verification,
        List<Diagnostic> diagnostics) {}
