package io.portalis.packaging.embed;

import io.portalis.testing.engine.LibraryInstance;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import io.portalis.testing.engine.WasmLibrary;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code size} instances of one library, lent one caller at a time. A fair semaphore
 * hands out the permits in arrival order (FIFO), and a caller waits at most the acquisition
 * timeout. Instances are made on demand, reused most-recently-returned first (warm caches),
 * closed at once when a call broke them, and all closed when the pool closes: the counters
 * say how many were created and closed.
 */
final class InstancePool implements AutoCloseable {
    private final WasmLibrary library;
    private final Semaphore permits;
    private final Duration timeout;
    private final OutputStream stdout;
    private final OutputStream stderr;
    private final ConcurrentLinkedDeque<LibraryInstance> idle = new ConcurrentLinkedDeque<>();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong closedCount = new AtomicLong();
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private volatile boolean closed;

    InstancePool(WasmLibrary library, int size, Duration timeout, OutputStream stdout, OutputStream stderr) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one instance, not " + size);
        }
        this.library = library;
        this.permits = new Semaphore(size, true);
        this.timeout = timeout;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** An instance for one call; give it back with {@link #release}. */
    LibraryInstance acquire() {
        if (closed) {
            throw new ModuleFailure("the module is closed", null);
        }
        try {
            if (!permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                timeouts.incrementAndGet();
                throw new ModuleFailure("no instance became free within " + timeout.toMillis() + " ms", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModuleFailure("interrupted while waiting for an instance", e);
        }
        inUse.incrementAndGet();
        LibraryInstance instance = idle.pollFirst();
        if (instance != null) {
            return instance;
        }
        try {
            instance = library.instantiate(stdout, stderr);
            created.incrementAndGet();
            return instance;
        } catch (WasmRunException | RuntimeException e) {
            inUse.decrementAndGet();
            permits.release();
            throw new ModuleFailure("cannot start an instance: " + e.getMessage(), e);
        }
    }

    void release(LibraryInstance instance) {
        if (instance.broken() || closed) {
            closeOne(instance);
        } else {
            idle.offerFirst(instance);
            // close() may have drained the pool between the check and the offer.
            if (closed && idle.remove(instance)) {
                closeOne(instance);
            }
        }
        inUse.decrementAndGet();
        permits.release();
    }

    private void closeOne(LibraryInstance instance) {
        instance.close();
        closedCount.incrementAndGet();
    }

    PoolCounters counters() {
        return new PoolCounters(created.get(), closedCount.get(), inUse.get(), idle.size(), permits.getQueueLength(),
                timeouts.get(), closed ? 0 : 1);
    }

    /** Closes the idle instances now and each lent one when it comes back. */
    @Override
    public void close() {
        closed = true;
        LibraryInstance instance;
        while ((instance = idle.pollFirst()) != null) {
            closeOne(instance);
        }
    }
}
