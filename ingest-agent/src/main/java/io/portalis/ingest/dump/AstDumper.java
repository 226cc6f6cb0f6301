package io.portalis.ingest.dump;

import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.source.LineIndex;

/** Prints a tree exactly as CPython 3.12's {@code ast.dump(tree, include_attributes=True)}. */
public final class AstDumper {
    private AstDumper() {}

    public static String dump(Mod.Module module, LineIndex lines) {
        throw new UnsupportedOperationException("the dumper is being written");
    }
}
