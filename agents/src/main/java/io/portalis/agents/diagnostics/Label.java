package io.portalis.agents.diagnostics;

/** A span with a short text that says what is there (rustc's primary/secondary labels). */
public record Label(SourceSpan span, String text) {}
