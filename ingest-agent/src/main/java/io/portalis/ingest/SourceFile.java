package io.portalis.ingest;

import java.nio.file.Path;

/** A Python file to ingest, and the name diagnostics use for it (usually the path as given). */
public record SourceFile(Path path, String displayName) {
    public static SourceFile of(Path path) {
        return new SourceFile(path, path.toString());
    }
}
