package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledClassCacheTest {
    @TempDir
    Path dir;

    @Test
    void storedClassesComeBackByKeyAndTheFirstWriteWins() {
        CompiledClassCache cache = new CompiledClassCache(dir.resolve("chicory"));
        assertNull(cache.get("sha-256/abc+="), "nothing stored yet");
        cache.putIfAbsent("sha-256/abc+=", new byte[] {1, 2, 3});
        cache.putIfAbsent("sha-256/abc+=", new byte[] {9});
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get("sha-256/abc+="));
        assertNull(cache.get("sha-256/other"));
    }

    @Test
    void theLeastRecentlyUsedEntriesBeyondTheLimitAreDeleted() throws Exception {
        Path root = dir.resolve("chicory");
        CompiledClassCache cache = new CompiledClassCache(root);
        for (int i = 0; i < CompiledClassCache.MAX_ENTRIES + 5; i++) {
            cache.putIfAbsent("key" + i, new byte[] {(byte) i});
            Files.setLastModifiedTime(root.resolve("key" + i + ".classes"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.putIfAbsent("last", new byte[] {0});
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(CompiledClassCache.MAX_ENTRIES, files.filter(p -> p.toString().endsWith(".classes")).count());
        }
        assertNull(cache.get("key0"), "the oldest entry went first");
        assertArrayEquals(new byte[] {0}, cache.get("last"));
    }

    @Test
    void anUnwritableDirectoryOnlyMeansNoCaching() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CompiledClassCache cache = new CompiledClassCache(file.resolve("chicory"));
        cache.putIfAbsent("k", new byte[] {1});
        assertNull(cache.get("k"));
    }
}
