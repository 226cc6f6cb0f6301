package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portalis ast} against CPython 3.12's own ast.dump (needs the ingest agent's parser). */
class AstCommandTest {
    static final String DUMP = "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read()),"
            + " include_attributes=True))";
    static final String PROGRAM = "x = [i * 2 for i in range(3)]\nif x:\n    print(x[0], 'é')\n";

    @TempDir
    Path dir;

    @Test
    void dumpMatchesCPython() throws Exception {
        Optional<Path> python = Pythons.python312();
        assumeTrue(python.isPresent(), "no CPython 3.12 to produce the expected dump");
        Path file = Files.writeString(dir.resolve("prog.py"), PROGRAM, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("ast", "--dump", file.toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(Pythons.stdout(python.get(), "-c", DUMP, file.toString()), run.out());
    }

    @Test
    void dumpDirWritesOneDumpPerFileAndReportsFailures() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/pkg"));
        Files.writeString(src.resolve("good.py"), PROGRAM, StandardCharsets.UTF_8);
        Files.writeString(src.resolve("bad.py"), "def f(:\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("dumps");
        CliRun run = CliRun.of("ast", "--dump-dir", dir.resolve("src").toString(), out.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.clean(), run.toString());
        assertTrue(run.err().contains("bad.py"), run.toString());
        assertTrue(Files.isRegularFile(out.resolve("pkg/good.dump")), run.toString());
        assertFalse(Files.exists(out.resolve("pkg/bad.dump")));
        Optional<Path> python = Pythons.python312();
        if (python.isPresent()) {
            assertEquals(Pythons.stdout(python.get(), "-c", DUMP, src.resolve("good.py").toString()),
                    Files.readString(out.resolve("pkg/good.dump")));
        }
    }
}
