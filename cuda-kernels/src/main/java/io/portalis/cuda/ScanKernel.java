package io.portalis.cuda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts bytes and lines over a batch of sources: the first batch kernel of ingest. A GPU
 * implementation (issue 7) must give exactly the counts of {@link CpuScanKernel}.
 *
 * <p>Lines are counted as CPython's tokenizer and {@code io.portalis.ingest.source.LineIndex}
 * see them: {@code \n}, {@code \r\n} and a lone {@code \r} each end a line, and a last line
 * without a terminator still counts. An empty source has no lines.
 */
public interface ScanKernel {
    /** A short name for logs and {@code portalis doctor}: {@code cpu}, {@code cuda}. */
    String name();

    /** One count per source, in the order given. */
    List<ScanCount> scan(List<byte[]> sources);

    /** Reads each file and scans the batch. */
    default List<ScanCount> scanFiles(List<Path> files) {
        List<byte[]> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                sources.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return scan(sources);
    }

    /** What the kernel found in one source. */
    record ScanCount(long bytes, long lines) {}
}
