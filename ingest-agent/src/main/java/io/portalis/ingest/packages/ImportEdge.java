package io.portalis.ingest.packages;

import io.portalis.agents.diagnostics.SourceSpan;

/** Module {@code from} imports module {@code to} (both dotted names found in the layout) at {@code at}. */
public record ImportEdge(String from, String to, SourceSpan at) {}
