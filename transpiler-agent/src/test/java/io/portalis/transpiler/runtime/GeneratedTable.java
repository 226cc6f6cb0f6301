package io.portalis.transpiler.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Tables the repository keeps as files but CPython 3.12 is the source of: each has a script in scripts/. */
final class GeneratedTable {
    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python3");

    private GeneratedTable() {}

    /** Runs {@code script} with CPython 3.12 and checks that the committed {@code table} did not change. */
    static void assertUpToDate(String script, String table) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "CPython 3.12.1 is not installed at " + PYTHON);
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path file = repo.resolve(table);
        String before = Files.readString(file);
        Process p = new ProcessBuilder(PYTHON.toString(), script).directory(repo.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), script + " did not finish in 60 s");
        assertEquals(0, p.exitValue(), script + " failed");
        assertEquals(before, Files.readString(file), "regenerate with " + script);
    }
}
