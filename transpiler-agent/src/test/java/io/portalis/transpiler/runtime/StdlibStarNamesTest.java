package io.portalis.transpiler.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StdlibStarNamesTest {
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
        GeneratedTable.assertUpToDate("scripts/stdlib-star-names.py",
                "transpiler-agent/src/main/resources/" + StdlibStarNames.RESOURCE);
    }
}
