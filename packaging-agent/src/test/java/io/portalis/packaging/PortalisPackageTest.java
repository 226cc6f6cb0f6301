package io.portalis.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalisPackageTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesAndReadsBackTheSameEntriesWithStableBytes() throws IOException {
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0};
        PortalisPackage pkg = new PortalisPackage(Map.of("lib.wasm", wasm, "manifest.json", utf8("{\"abi\":1}"),
                "crate/src/lib.rs", utf8("fn main() {}")));
        Path file = dir.resolve("lib.portalis");
        Files.write(file, pkg.toBytes());

        PortalisPackage read = PortalisPackage.read(file);
        assertTrue(PortalisPackage.isPackage(file));
        assertFalse(PortalisPackage.isPackage(dir.resolve("lib.wasm")));
        assertArrayEquals(wasm, read.wasm());
        assertEquals("{\"abi\":1}", read.manifest());
        assertEquals(pkg.entries().keySet(), read.entries().keySet());
        assertArrayEquals(pkg.toBytes(), read.toBytes(), "equal contents give equal bytes");
    }

    @Test
    void aZipWithoutAManifestIsNotAPackage() throws IOException {
        Path file = dir.resolve("other.portalis");
        Files.write(file, new PortalisPackage(Map.of("x.wasm", new byte[] {1})).toBytes());
        IOException e = assertThrows(IOException.class, () -> PortalisPackage.read(file));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
    }
}
