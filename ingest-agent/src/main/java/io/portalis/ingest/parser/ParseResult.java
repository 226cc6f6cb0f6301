package io.portalis.ingest.parser;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.source.LineIndex;
import java.util.List;

/**
 * What {@link PythonParser} returns: the module (null when the source has a syntax error), the
 * diagnostics (at most one: CPython reports the first syntax error only) and the line index of
 * the UTF-8 text that the tree's spans point into.
 */
public record ParseResult(Mod.Module module, List<Diagnostic> diagnostics, LineIndex lines) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return module != null;
    }
}
