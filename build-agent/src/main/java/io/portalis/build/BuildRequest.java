package io.portalis.build;

import io.portalis.agents.artifacts.RustCrate;
import java.nio.file.Path;

/** Build {@code crate} for {@code target}, using {@code workDir} for sources and outputs. */
public record BuildRequest(RustCrate crate, Target target, Path workDir) {}
