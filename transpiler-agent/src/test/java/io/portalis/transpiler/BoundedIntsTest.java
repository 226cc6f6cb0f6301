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
 * Ints the typed lowering keeps in {@code i64} (and lists of them in {@code List<i64>}): which
 * locals qualify, and that the program, built with rustc 1.63, still prints what CPython printed
 * (counters multiplied past 2**63, IndexError messages, aliased lists). The program is the
 * corpus's {@code typed_bounded_ints}, which the corpus test runs in WASM.
 */
class BoundedIntsTest {
    static final Path PROGRAM = Path.of("../corpus/features/typed_bounded_ints.py");

    private static String rust() {
        Pipeline.Outcome outcome = Pipeline.run(PROGRAM);
        RustCrate crate = outcome.crate().value().orElseThrow(() -> new AssertionError(outcome.rendered()));
        assertEquals(RustCrate.Lowering.Kind.TYPED, crate.lowering().kind(), () -> "fell back: " + crate.lowering());
        return crate.mainSource();
    }

    @Test
    void boundedLocalsAndListsAreI64() {
        String rust = rust();
        // list(range(n)), [0] * n, literals of small constants and copies of such lists.
        for (String list : List.of("perm", "counts", "ys", "a", "b", "c")) {
            assertTrue(rust.contains("let mut " + list + ": List<i64>;"), list + "\n" + rust);
        }
        // a counter stepped by constants, a len() minus one, list elements, a range loop variable.
        for (String local : List.of("steps", "first", "i", "j", "k", "m", "v")) {
            assertTrue(rust.contains("let mut " + local + ": i64;"), local + "\n" + rust);
        }
        // stores into them are checked; reads are `Int`s, so products of them still promote
        assertTrue(rust.contains("pyrt::small::of("), rust);
        assertTrue(rust.contains("big = Int::Small(c).mul("), rust);
    }

    @Test
    void boundedValuesAreUsedAsMachineIntegers() {
        String rust = rust();
        // `for i in range(lo)`, `range(lo, -3)`: Rust ranges of i64, the variable read as an Int.
        assertTrue(rust.contains("in pyrt::range::machine(0, lo)"), rust);
        assertTrue(rust.contains("in pyrt::range::machine(lo, -3)"), rust);
        // `i < lo`, `2 >= i`: i64 comparisons; `back -= 1`: checked i64 arithmetic.
        assertTrue(rust.contains("i < lo"), rust);
        assertTrue(rust.contains("2 >= i"), rust);
        assertTrue(rust.contains("back = pyrt::small::sub(back, 1)?;"), rust);
        // `out[back] += i` and `perm[0]`: indexed by the i64 itself.
        assertTrue(rust.contains("out.get_small(back)"), rust);
        assertTrue(rust.contains("perm.get_small(0)?"), rust);
    }

    @Test
    void unboundedValuesStayInt() {
        String rust = rust();
        // 2**70 products; constants past 2**60; sums of list elements or of two variables.
        for (String local : List.of("big", "x", "y", "z", "total", "s")) {
            assertTrue(rust.contains("let mut " + local + ": Int;"), local + "\n" + rust);
        }
    }

    @Test
    void intParametersGetACheckedI64Version() {
        String rust = rust();
        // With `n` within 2**60, `r` (a range from `n - 1`) is bounded too: a second version takes
        // `n` as an `i64`, called before the recursion frame is counted. The first keeps `r` an Int.
        assertTrue(rust.contains("fn rotate_count__bounded(mut n: i64)"), rust);
        assertTrue(rust.contains("pyrt::small::param(&n)"), rust);
        assertTrue(rust.contains("let mut r: Int;") && rust.contains("let mut r: i64;"), rust);
        // `counter_grows` would gain nothing but `n` itself: one version.
        assertTrue(!rust.contains("counter_grows__bounded"), rust);
    }

    @Test
    void printsWhatCPythonPrints() throws Exception {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        Pipeline.Outcome outcome = Pipeline.run(PROGRAM);
        RustCrate crate = outcome.crate().value().orElseThrow(() -> new AssertionError(outcome.rendered()));
        Path work = TestScratch.dir("bounded-ints");
        Path binary = work.resolve("typed_bounded_ints");
        NativeRustc.Run build = NativeRustc.build(crate, work, binary);
        assertEquals(0, build.exit(), () -> "rustc failed:\n" + build.stderr() + "\n" + crate.mainSource());
        NativeRustc.Run run = NativeRustc.exec(work, List.of(binary.toString()));
        assertEquals(Files.readString(PROGRAM.resolveSibling("typed_bounded_ints.out")), run.stdout(),
                () -> "stdout differs; stderr:\n" + run.stderr() + "\n" + crate.mainSource());
        assertEquals(0, run.exit(), run.stderr());
    }
}
