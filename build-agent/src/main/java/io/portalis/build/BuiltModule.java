package io.portalis.build;

import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.RustCrate;
import java.nio.file.Path;

/** A compiled module: the {@code .wasm} file (or native executable) and the crate it came from. */
public record BuiltModule(ModuleId module, Target target, Path binary, RustCrate crate, String rustcVersion) {}
