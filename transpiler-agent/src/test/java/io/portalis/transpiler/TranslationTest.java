package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.artifacts.RustCrate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code translate/NAME.py} is translated, compiled with rustc 1.63 and run; its stdout and
 * exit code must equal CPython's ({@code NAME.out}, {@code NAME.exit}, made by
 * {@code src/test/python/make_expected.py}) byte for byte.
 */
class TranslationTest {
    static final Path CASES = Path.of("src/test/resources/translate");

    @TestFactory
    Stream<DynamicTest> translatedProgramsPrintWhatCPythonPrints() throws IOException {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        List<Path> cases;
        try (Stream<Path> files = Files.list(CASES)) {
            cases = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return cases.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    private static void check(Path py) throws Exception {
        String stem = py.getFileName().toString().replace(".py", "");
        Pipeline.Outcome outcome = Pipeline.run(py);
        assertTrue(outcome.crate().succeeded(), () -> "translation failed:\n" + outcome.rendered());
        RustCrate crate = outcome.crate().value().orElseThrow();
        Path work = TestScratch.dir("translate-" + stem);
        Path binary = work.resolve(stem);
        NativeRustc.Run build = NativeRustc.build(crate, work, binary);
        assertEquals(0, build.exit(), () -> "rustc failed:\n" + build.stderr() + "\n" + crate.mainSource());
        NativeRustc.Run run = NativeRustc.exec(work, List.of(binary.toString()));
        String expected = Files.readString(CASES.resolve(stem + ".out"));
        Path exitFile = CASES.resolve(stem + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertEquals(expected, run.stdout(), () -> "stdout differs; stderr:\n" + run.stderr() + "\n" + crate.mainSource());
        assertEquals(expectedExit, run.exit(), () -> "exit code differs; stderr:\n" + run.stderr());
    }
}
