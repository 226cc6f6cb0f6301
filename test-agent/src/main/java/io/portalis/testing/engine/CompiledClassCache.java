package io.portalis.testing.engine;

import com.dylibso.chicory.compiler.Cache;
import io.portalis.build.BuildSettings;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chicory's compiled JVM classes of a module, kept on disk by the module's digest, so that a
 * module compiled once (by the verification run of {@code portalis translate}, say) starts at
 * once in every later process. Compiling costs seconds for a module with the dynamic runtime;
 * loading the stored classes, milliseconds. Entries are written atomically (a reader sees a
 * whole entry or none) and the least recently used beyond {@link #MAX_ENTRIES} are deleted.
 * Problems with the directory only make runs slower: they are never errors.
 */
final class CompiledClassCache implements Cache {
    static final int MAX_ENTRIES = 64;
    /** Chicory's compiled form changes between its versions: the directory is per version. */
    static final String CHICORY_VERSION = "1.7.5";

    private final Path dir;

    CompiledClassCache(Path dir) {
        this.dir = dir;
    }

    /** The per-user cache: {@code $PORTALIS_CACHE/chicory-<version>/} (see BuildSettings). */
    static CompiledClassCache standard() {
        return new CompiledClassCache(BuildSettings.defaultCacheRoot().resolve("chicory-" + CHICORY_VERSION));
    }

    @Override
    public byte[] get(String key) {
        Path entry = entry(key);
        try {
            byte[] bytes = Files.readAllBytes(entry);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return bytes;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    @Override
    public void putIfAbsent(String key, byte[] classes) {
        Path entry = entry(key);
        try {
            if (Files.exists(entry)) {
                return;
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "partial-", ".tmp");
            Files.write(partial, classes);
            try {
                Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | SecurityException e) {
            // Not cached: the next run compiles again.
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.replaceAll("[^A-Za-z0-9_-]", "_") + ".classes");
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.filter(p -> p.getFileName().toString().endsWith(".classes")).toList();
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.stream().sorted(Comparator.comparing(CompiledClassCache::modified))
                .limit(entries.size() - MAX_ENTRIES)
                .forEach(p -> p.toFile().delete());
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
