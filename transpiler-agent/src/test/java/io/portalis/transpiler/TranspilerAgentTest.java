package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.artifacts.RustCrate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the generated crate: files, Cargo manifest, readable code and the source map. */
class TranspilerAgentTest {
    private static RustCrate hello() {
        Pipeline.Outcome outcome = Pipeline.run(Path.of("src/test/resources/translate/hello.py"));
        assertTrue(outcome.crate().succeeded(), outcome::rendered);
        return outcome.crate().value().orElseThrow();
    }

    @Test
    void crateHasManifestAndMainReferencingVendoredPyrt() {
        RustCrate crate = hello();
        assertEquals("hello", crate.crateName());
        assertTrue(crate.files().get("Cargo.toml").contains("pyrt = { path = \"pyrt\" }"));
        assertTrue(crate.mainSource().contains("fn greet(mut name: Str, mut times: Int) -> PyResult<Str> {"),
                crate.mainSource());
        assertTrue(crate.mainSource().contains("// line 6: total += i * i"), crate.mainSource());
        assertTrue(crate.runtime().files().containsKey("src/str.rs"));
    }

    @Test
    void sourceMapPointsGeneratedLinesBackToPythonLines() {
        RustCrate crate = hello();
        String[] lines = crate.mainSource().split("\n", -1);
        var map = crate.sourceMap().get("src/main.rs");
        int rustLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("total = total.add(")) {
                rustLine = i + 1;
            }
        }
        int found = rustLine;
        assertTrue(map.stream().anyMatch(m -> m.rustLine() == found && m.pythonLine() == 6), () -> map + "\n"
                + crate.mainSource());
    }

    @Test
    void typedCodeSaysSo() {
        assertEquals(RustCrate.Lowering.typed(), hello().lowering());
    }

    @Test
    void dynamicCodeSaysWhyTheTypedTranslationWasNotPossible(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("untyped.py"), "items = [1, 'two', 3.0]\nprint(items)\n");
        Pipeline.Outcome outcome = Pipeline.run(file);
        assertTrue(outcome.crate().succeeded(), outcome::rendered);
        RustCrate.Lowering lowering = outcome.crate().value().orElseThrow().lowering();
        assertEquals(RustCrate.Lowering.Kind.DYNAMIC, lowering.kind());
        assertTrue(!lowering.reasons().isEmpty() && lowering.reasons().get(0).startsWith("line 1: "), lowering::toString);
    }

    @Test
    void crateNamesAreValidRustIdentifiers() {
        assertEquals("my_mod", TranspilerAgent.crateName("my-mod"));
        assertEquals("py_2fast", TranspilerAgent.crateName("2fast"));
    }
}
