package io.portalis.transpiler.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StdlibStarNamesTest {
    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python3");

    /** A module added to pyrt without regenerating the table could not be star-imported. */
    @Test
    void everyRuntimeModuleHasItsStarNames() {
        for (String module : PyrtTables.modules()) {
            assertTrue(StdlibStarNames.of(module).isPresent(),
                    module + " is missing: run scripts/stdlib-star-names.py with CPython 3.12");
        }
    }

    @Test
    void namesAreCPythonsAllOrPublicNames() {
        List<String> math = StdlibStarNames.of("math").orElseThrow();
        assertTrue(math.containsAll(List.of("pi", "sqrt", "inf", "gcd")));
        assertTrue(math.stream().noneMatch(n -> n.startsWith("_")));
        assertTrue(StdlibStarNames.of("decimal").orElseThrow().containsAll(List.of("Decimal", "getcontext", "ROUND_HALF_UP")));
        assertTrue(StdlibStarNames.of("os").orElseThrow().contains("open"), "os.__all__ shadows the builtin open");
    }

    /** The committed table is what the generator makes from CPython 3.12 now. */
    @Test
    void tableIsUpToDateWithCPython() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "CPython 3.12.1 is not installed at " + PYTHON);
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path table = repo.resolve("transpiler-agent/src/main/resources/" + StdlibStarNames.RESOURCE);
        String before = Files.readString(table);
        Process p = new ProcessBuilder(PYTHON.toString(), "scripts/stdlib-star-names.py").directory(repo.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(before, Files.readString(table), "regenerate with scripts/stdlib-star-names.py");
    }
}
