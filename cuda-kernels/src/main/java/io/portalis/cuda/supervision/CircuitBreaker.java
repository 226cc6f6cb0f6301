package io.portalis.cuda.supervision;

/**
 * Counts in batches, not in time, so its behaviour is the same on a loaded CI machine: after
 * {@code maxFailures} device faults in a row it opens and the next {@code cooldownBatches}
 * batches go to the CPU twin; then one batch probes the device: success closes the breaker, a
 * fault opens it again. Not thread-safe: one scan drives it.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int maxFailures;
    private final int cooldownBatches;
    private State state = State.CLOSED;
    private int failuresInARow;
    private int cooledBatches;
    private int opened;

    CircuitBreaker(int maxFailures, int cooldownBatches) {
        this.maxFailures = maxFailures;
        this.cooldownBatches = cooldownBatches;
    }

    /** Whether the next batch goes to the device; while open, counts the batch towards the probe. */
    boolean allowsDevice() {
        if (state == State.OPEN) {
            if (cooledBatches >= cooldownBatches) {
                state = State.HALF_OPEN;
                return true;
            }
            cooledBatches++;
            return false;
        }
        return true;
    }

    void succeeded() {
        state = State.CLOSED;
        failuresInARow = 0;
    }

    void failed() {
        failuresInARow++;
        if (state == State.HALF_OPEN || failuresInARow >= maxFailures) {
            state = State.OPEN;
            cooledBatches = 0;
            opened++;
        }
    }

    State state() {
        return state;
    }

    int timesOpened() {
        return opened;
    }
}
