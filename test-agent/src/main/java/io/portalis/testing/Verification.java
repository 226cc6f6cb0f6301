package io.portalis.testing;

import java.util.Optional;

/**
 * The outcome of running a translation, and of CPython on the same program when it was compared.
 *
 * @param matches        true only when CPython ran and its stdout bytes and exit code equal the
 *                       translation's; false when they differ or when no comparison was made
 * @param cpythonVersion the version of the CPython that was compared with, e.g. {@code 3.12.1}
 */
public record Verification(ProgramRun translated, Optional<ProgramRun> cpython, boolean matches,
                           Optional<String> cpythonVersion) {
    public Verification(ProgramRun translated, Optional<ProgramRun> cpython, boolean matches) {
        this(translated, cpython, matches, Optional.empty());
    }

    /** Whether CPython's output was available to compare with. */
    public boolean compared() {
        return cpython.isPresent();
    }
}
