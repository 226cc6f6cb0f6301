package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.artifacts.RustCrate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Classes in the typed translation. Each {@code typed_class/NAME.py} must take the typed
 * lowering (structs behind {@code Rc}, static method calls) and, built with rustc 1.63, print
 * what CPython printed ({@code NAME.out}, exit code in {@code NAME.exit}). Each
 * {@code typed_class/refused/NAME.py} holds a class shape the typed path cannot prove safe;
 * it must be refused there (and so go to the dynamic lowering), never translated wrongly.
 */
class TypedClassLoweringTest {
    static final Path CASES = Path.of("src/test/resources/typed_class");
    /** The programs, with CPython's output beside them: the corpus's typed_class_* (run in WASM there). */
    static final Path PROGRAMS = Path.of("../corpus/features");

    @TestFactory
    Stream<DynamicTest> typedClassesPrintWhatCPythonPrints() throws IOException {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        return cases(PROGRAMS).filter(py -> py.getFileName().toString().startsWith("typed_class_"))
                .map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py)));
    }

    @TestFactory
    Stream<DynamicTest> unprovableClassesFallBack() throws IOException {
        return cases(CASES.resolve("refused")).map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            Pipeline.Outcome typed = Pipeline.typedOnly(py);
            assertFalse(typed.crate().succeeded(), "the typed translation must refuse " + py);
            assertFalse(typed.diagnostics().isEmpty(), "a refusal says why");
            Pipeline.Outcome whole = Pipeline.run(py);
            RustCrate crate = whole.crate().value().orElseThrow(() -> new AssertionError(whole.rendered()));
            assertEquals(RustCrate.Lowering.Kind.DYNAMIC, crate.lowering().kind());
            assertFalse(crate.lowering().reasons().isEmpty(), "the dynamic crate names the typed refusal");
        }));
    }

    @Test
    void instancesAreStructsAndCallsAreStatic() {
        Pipeline.Outcome outcome = Pipeline.run(PROGRAMS.resolve("typed_class_inherit.py"));
        RustCrate crate = outcome.crate().value().orElseThrow(() -> new AssertionError(outcome.rendered()));
        String rust = crate.mainSource();
        assertEquals(RustCrate.Lowering.Kind.TYPED, crate.lowering().kind());
        assertTrue(rust.contains("struct Shape {"), rust);
        assertTrue(rust.contains("enum ShapeClass {"), rust);
        // `s.describe()` on a Shape: Square overrides it, so the call goes through the dispatcher;
        // `super().describe()` in Square calls Shape's implementation directly.
        assertTrue(rust.contains("Shape::describe(&s)?"), rust);
        assertTrue(rust.contains("Self::Shape_describe(") || rust.contains("Shape::Shape_describe(self_"), rust);
        assertFalse(rust.contains("pyrt::value::Value"), "typed code uses no dynamic values");
    }

    private static Stream<Path> cases(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
        }
    }

    static void check(Path py) throws Exception {
        String stem = py.getFileName().toString().replace(".py", "");
        Pipeline.Outcome outcome = Pipeline.run(py);
        assertTrue(outcome.crate().succeeded(), () -> "translation failed:\n" + outcome.rendered());
        RustCrate crate = outcome.crate().value().orElseThrow();
        assertEquals(RustCrate.Lowering.Kind.TYPED, crate.lowering().kind(), () -> "fell back: " + crate.lowering());
        Path work = TestScratch.dir("typed-class-" + stem);
        Path binary = work.resolve(stem);
        NativeRustc.Run build = NativeRustc.build(crate, work, binary);
        assertEquals(0, build.exit(), () -> "rustc failed:\n" + build.stderr() + "\n" + crate.mainSource());
        NativeRustc.Run run = NativeRustc.exec(work, List.of(binary.toString()));
        String expected = Files.readString(py.resolveSibling(stem + ".out"));
        Path exitFile = py.resolveSibling(stem + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertEquals(expected, run.stdout(), () -> "stdout differs; stderr:\n" + run.stderr() + "\n" + crate.mainSource());
        assertEquals(expectedExit, run.exit(), () -> "exit code differs; stderr:\n" + run.stderr());
    }
}
