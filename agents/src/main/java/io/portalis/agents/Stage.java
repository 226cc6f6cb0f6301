package io.portalis.agents;

/** The pipeline's stages in the order a job passes through them (DESIGN.md §1). */
public enum Stage {
    INGEST,
    ANALYSIS,
    TRANSPILE,
    BUILD,
    TEST,
    PACKAGE;

    /** The lowercase name used in reports, logs and configuration keys. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
