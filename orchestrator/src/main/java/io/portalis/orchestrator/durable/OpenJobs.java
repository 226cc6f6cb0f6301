package io.portalis.orchestrator.durable;

import io.portalis.agents.JobId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Markers of the jobs that may be unfinished: one empty file per job id, written before the
 * submission is journaled and removed once the end is. The journal decides; the markers only
 * say which journals to read at start-up.
 */
final class OpenJobs {
    private final Path dir;

    OpenJobs(Path dir) {
        this.dir = dir;
    }

    void add(JobId id) {
        try {
            Files.createDirectories(dir);
            Path marker = dir.resolve(fileName(id));
            if (!Files.exists(marker)) {
                Files.writeString(marker, id.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark job " + id.value() + " open in " + dir, e);
        }
    }

    void remove(JobId id) {
        try {
            Files.deleteIfExists(dir.resolve(fileName(id)));
        } catch (IOException e) {
            // A marker left behind costs one journal replay at the next start, nothing more.
        }
    }

    /** The open jobs, oldest marker first. */
    List<JobId> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .map(OpenJobs::read).toList();
        }
    }

    private static JobId read(Path marker) {
        try {
            return new JobId(Files.readString(marker).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(JobId id) {
        return id.value().replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
