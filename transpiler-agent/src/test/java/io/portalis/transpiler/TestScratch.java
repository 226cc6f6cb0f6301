package io.portalis.transpiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Temporary build directories of the tests (a pyrt rlib is about 70 MB, each program's build a
 * few more), removed when the test JVM exits so that repeated runs do not fill the disk.
 */
public final class TestScratch {
    private static final List<Path> DIRS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (DIRS) {
                DIRS.forEach(TestScratch::deleteTree);
            }
        }));
    }

    private TestScratch() {}

    /** A new empty directory, deleted with its contents at exit. */
    public static Path dir(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        synchronized (DIRS) {
            DIRS.add(dir);
        }
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at exit: what is left is only space in the temp directory.
        }
    }
}
