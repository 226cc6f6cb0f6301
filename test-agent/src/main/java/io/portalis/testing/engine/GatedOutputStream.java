package io.portalis.testing.engine;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through until closed, then drops them silently. A module abandoned after a
 * timeout may still be running on its thread; this keeps it from writing into the caller's
 * streams once the caller has been told the run is over.
 */
final class GatedOutputStream extends OutputStream {
    private final OutputStream target;
    private volatile boolean open = true;

    GatedOutputStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (open) {
            target.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (open) {
            target.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (open) {
            target.flush();
        }
    }

    /** Stops passing writes on; the target stream itself stays open (it belongs to the caller). */
    @Override
    public void close() {
        open = false;
    }
}
