package io.portalis.packaging;

import io.portalis.build.CrateFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes that a reader never sees half done: the content goes to a hidden temporary name in the
 * same directory and is renamed into place, which POSIX makes atomic for files. A directory
 * cannot be renamed over a non-empty one, so a crate directory is swapped in two renames, and a
 * reader sees either the old tree or the new one, never a mix.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that fills a fresh directory. */
    @FunctionalInterface
    interface DirectoryWriter {
        void fill(Path dir) throws IOException;
    }

    static void write(Path target, byte[] bytes, boolean executable) throws IOException {
        Path tmp = temporarySibling(target, "tmp");
        try {
            Files.write(tmp, bytes);
            if (executable) {
                tmp.toFile().setExecutable(true, false);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void replaceDirectory(Path target, DirectoryWriter writer) throws IOException {
        Path fresh = temporarySibling(target, "tmp");
        Path old = temporarySibling(target, "old");
        try {
            Files.createDirectories(fresh);
            writer.fill(fresh);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            CrateFiles.deleteTree(fresh);
            CrateFiles.deleteTree(old);
        }
    }

    private static Path temporarySibling(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + UUID.randomUUID());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
