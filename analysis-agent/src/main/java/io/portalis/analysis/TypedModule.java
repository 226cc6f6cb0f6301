package io.portalis.analysis;

import io.portalis.ingest.ParsedModule;

/**
 * The analysis stage's output: the parsed module with what analysis learned about it (scopes,
 * symbols, inferred types), kept in side tables rather than on the tree (STYLE.md rule 2).
 */
public record TypedModule(ParsedModule parsed, ModuleFacts facts) {}
