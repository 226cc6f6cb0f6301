package io.portalis.packaging.embed;

/**
 * A call that could not be made or did not finish in the engine: no instance free within the
 * acquisition timeout, an unknown function, arguments Java cannot express as JSON, a trap, a
 * closed module. Never a Python exception: those are {@link PythonException}s.
 */
public final class ModuleFailure extends RuntimeException {
    public ModuleFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
