package io.portalis.cuda;

import java.util.ArrayList;
import java.util.List;

/** The CPU implementation of {@link ScanKernel}, and the reference for the GPU one. */
public final class CpuScanKernel implements ScanKernel {
    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public List<ScanCount> scan(List<byte[]> sources) {
        List<ScanCount> counts = new ArrayList<>(sources.size());
        for (byte[] source : sources) {
            counts.add(new ScanCount(source.length, countLines(source)));
        }
        return List.copyOf(counts);
    }

    public static long countLines(byte[] source) {
        long terminators = 0;
        for (int i = 0; i < source.length; i++) {
            byte b = source[i];
            // \r\n is one terminator: count it at its \n.
            if (b == '\n' || (b == '\r' && (i + 1 >= source.length || source[i + 1] != '\n'))) {
                terminators++;
            }
        }
        boolean openLastLine = source.length > 0 && source[source.length - 1] != '\n'
                && source[source.length - 1] != '\r';
        return terminators + (openLastLine ? 1 : 0);
    }
}
