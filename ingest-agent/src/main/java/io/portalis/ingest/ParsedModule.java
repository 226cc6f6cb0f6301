package io.portalis.ingest;

import io.portalis.agents.ModuleId;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.packages.LocalModules;
import io.portalis.ingest.source.LineIndex;
import java.util.Objects;

/**
 * The ingest stage's output: a module's decoded source and its syntax tree. Spans in the tree
 * are byte offsets into the UTF-8 encoding of {@code source}, which {@code lines} indexes.
 *
 * @param locals for a program's main script, the program's other modules (what it imports from
 *     files beside it); empty for a lone module
 */
public record ParsedModule(ModuleId id, SourceFile file, String source, LineIndex lines, Mod.Module tree,
        LocalModules locals) {
    public ParsedModule {
        Objects.requireNonNull(locals, "locals");
    }

    /** A module on its own, with no local modules. */
    public ParsedModule(ModuleId id, SourceFile file, String source, LineIndex lines, Mod.Module tree) {
        this(id, file, source, lines, tree, LocalModules.none());
    }

    /** The same module with another tree (a rewrite of this one). */
    public ParsedModule withTree(Mod.Module rewritten) {
        return new ParsedModule(id, file, source, lines, rewritten, locals);
    }

    /** The same module with the program's local modules. */
    public ParsedModule withLocals(LocalModules found) {
        return new ParsedModule(id, file, source, lines, tree, found);
    }
}
