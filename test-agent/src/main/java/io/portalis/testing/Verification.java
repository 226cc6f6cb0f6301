package io.portalis.testing;

import java.util.Optional;

/** The outcome of running a translation, and of CPython on the same program when it was compared. */
public record Verification(ProgramRun translated, Optional<ProgramRun> cpython, boolean matches) {}
