package io.portalis.transpiler.dynamic;

import io.portalis.transpiler.NativeRustc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 4 asks for generated Rust that compiles without warnings on rustc 1.63 (checked by
 * {@link DynamicProgramsTest}) and on the newest stable: here the runtime and every dynamic test
 * program are type-checked with rustup's rustc, and must produce no warning.
 */
class NewestRustcTest {
    private static final Path CASES = Path.of("src/test/resources/dynamic");
    private static final Path PYRT = Path.of("src/main/resources/pyrt/src/lib.rs");

    @TestFactory
    Stream<DynamicTest> programsAndRuntimeCompileWithoutWarnings() throws IOException, InterruptedException {
        Optional<Path> rustc = newest();
        Assumptions.assumeTrue(rustc.isPresent(), "no rustup rustc newer than Debian's 1.63 on this machine");
        Path dir = io.portalis.transpiler.TestScratch.dir("pyrt-newest");
        NativeRustc.Run lib = NativeRustc.exec(dir, List.of(rustc.get().toString(), "--edition", "2021", "--crate-type",
                "rlib", "--crate-name", "pyrt", "--emit=metadata,link", "--out-dir", dir.toString(),
                PYRT.toAbsolutePath().toString()));
        assertEquals(0, lib.exit(), () -> "pyrt does not compile with " + rustc.get() + ":\n" + lib.stderr());
        assertFalse(lib.stderr().contains("warning"), () -> "pyrt warns with " + rustc.get() + ":\n" + lib.stderr());
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(rustc.get(), dir, py)));
        }
    }

    private static void check(Path rustc, Path lib, Path py) throws Exception {
        DynCompile.Lowered lowered = DynCompile.lower(py);
        Assumptions.assumeTrue(lowered.rust() != null, py + " is refused by design");
        Path main = Files.createTempFile(lib, "main", ".rs");
        Files.writeString(main, lowered.rust());
        NativeRustc.Run r = NativeRustc.exec(lib, List.of(rustc.toString(), "--edition", "2021", "--crate-type", "bin",
                "--emit=metadata", "--extern", "pyrt=" + lib.resolve("libpyrt.rlib"), "-L", lib.toString(),
                "-o", lib.resolve(py.getFileName() + ".rmeta").toString(), main.toString()));
        assertEquals(0, r.exit(), () -> py + " does not compile with " + rustc + ":\n" + r.stderr());
        assertFalse(r.stderr().contains("warning"), () -> py + " warns with " + rustc + ":\n" + r.stderr());
    }

    /** rustup's rustc (~/.cargo/bin or /root/.cargo/bin), when it is not Debian's. */
    private static Optional<Path> newest() {
        for (String home : new String[] {System.getProperty("user.home"), "/root"}) {
            Path candidate = Path.of(home, ".cargo", "bin", "rustc");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
