package io.portalis.build;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import io.portalis.agents.diagnostics.SourceSpan;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a position in generated Rust into the Python line it came from, through the crate's
 * source map. A Rust line with no entry of its own belongs to the nearest mapped line above it
 * (the statement it is part of); a file with no map gives nothing, and callers fall back to the
 * Rust position.
 *
 * @param rustRoot what Rust positions that cannot be mapped are reported relative to
 */
record SourceMapper(RustCrate crate, String pythonFile, Path rustRoot) {
    Optional<SourceSpan> python(String rustFile, int rustLine) {
        String file = normalise(rustFile);
        List<SourceMapping> map = crate.sourceMap().get(file);
        if (map == null || map.isEmpty()) {
            return Optional.empty();
        }
        return map.stream()
                .filter(m -> m.rustLine() <= rustLine && m.pythonLine() > 0)
                .max(Comparator.comparingInt(SourceMapping::rustLine))
                .map(m -> SourceSpan.point(crate.pythonFileOf(file, pythonFile), m.pythonLine(), 1));
    }

    SourceSpan rust(String rustFile, int line, int column, int endLine, int endColumn) {
        return new SourceSpan(rustRoot.resolve(normalise(rustFile)).toString(), line, column, endLine, endColumn);
    }

    private static String normalise(String rustFile) {
        String f = rustFile.replace('\\', '/');
        return f.startsWith("./") ? f.substring(2) : f;
    }
}
