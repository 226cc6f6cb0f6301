package io.portalis.transpiler.dynamic;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.diagnostics.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code dynamic/refused/NAME.py} uses something the dynamic lowering cannot translate:
 * it must produce no Rust and report every {@code # expect: TEXT} line as a PTL0002 diagnostic
 * (all problems are collected, not just the first).
 */
class DynamicRefusalsTest {
    static final Path CASES = Path.of("src/test/resources/dynamic/refused");

    @TestFactory
    Stream<DynamicTest> refusedProgramsAreDiagnosed() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(CASES)) {
            cases = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return cases.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        DynCompile.Lowered lowered = DynCompile.lower(py);
        String rendered = lowered.problems().all().stream().map(DiagnosticRenderer::render)
                .collect(Collectors.joining());
        assertNull(lowered.rust(), "a refused program must not produce Rust");
        for (String line : Files.readAllLines(py)) {
            if (line.startsWith("# expect: ")) {
                String want = line.substring("# expect: ".length());
                assertTrue(rendered.contains(want), () -> "missing `" + want + "` in:\n" + rendered);
            }
        }
        assertTrue(rendered.contains("PTL0002") || rendered.contains("PTL"), rendered);
    }
}
