package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on a small program; its output must be CPython's, byte for byte. */
class HelloEndToEndTest {
    static final String HELLO = """
            def greet(name: str, times: int) -> str:
                return ", ".join([f"hello {name}"] * times)

            total = 0
            for i in range(1, 11):
                total += i * i
            print(greet("wasm", 2))
            print("sum of squares:", total, 7 // 2, -7 // 2, 7 / 2)
            """;

    @TempDir
    Path dir;

    @Test
    void helloTranslatesAndPrintsWhatCPythonPrints() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected output");
        Path source = Files.writeString(dir.resolve("hello.py"), HELLO, StandardCharsets.UTF_8);
        String expected = Pythons.stdout(python.get(), source.toString());

        Path out = dir.resolve("out");
        CliRun run = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(expected, run.out());
        assertTrue(Files.isRegularFile(out.resolve("hello.wasm")));
        assertTrue(Files.isDirectory(out.resolve("hello")));
        assertTrue(Files.isRegularFile(out.resolve("hello.report.json")));
        assertTrue(run.err().contains("hello.py: translated"), run.err());

        CliRun again = CliRun.of("run", out.resolve("hello.wasm").toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(expected, again.out());
    }
}
