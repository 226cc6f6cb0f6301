package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.artifacts.RustCrate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code d[k] = d.get(k, c) + v} on a typed dict of ints is one {@code Dict::add_to} (one probe),
 * and prints what CPython printed (insertion order, big defaults and steps). The program is the
 * corpus's {@code typed_dict_count}, which the corpus test runs in WASM.
 */
class DictAddToTest {
    static final Path PROGRAM = Path.of("../corpus/features/typed_dict_count.py");

    @Test
    void countingIsOneProbeAndPrintsWhatCPythonPrints() throws Exception {
        Pipeline.Outcome outcome = Pipeline.run(PROGRAM);
        RustCrate crate = outcome.crate().value().orElseThrow(() -> new AssertionError(outcome.rendered()));
        String rust = crate.mainSource();
        assertEquals(RustCrate.Lowering.Kind.TYPED, crate.lowering().kind(), () -> "fell back: " + crate.lowering());
        assertTrue(rust.contains("counts.add_to("), rust);
        assertTrue(rust.contains("d.add_to("), rust);
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        Path work = TestScratch.dir("dict-add-to");
        Path binary = work.resolve("typed_dict_count");
        NativeRustc.Run build = NativeRustc.build(crate, work, binary);
        assertEquals(0, build.exit(), () -> "rustc failed:\n" + build.stderr() + "\n" + rust);
        NativeRustc.Run run = NativeRustc.exec(work, List.of(binary.toString()));
        assertEquals(Files.readString(PROGRAM.resolveSibling("typed_dict_count.out")), run.stdout(),
                () -> "stdout differs; stderr:\n" + run.stderr() + "\n" + rust);
        assertEquals(0, run.exit(), run.stderr());
    }
}
