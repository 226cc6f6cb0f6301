package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that reads standard input (and writes to stderr, which `--run` shows), verified on the input `translate --stdin` gives it (a file,
 * or `-` for the command's own input), with the input CPython got deciding the expected output.
 */
class StdinEndToEndTest {
    private static final String PROGRAM = """
            import sys
            words = sys.stdin.read().split()
            print(len(words), sorted(set(words))[:3], sum(len(w) for w in words))
            sys.stderr.write(f"counted {len(words)} words\\n")
            """;
    private static final String INPUT = "pear apple fig\nkiwi apple\n\n  plum\n";

    @TempDir
    Path dir;

    @Test
    void verificationFeedsTheSameInputToBothRuns() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected output");
        Path source = Files.writeString(dir.resolve("words.py"), PROGRAM);
        Path input = Files.writeString(dir.resolve("words.txt"), INPUT);
        Path out = dir.resolve("out");

        CliRun fromFile = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run",
                "--stdin", input.toString());
        assertEquals(0, fromFile.exit(), fromFile.toString());
        java.util.List<String> script = java.util.List.of(source.toString());
        String expected = Pythons.stdout(python.get(), script, dir, null, input);
        assertEquals(expected, fromFile.out());
        // --run shows the program's stderr too, as python3 would.
        assertTrue(fromFile.err().contains("counted " + expected.split(" ")[0] + " words\n"), fromFile.toString());

        CliRun fromOwnInput = run(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)),
                "translate", source.toString(), "-o", out.toString(), "--run", "--stdin", "-", "--no-reuse");
        assertEquals(0, fromOwnInput.exit(), fromOwnInput.toString());
        assertEquals(fromFile.out(), fromOwnInput.out());

        CliRun none = CliRun.of("translate", source.toString(), "-o", out.toString(), "--run");
        assertEquals(0, none.exit(), none.toString());
        assertEquals(Pythons.stdout(python.get(), script, dir, null, null), none.out());
        assertTrue(!none.out().equals(fromFile.out()), "the input changes what the program prints");

        CliRun missing = CliRun.of("translate", source.toString(), "-o", out.toString(), "--stdin",
                dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("--stdin " + dir.resolve("nope.txt") + ": no such file"), missing.toString());
    }

    private static CliRun run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PortalisCli.execute(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
