package io.portalis.packaging.embed;

/**
 * A snapshot of a {@link PythonModule}'s instance pool. After every call has returned,
 * {@code inUse} is 0; after {@link PythonModule#close()}, {@code live} and {@code openEngines}
 * are 0 too: every instance created was closed.
 *
 * @param created      instances created so far
 * @param closed       instances closed so far (broken ones at once, the others at close)
 * @param inUse        instances lent to a call right now
 * @param idle         instances waiting in the pool
 * @param waiting      callers queued for an instance (FIFO)
 * @param timeouts     acquisitions that gave up after the timeout
 * @param openEngines  compiled modules (engines) held open: 1 until the module is closed
 */
public record PoolCounters(long created, long closed, long inUse, long idle, long waiting, long timeouts,
                           long openEngines) {
    /** Instances not yet closed. */
    public long live() {
        return created - closed;
    }
}
