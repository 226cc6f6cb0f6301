package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.testing.RustPrograms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories granted to a module (`portalis run --dir`), and none without a grant. */
class DirGrantTest {
    private record Result(int exit, String out, String err) {}

    private static Result run(List<String> args, List<DirGrant> dirs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ChicoryEngine().run(RustPrograms.wasmBytes("cat_file"), "cat_file.wasm", args,
                new ByteArrayInputStream(new byte[0]), out, err, Duration.ofSeconds(60), Sandbox.of(dirs));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAGrantAModuleSeesNoFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("in.txt"), "secret\n");
        Result r = run(List.of("in.txt"), List.of());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("pre-opened"), r.err());
    }

    @Test
    void aGrantIsTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("in.txt"), "granted\n");
        Result r = run(List.of("in.txt"), List.of(DirGrant.parse(dir.toString())));
        assertEquals(0, r.exit(), r.err());
        assertEquals("granted\n", r.out());
    }

    @Test
    void aGrantCanBeMountedElsewhere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("in.txt"), "mounted\n");
        Result r = run(List.of("/data/in.txt"), List.of(DirGrant.parse(dir + "::/data")));
        assertEquals(0, r.exit(), r.err());
        assertEquals("mounted\n", r.out());
    }

    @Test
    void parsesHostAndGuest() {
        assertEquals(new DirGrant(Path.of("a/b"), "."), DirGrant.parse("a/b"));
        assertEquals(new DirGrant(Path.of("/srv/in"), "/in"), DirGrant.parse("/srv/in::/in"));
        assertThrows(IllegalArgumentException.class, () -> DirGrant.parse("a::"));
    }
}
