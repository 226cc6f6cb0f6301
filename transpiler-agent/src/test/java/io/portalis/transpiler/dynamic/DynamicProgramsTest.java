package io.portalis.transpiler.dynamic;

import io.portalis.transpiler.NativeRustc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.diagnostics.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code dynamic/NAME.py} lowers with dynamic values and compiles with rustc 1.63 without
 * warnings; run natively, it prints what CPython printed ({@code NAME.out}, {@code NAME.exit}).
 */
class DynamicProgramsTest {
    static final Path CASES = Path.of("src/test/resources/dynamic");

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProgramLowersAndCompiles() throws IOException {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        return cases().stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> compiles(py)));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() throws IOException {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        return cases().stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> runs(py)));
    }

    private static DynCompile.Built compiles(Path py) throws Exception {
        DynCompile.Built b = DynCompile.build(py);
        String problems = b.lowered().problems().all().stream().map(DiagnosticRenderer::render)
                .collect(Collectors.joining());
        assertNotNull(b.lowered().rust(), () -> "lowering refused:\n" + problems);
        assertTrue(b.lowered().rust().contains("\n    // line "), "statements name their Python lines");
        assertFalse(b.lowered().rust().contains("unsafe"), "generated code has no `unsafe`");
        assertEquals(0, b.rustc().exit(), () -> "rustc failed:\n" + b.rustc().stderr() + "\n" + numbered(b));
        assertFalse(b.rustc().stderr().contains("warning"), () -> "rustc warned:\n" + b.rustc().stderr());
        return b;
    }

    private static void runs(Path py) throws Exception {
        DynCompile.Built b = compiles(py);
        NativeRustc.Run run = NativeRustc.exec(b.binary().getParent(), List.of(b.binary().toString()));
        String stem = py.getFileName().toString().replace(".py", "");
        String expected = Files.readString(CASES.resolve(stem + ".out"));
        Path exitFile = CASES.resolve(stem + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertEquals(expected, run.stdout(), () -> "stdout differs; stderr:\n" + run.stderr());
        assertEquals(expectedExit, run.exit(), () -> "exit code differs; stderr:\n" + run.stderr());
    }

    private static String numbered(DynCompile.Built b) {
        String[] lines = b.lowered().rust().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i + 1).append(": ").append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
