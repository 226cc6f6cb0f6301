package io.portalis.agents.diagnostics;

import java.util.Locale;

/** How bad a diagnostic is; only {@link #ERROR} stops a module. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
