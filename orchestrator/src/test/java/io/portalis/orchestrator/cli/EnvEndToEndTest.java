package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that reads environment variables: verified with the same environment on both sides
 * (nothing of the test's own, so HOME is unset for CPython too), granted variables with
 * `translate --env`, and run with `run --env`, whose bare NAME passes the caller's value on.
 */
class EnvEndToEndTest {
    private static final String PROGRAM = """
            import os
            print(os.environ.get("PORTALIS_GREETING", "unset"), os.getenv("PORTALIS_OTHER"), "HOME" in os.environ)
            """;

    @TempDir
    Path dir;

    @Test
    void verificationSeesTheGrantsAndRunPassesThemOn() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected output");
        Path source = Files.writeString(dir.resolve("greet.py"), PROGRAM);
        List<String> script = List.of(source.toAbsolutePath().toString());

        Path out = dir.resolve("out");
        CliRun translated = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run",
                "--env", "PORTALIS_GREETING=hi");
        assertEquals(0, translated.exit(), translated.toString());
        assertEquals(Pythons.stdout(python.get(), script, dir, Map.of("PORTALIS_GREETING", "hi")), translated.out());

        Path wasm = out.resolve("greet.wasm");
        CliRun bare = CliRun.of("run", wasm.toString());
        assertEquals(0, bare.exit(), bare.toString());
        assertEquals(Pythons.stdout(python.get(), script, dir, Map.of()), bare.out());

        // PATH is set wherever the test runs, so a bare name takes the caller's value.
        CliRun granted = CliRun.of("run", "--env", "PORTALIS_GREETING=hola", "--env", "PORTALIS_OTHER=PATH",
                "--env", "HOME", wasm.toString());
        assertEquals(0, granted.exit(), granted.toString());
        assertEquals(Pythons.stdout(python.get(), script, dir, Map.of("PORTALIS_GREETING", "hola",
                "PORTALIS_OTHER", "PATH", "HOME", System.getenv("HOME"))), granted.out());

        CliRun missing = CliRun.of("run", "--env", "PORTALIS_SURELY_UNSET_VARIABLE", wasm.toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("--env PORTALIS_SURELY_UNSET_VARIABLE: not set in this environment"),
                missing.toString());
    }
}
