package io.portalis.agents.artifacts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path dir;

    @Test
    void equalBytesShareOneAddress() {
        ContentStore store = new ContentStore(dir);
        ArtifactRef a = store.put("wasm", "abc".getBytes(StandardCharsets.UTF_8));
        ArtifactRef b = store.put("wasm", "abc".getBytes(StandardCharsets.UTF_8));
        ArtifactRef c = store.put("wasm", "abd".getBytes(StandardCharsets.UTF_8));

        assertEquals(a, b);
        assertNotEquals(a.sha256(), c.sha256());
        // SHA-256("abc") from FIPS 180-2's test vectors.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", a.sha256());
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), store.get(a).orElseThrow());
        assertEquals(3, a.size());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        ContentStore store = new ContentStore(dir);
        ArtifactRef ref = store.put("text", new byte[] {1, 2, 3});
        try (var files = Files.walk(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
        assertTrue(store.contains(ref));
    }
}
