package io.portalis.packaging;

import java.nio.file.Path;

/** Where a module's outputs were written. */
public record PackagedModule(Path binary, Path crateDir, Path report) {}
