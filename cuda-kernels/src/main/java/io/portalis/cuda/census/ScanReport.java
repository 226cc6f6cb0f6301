package io.portalis.cuda.census;

import java.util.List;

/** A whole scan: each file in path order, the totals over the files, the device, the time. */
public record ScanReport(List<FileCensus> files, Census totals, String device, long nanos) {
    /** Megabytes (10^6 bytes) of scanned source per second of wall-clock time, reading included. */
    public double throughputMbS() {
        return nanos == 0 ? 0 : totals.bytes() / 1e6 / (nanos / 1e9);
    }
}
