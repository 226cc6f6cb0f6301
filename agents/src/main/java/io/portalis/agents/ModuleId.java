package io.portalis.agents;

import java.util.Objects;

/**
 * A Python module's dotted name ({@code pkg.sub.mod}), as the import system would name it.
 * A lone script is named after its file stem.
 */
public record ModuleId(String dottedName) {
    public ModuleId {
        Objects.requireNonNull(dottedName, "dottedName");
    }

    /** The last component of the dotted name: what output files are named after. */
    public String stem() {
        int dot = dottedName.lastIndexOf('.');
        return dot < 0 ? dottedName : dottedName.substring(dot + 1);
    }

    @Override
    public String toString() {
        return dottedName;
    }
}
