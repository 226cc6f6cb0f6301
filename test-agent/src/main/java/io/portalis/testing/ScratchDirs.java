package io.portalis.testing;

import io.portalis.build.CrateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The fresh, empty working directories verification runs CPython and the translation in, so
 * that a program writing files and reading them back is compared exactly and never touches the
 * user's files. The {@code --data} paths are copied into each first (a directory as a
 * directory of the same name), for programs that read input files.
 */
public final class ScratchDirs {
    private ScratchDirs() {}

    /** A new empty directory holding a copy of each of {@code data}. */
    public static Path create(String prefix, List<Path> data) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        for (Path item : data) {
            copy(item, dir.resolve(item.toAbsolutePath().normalize().getFileName().toString()));
        }
        return dir;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes {@code dir} and everything under it; a failure is ignored (it is a temp directory). */
    public static void delete(Path dir) {
        try {
            CrateFiles.deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // Left for the system's temp cleaning.
        }
    }
}
