package io.portalis.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a crate's files (paths relative to the crate root) to disk, and removes trees. */
public final class CrateFiles {
    private CrateFiles() {}

    /**
     * Writes every file under {@code root}. A path that would land outside {@code root}
     * ({@code ../x}, {@code /etc/x}) is a bug in whoever produced the crate, so it throws.
     */
    public static void write(Path root, Map<String, String> files) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        for (var entry : files.entrySet()) {
            Path target = base.resolve(entry.getKey()).normalize();
            if (!target.startsWith(base) || target.equals(base)) {
                throw new IllegalArgumentException("crate file path escapes the crate: " + entry.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, entry.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Removes {@code dir} and everything in it; quietly does nothing when it is absent. */
    public static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
