package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that reads an input file and writes one: verified with `translate --data` in scratch
 * directories, refused loudly by the sandbox without a grant, and run on a granted directory with
 * `run --dir`.
 */
class FilesEndToEndTest {
    private static final String PROGRAM = """
            with open("input.txt") as f:
                words = f.read().split()
            with open("counts.txt", "w") as out:
                for w in sorted(set(words)):
                    print(w, words.count(w), file=out)
            print(open("counts.txt").read(), end="")
            """;

    @TempDir
    Path dir;

    @Test
    void dataFilesVerifyAndDirectoriesAreGranted() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected output");
        Path source = Files.writeString(dir.resolve("wordcount.py"), PROGRAM);
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("input.txt"), "b a c a b a\n");
        String expected = Pythons.stdout(python.get(), List.of(source.toAbsolutePath().toString()), data);

        Path out = dir.resolve("out");
        CliRun run = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run",
                "--data", data.resolve("input.txt").toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(expected, run.out());
        assertFalse(Files.exists(dir.resolve("counts.txt")), "verification wrote into the program's directory");
        Files.delete(data.resolve("counts.txt"));

        Path wasm = out.resolve("wordcount.wasm");
        CliRun sandboxed = CliRun.of("run", wasm.toString());
        assertEquals(1, sandboxed.exit(), sandboxed.toString());
        String last = sandboxed.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("PermissionError: the WebAssembly sandbox has no directory"), sandboxed.toString());

        CliRun granted = CliRun.of("run", "--dir", data.toString(), wasm.toString());
        assertEquals(0, granted.exit(), granted.toString());
        assertEquals(expected, granted.out());
        assertEquals(expected, Files.readString(data.resolve("counts.txt")));
    }
}
