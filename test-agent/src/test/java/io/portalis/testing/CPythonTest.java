package io.portalis.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CPythonTest {
    @Test
    void runsAScriptInItsDirectoryWithAFixedHashSeed(@TempDir Path dir) throws Exception {
        var python = CPython.find();
        assumeTrue(python.isPresent(), "no CPython on this machine");
        assertTrue(python.get().version().startsWith("3."));
        Files.writeString(dir.resolve("helper.py"), "VALUE = 'from helper'\n");
        Path script = Files.writeString(dir.resolve("main.py"),
                "import os, sys, helper\nprint(helper.VALUE)\nprint(os.environ['PYTHONHASHSEED'])\n"
                        + "print('é', sys.stdout.encoding)\nsys.exit(2)\n");
        ProgramRun run = python.get().run(script, Duration.ofSeconds(30));
        assertEquals(2, run.exitCode());
        assertEquals("from helper\n0\né utf-8\n", run.stdoutText());
        assertTrue(CPython.check().ok());
    }

    @Test
    void programsSeeOnlyTheProgramEnvironment(@TempDir Path dir) throws Exception {
        var python = CPython.find();
        assumeTrue(python.isPresent(), "no CPython on this machine");
        Path script = Files.writeString(dir.resolve("env.py"), "import os\nprint(sorted(os.environ.items()))\n");
        var outcome = python.get().runWithOutcome(script, Duration.ofSeconds(30), dir,
                CPython.programEnvironment(Map.of("GREETING", "hi", "PYTHONHASHSEED", "0")));
        assertEquals(0, outcome.exitCode(), outcome.stderrText());
        // No PATH or HOME of this process, and no LC_CTYPE from locale coercion.
        assertEquals("[('GREETING', 'hi'), ('PYTHONCOERCECLOCALE', '0'), ('PYTHONHASHSEED', '0'), "
                + "('PYTHONIOENCODING', 'utf-8'), ('PYTHONUTF8', '1')]\n", outcome.stdoutText());
    }

    @Test
    void aPython312IsPreferredOverAnOlderPython3OnThePath(@TempDir Path dir) throws Exception {
        Path pyenv = Path.of("/root/.pyenv/versions");
        assumeTrue(Files.isDirectory(pyenv), "no pyenv installations to choose from");
        boolean has312;
        try (var versions = Files.list(pyenv)) {
            has312 = versions.anyMatch(v -> v.getFileName().toString().startsWith("3.12.")
                    && Files.isExecutable(v.resolve("bin/python")));
        }
        assumeTrue(has312, "no pyenv CPython 3.12");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path old = Files.writeString(bin.resolve("python3"), "#!/bin/sh\necho '3.9.0'\n");
        old.toFile().setExecutable(true);
        var found = CPython.find(Map.of("PATH", bin.toString(), "HOME", "/nonexistent", "PYENV_ROOT", "/nonexistent"));
        assertTrue(found.isPresent());
        assertTrue(found.get().version().startsWith("3.12."), found.get().toString());
    }

    @Test
    void anOverrideThatIsNotPythonIsSkipped() {
        var found = CPython.find(Map.of(CPython.PYTHON_ENV, "/bin/false", "PATH", "/nonexistent", "HOME", "/nonexistent",
                "PYENV_ROOT", "/nonexistent"));
        // Only /root/.pyenv may still be found; /bin/false must never be.
        assertFalse(found.map(p -> p.executable().equals(Path.of("/bin/false"))).orElse(false));
    }
}
