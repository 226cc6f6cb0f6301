package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.transpiler.NativeRustc;
import io.portalis.transpiler.TestScratch;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RustPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lowers a Python file with {@link DynamicLowering} and builds it natively with Debian's rustc
 * 1.63 against {@code pyrt} (built once per run as an rlib). Builds are cached per file so the
 * compile test and the run test share them.
 */
final class DynCompile {
    static final Path PYRT_SOURCE = Path.of("src/main/resources/pyrt");
    private static Path rlibDir;
    private static final Map<Path, Built> BUILT = new ConcurrentHashMap<>();

    private DynCompile() {}

    /** The lowering's outcome: the Rust source (or null) and the rendered problems. */
    record Lowered(String rust, Problems problems) {}

    record Built(Lowered lowered, NativeRustc.Run rustc, Path binary) {}

    static Lowered lower(Path py) {
        ParsedModule parsed = new IngestAgent().ingest(SourceFile.of(py)).value().orElseThrow();
        Problems problems = new Problems(parsed.file().displayName(), parsed.lines());
        Optional<RItem.File> file = new DynamicLowering(parsed, problems).lower();
        return new Lowered(file.map(f -> RustPrinter.print(f, parsed.lines()).text()).orElse(null), problems);
    }

    static synchronized Built build(Path py) throws IOException, InterruptedException {
        Built cached = BUILT.get(py);
        if (cached != null) {
            return cached;
        }
        Lowered lowered = lower(py);
        Built built;
        if (lowered.rust() == null) {
            built = new Built(lowered, null, null);
        } else {
            Path lib = pyrt();
            Path work = TestScratch.dir("dyn-" + py.getFileName());
            Path main = work.resolve("main.rs");
            Files.writeString(main, lowered.rust());
            Path binary = work.resolve("prog");
            NativeRustc.Run r = NativeRustc.exec(work, List.of(NativeRustc.RUSTC.toString(), "--edition", "2021", "--crate-type", "bin", "-C",
                    "opt-level=0", "--extern", "pyrt=" + lib.resolve("libpyrt.rlib"), "-L", lib.toString(), "-o",
                    binary.toString(), main.toString()));
            built = new Built(lowered, r, binary);
        }
        BUILT.put(py, built);
        return built;
    }

    private static Path pyrt() throws IOException, InterruptedException {
        String prebuilt = System.getenv("PORTALIS_PYRT_RLIB_DIR");
        if (rlibDir == null && prebuilt != null) {
            rlibDir = Path.of(prebuilt); // for quick local iterations: a libpyrt.rlib built beforehand
        }
        if (rlibDir == null) {
            // The crate as it is in the source tree (all of it, also files not yet in pyrt/INDEX).
            Path dir = TestScratch.dir("pyrt-dyn");
            NativeRustc.Run r = NativeRustc.exec(dir, List.of(NativeRustc.RUSTC.toString(), "--edition", "2021", "--crate-type", "rlib", "--crate-name",
                    "pyrt", "-C", "opt-level=0", "-o", dir.resolve("libpyrt.rlib").toString(),
                    PYRT_SOURCE.resolve("src/lib.rs").toAbsolutePath().toString()));
            if (r.exit() != 0) {
                throw new AssertionError("pyrt does not compile:\n" + r.stderr());
            }
            rlibDir = dir;
        }
        return rlibDir;
    }
}
