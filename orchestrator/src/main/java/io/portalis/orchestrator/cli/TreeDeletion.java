package io.portalis.orchestrator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a scratch directory tree; what cannot be removed is left for the OS to clean. */
final class TreeDeletion {
    private TreeDeletion() {}

    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left behind in the temp directory.
                }
            });
        } catch (IOException e) {
            // Left behind in the temp directory.
        }
    }
}
