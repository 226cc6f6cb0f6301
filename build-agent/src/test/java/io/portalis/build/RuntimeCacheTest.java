package io.portalis.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes compile the same runtime: the second rename loses, quietly, and the first library stays. */
class RuntimeCacheTest {
    @TempDir
    Path dir;

    @Test
    void losingTheRenameRaceToAnotherProcessIsNotAnError() throws Exception {
        Path winner = Files.createDirectories(dir.resolve("pyrt-1.63.0-wasm32-wasi-abc"));
        Files.writeString(winner.resolve("libpyrt.rlib"), "first");
        Path ours = Files.createDirectories(dir.resolve(".tmp-ours/lib"));
        Files.writeString(ours.resolve("libpyrt.rlib"), "second");

        RuntimeCache.moveIntoPlace(ours, winner);

        assertEquals("first", Files.readString(winner.resolve("libpyrt.rlib")));
    }
}
