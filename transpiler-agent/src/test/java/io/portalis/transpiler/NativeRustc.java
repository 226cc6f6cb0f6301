package io.portalis.transpiler;

import io.portalis.agents.artifacts.RustCrate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles generated crates natively with Debian's rustc 1.63 (the oldest compiler the output
 * must build with): {@code pyrt} once per test run as an rlib, then each program against it.
 */
public final class NativeRustc {
    public static final Path RUSTC = Path.of("/usr/bin/rustc");
    private static Path rlibDir;

    private NativeRustc() {}

    public static boolean available() {
        return Files.isExecutable(RUSTC);
    }

    /** What a process did: its exit status and output. */
    public record Run(int exit, String stdout, String stderr) {}

    static synchronized Path pyrt(RustCrate.RuntimeCrate runtime) throws IOException, InterruptedException {
        if (rlibDir == null) {
            Path dir = TestScratch.dir("pyrt-test");
            write(dir.resolve("pyrt"), runtime.files());
            Run r = exec(dir, List.of(RUSTC.toString(), "--edition", "2021", "--crate-type", "rlib", "--crate-name",
                    "pyrt", "-C", "opt-level=2", "-o", dir.resolve("libpyrt.rlib").toString(),
                    dir.resolve("pyrt/src/lib.rs").toString()));
            if (r.exit() != 0) {
                throw new AssertionError("pyrt does not compile:\n" + r.stderr());
            }
            rlibDir = dir;
        }
        return rlibDir;
    }

    /** Builds the crate's main.rs into an executable; returns rustc's result and the binary path. */
    static Run build(RustCrate crate, Path workDir, Path binary) throws IOException, InterruptedException {
        Path lib = pyrt(crate.runtime());
        write(workDir, crate.files());
        return exec(workDir, List.of(RUSTC.toString(), "--edition", "2021", "--crate-type", "bin",
                "-C", "opt-level=0", "--extern", "pyrt=" + lib.resolve("libpyrt.rlib"), "-L", lib.toString(),
                "-o", binary.toString(), workDir.resolve("src/main.rs").toString()));
    }

    /** Runs {@code command} in {@code dir} with no stdin, waiting at most a minute. */
    public static Run exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void write(Path root, java.util.Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path target = root.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
    }
}
