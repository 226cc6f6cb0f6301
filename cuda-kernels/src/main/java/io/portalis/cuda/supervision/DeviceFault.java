package io.portalis.cuda.supervision;

/**
 * A fault of the device itself (a CUDA error: launch failure, out of memory, lost device), as
 * opposed to a problem in the input. The worker that hits one is restarted; its batch is redone
 * on the CPU twin.
 */
public final class DeviceFault extends RuntimeException {
    public DeviceFault(String message) {
        super(message);
    }
}
