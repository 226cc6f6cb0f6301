package io.portalis.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.build.BuiltModule;
import io.portalis.build.Target;
import io.portalis.build.process.ExternalProcess;
import io.portalis.build.toolchain.RustTarget;
import io.portalis.build.toolchain.Toolchains;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hand-written Rust programs under {@code src/test/resources/rust}, compiled once per test
 * JVM with the rustc the build agent would use. Tests that need one skip when no rustc is found.
 */
public final class RustPrograms {
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();
    private static Path dir;

    private RustPrograms() {}

    public static Path wasm(String name) {
        var target = Toolchains.discover().wasm();
        assumeTrue(target.isPresent(), "no rustc with a wasm32-wasi std on this machine");
        return BUILT.computeIfAbsent(name + ".wasm", k -> compile(name, target.get(), k));
    }

    public static Path nativeExe(String name) {
        var target = Toolchains.discover().host();
        assumeTrue(target.isPresent(), "no host rustc on this machine");
        return BUILT.computeIfAbsent(name + ".native", k -> compile(name, target.get(), name));
    }

    public static byte[] wasmBytes(String name) {
        try {
            return Files.readAllBytes(wasm(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@link BuiltModule} around one of the programs, as the build agent would hand it on. */
    public static BuiltModule built(String name, Target target) {
        Path binary = target == Target.NATIVE ? nativeExe(name) : wasm(name);
        var crate = new RustCrate(new ModuleId(name), name, Map.of("src/main.rs", "// see resources"),
                new RustCrate.RuntimeCrate("pyrt", Map.of()), Map.of());
        return new BuiltModule(crate.module(), target, binary, crate, "rustc (test)");
    }

    public static Path python(String name) {
        return resource("python/" + name + ".py", name + ".py");
    }

    private static synchronized Path compile(String name, RustTarget target, String output) {
        try {
            Path source = resource("rust/" + name + ".rs", name + ".rs");
            List<String> command = new ArrayList<>(List.of(target.rustc().path().toString(), "--edition", "2021",
                    "-C", "opt-level=2", "-C", "panic=abort", name + ".rs", "-o", output));
            if (target.isWasm()) {
                command.addAll(List.of("--target", target.triple()));
            }
            var outcome = ExternalProcess.run(ExternalProcess.Spec.of(command, source.getParent(),
                    Duration.ofMinutes(2)));
            if (outcome.exitCode() != 0) {
                throw new IllegalStateException("rustc failed on " + name + ":\n" + outcome.stderrText());
            }
            return source.getParent().resolve(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path resource(String path, String fileName) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("portalis-test-programs");
                // deleteOnExit cannot remove a directory with the built programs still in it.
                Path created = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> ScratchDirs.delete(created)));
            }
            Path target = dir.resolve(fileName);
            if (!Files.exists(target)) {
                try (InputStream in = RustPrograms.class.getResourceAsStream("/" + path)) {
                    Files.copy(in, target);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
