package io.portalis.cuda.census;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks the roots for {@code .py} files, reads them in batches and hands each batch to a
 * {@link CensusKernel}. A file that cannot be read, or a root that does not exist, becomes an
 * error entry in the report: the scan itself does not fail.
 */
public final class CorpusScanner {
    /** Files per batch: big enough to keep all cores busy, small enough to bound memory. */
    public static final int DEFAULT_BATCH_FILES = 256;

    private final CensusKernel kernel;
    private final int batchFiles;

    public CorpusScanner(CensusKernel kernel, int batchFiles) {
        if (batchFiles < 1) {
            throw new IllegalArgumentException("batchFiles must be at least 1");
        }
        this.kernel = kernel;
        this.batchFiles = batchFiles;
    }

    /** Hears, after each batch, how many of the files found have been scanned. */
    @FunctionalInterface
    public interface Progress {
        void filesDone(long done, long total);
    }

    public ScanReport scan(List<Path> roots) {
        return scan(roots, (done, total) -> { });
    }

    public ScanReport scan(List<Path> roots, Progress progress) {
        long start = System.nanoTime();
        List<FileCensus> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".py"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    results.add(new FileCensus(root.toString(), Census.failed("cannot list directory: " + e.getMessage())));
                }
            } else {
                results.add(new FileCensus(root.toString(),
                        Census.failed(Files.exists(root) ? "not a file or directory" : "no such file or directory")));
            }
        }
        long done = 0;
        for (int from = 0; from < files.size(); from += batchFiles) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + batchFiles));
            results.addAll(scanBatch(batch));
            done += batch.size();
            progress.filesDone(done, files.size());
        }
        Census totals = Census.EMPTY;
        for (FileCensus file : results) {
            totals = totals.plus(file.census());
        }
        return new ScanReport(List.copyOf(results), totals, kernel.name(), System.nanoTime() - start);
    }

    private List<FileCensus> scanBatch(List<Path> batch) {
        // Read in parallel too: on a warm cache reading costs about as much as lexing.
        List<Object> read = batch.parallelStream().map(CorpusScanner::read).toList();
        List<byte[]> sources = new ArrayList<>();
        for (Object r : read) {
            if (r instanceof byte[] bytes) {
                sources.add(bytes);
            }
        }
        List<Census> counted = kernel.census(sources);
        if (counted.size() != sources.size()) {
            throw new IllegalStateException(kernel.name() + " returned " + counted.size() + " results for "
                    + sources.size() + " sources");
        }
        List<FileCensus> out = new ArrayList<>(batch.size());
        int next = 0;
        for (int k = 0; k < batch.size(); k++) {
            Census census = read.get(k) instanceof String error ? Census.failed(error) : counted.get(next++);
            out.add(new FileCensus(batch.get(k).toString(), census));
        }
        return out;
    }

    private static Object read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
