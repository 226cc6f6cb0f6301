package io.portalis.ingest;

import io.portalis.agents.ModuleId;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.source.LineIndex;

/**
 * The ingest stage's output: a module's decoded source and its syntax tree. Spans in the tree
 * are byte offsets into the UTF-8 encoding of {@code source}, which {@code lines} indexes.
 */
public record ParsedModule(ModuleId id, SourceFile file, String source, LineIndex lines, Mod.Module tree) {}
