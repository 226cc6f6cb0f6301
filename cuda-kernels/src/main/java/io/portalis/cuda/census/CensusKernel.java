package io.portalis.cuda.census;

import java.util.List;

/**
 * The lexical census of a batch of sources, one {@link Census} per source in the order given.
 * Implementations must give identical results; {@link CpuCensusKernel} is the reference (the
 * "CPU twin") that a device implementation is checked against.
 */
public interface CensusKernel {
    /** A short name for output: {@code cpu}, {@code cuda}. */
    String name();

    /**
     * Counts each source. A source that is not Python text gets {@link Census#failed}; an
     * implementation throws only for a fault of its own (a device error), never for the input.
     */
    List<Census> census(List<byte[]> sources);
}
