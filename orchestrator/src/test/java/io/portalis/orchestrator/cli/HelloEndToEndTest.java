package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on examples/hello.py; its output must be CPython's, byte for byte. */
class HelloEndToEndTest {
    /** The README's example; tests run in the module directory. */
    static final Path HELLO = Path.of("..", "examples", "hello.py");
    /** Issue 5: a hello-world module must stay small (the typed runtime only, stripped). */
    static final long MAX_HELLO_WASM_BYTES = 150 * 1024;

    @TempDir
    Path dir;

    @Test
    void helloTranslatesAndPrintsWhatCPythonPrints() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected output");
        Path source = Files.copy(HELLO, dir.resolve("hello.py"));
        String expected = Pythons.stdout(python.get(), source.toString());

        Path out = dir.resolve("out");
        CliRun run = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(expected, run.out());
        long size = Files.size(out.resolve("hello.wasm"));
        assertTrue(size < MAX_HELLO_WASM_BYTES, "hello.wasm is " + size + " bytes, over " + MAX_HELLO_WASM_BYTES);
        assertTrue(Files.isDirectory(out.resolve("hello")));
        assertTrue(Files.isRegularFile(out.resolve("hello.report.json")));
        assertTrue(run.err().contains("hello.py: translated"), run.err());

        CliRun again = CliRun.of("run", out.resolve("hello.wasm").toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(expected, again.out());
    }
}
