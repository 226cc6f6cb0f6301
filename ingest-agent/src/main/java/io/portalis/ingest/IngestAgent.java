package io.portalis.ingest;

import io.portalis.agents.StageResult;

/**
 * The ingest stage: reads a Python file, decodes it as CPython would, and parses it into a
 * syntax tree. Unreadable, empty, binary and malformed files come back as diagnostics.
 */
public final class IngestAgent {
    public StageResult<ParsedModule> ingest(SourceFile file) {
        throw new UnsupportedOperationException("ingest is being written");
    }
}
