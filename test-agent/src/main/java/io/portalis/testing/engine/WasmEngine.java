package io.portalis.testing.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/**
 * Runs a WASI command module ({@code _start}) inside the JVM. The module sees only what it is
 * given: its arguments, the three standard streams, and the directories and environment variables
 * its {@link Sandbox} grants; no other file system, no network.
 */
public interface WasmEngine {
    /** The name used on the command line: {@code chicory} or {@code wasmtime}. */
    String name();

    /**
     * Runs the module to completion and returns its exit code (0 when {@code _start} returns,
     * the code given to {@code proc_exit} otherwise).
     *
     * @param programName what the module sees as {@code argv[0]}
     * @throws WasmRunException when the module cannot be loaded, traps, or exceeds the limits
     */
    default int run(byte[] wasm, String programName, List<String> args, InputStream stdin, OutputStream stdout,
            OutputStream stderr, Duration timeout) throws WasmRunException {
        return run(wasm, programName, args, stdin, stdout, stderr, timeout, Sandbox.NONE);
    }

    /**
     * {@link #run} with the sandbox's directories granted as WASI preopened directories and its
     * environment as the module's whole environment.
     */
    int run(byte[] wasm, String programName, List<String> args, InputStream stdin, OutputStream stdout,
            OutputStream stderr, Duration timeout, Sandbox sandbox) throws WasmRunException;

    /** The module could not be run to an exit code: invalid module, trap, timeout. */
    final class WasmRunException extends Exception {
        private final boolean timedOut;

        public WasmRunException(String message, Throwable cause) {
            this(message, cause, false);
        }

        public WasmRunException(String message, Throwable cause, boolean timedOut) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        /** Whether the run was stopped at its time limit (a fact of that run, not of the module). */
        public boolean timedOut() {
            return timedOut;
        }
    }
}
