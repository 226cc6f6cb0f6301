package io.portalis.build;

import io.portalis.agents.artifacts.RustCrate;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Build {@code crate} for {@code target}, using {@code workDir} for sources and outputs.
 *
 * @param pythonFile how diagnostics name the Python file the crate was translated from; rustc's
 *                   errors are mapped back to lines of this file through the crate's source map
 */
public record BuildRequest(RustCrate crate, Target target, Path workDir, String pythonFile) {
    public BuildRequest {
        Objects.requireNonNull(crate, "crate");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(pythonFile, "pythonFile");
    }

    /** Names the Python file after the module: {@code pkg/mod.py} for {@code pkg.mod}. */
    public BuildRequest(RustCrate crate, Target target, Path workDir) {
        this(crate, target, workDir, crate.module().dottedName().replace('.', '/') + ".py");
    }
}
