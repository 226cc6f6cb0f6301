package io.portalis.build;

import io.portalis.agents.artifacts.ContentStore;
import io.portalis.agents.artifacts.RustCrate.RuntimeCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.process.ExternalProcess;
import io.portalis.build.toolchain.RustTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled runtimes ({@code pyrt} rlibs), one per (rustc, target, profile, runtime sources).
 * A runtime is compiled in a private temporary directory and renamed into place, so readers
 * never see half a library; when two processes race, the first rename wins and the loser
 * throws its copy away. Within one JVM a lock per key keeps the work from being done twice.
 */
final class RuntimeCache {
    /** A compiled runtime, and whether this call had to compile it. */
    sealed interface Lookup permits Ready, Failed {}

    record Ready(Path rlib, boolean compiledNow) implements Lookup {}

    record Failed(List<Diagnostic> diagnostics) implements Lookup {}

    private static final ConcurrentHashMap<String, Object> LOCKS = new ConcurrentHashMap<>();
    private final Path root;

    RuntimeCache(Path cacheRoot) {
        this.root = cacheRoot.resolve("pyrt");
    }

    /** The directory a runtime compiled for {@code target} and {@code profile} lives in. */
    Path directoryFor(RustTarget target, BuildProfile profile, RuntimeCrate runtime) {
        String key = String.join("\0", target.rustc().verbose(), target.triple(), profile.cacheKey(),
                runtime.contentHash());
        String hash = ContentStore.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return root.resolve(runtime.name() + "-" + target.rustc().release() + "-" + target.triple() + "-" + hash);
    }

    Lookup rlibFor(RustTarget target, BuildProfile profile, RuntimeCrate runtime, Duration timeout)
            throws IOException {
        Path dir = directoryFor(target, profile, runtime);
        Path rlib = dir.resolve("lib" + runtime.name() + ".rlib");
        if (Files.isRegularFile(rlib)) {
            return new Ready(rlib, false);
        }
        synchronized (LOCKS.computeIfAbsent(dir.toString(), k -> new Object())) {
            if (Files.isRegularFile(rlib)) {
                return new Ready(rlib, false);
            }
            return compile(target, profile, runtime, timeout, dir, rlib);
        }
    }

    private Lookup compile(RustTarget target, BuildProfile profile, RuntimeCrate runtime, Duration timeout, Path dir,
                           Path rlib) throws IOException {
        Files.createDirectories(root);
        Path scratch = root.resolve(".tmp-" + dir.getFileName() + "-" + UUID.randomUUID());
        try {
            Path sources = scratch.resolve("src-tree");
            CrateFiles.write(sources, runtime.files());
            Path lib = scratch.resolve("lib");
            Files.createDirectories(lib);
            List<String> command = new ArrayList<>(List.of(target.rustc().path().toString(), "--edition", "2021",
                    "--crate-type", "rlib", "--crate-name", runtime.name(), "--target", target.triple(),
                    "--error-format=json"));
            command.addAll(profile.libraryFlags());
            command.addAll(List.of("src/lib.rs", "--out-dir", lib.toString()));
            var outcome = ExternalProcess.run(ExternalProcess.Spec.of(command, sources, timeout).countingCpu());
            if (outcome.timedOut()) {
                return new Failed(List.of(timedOut(runtime, timeout)));
            }
            SourceMapper mapper = new SourceMapper(runtimeAsCrate(runtime), runtime.name() + "/src/lib.rs",
                    Path.of(runtime.name()));
            if (outcome.exitCode() != 0) {
                return new Failed(RustcDiagnostics.errors(outcome.stderrText(), outcome.exitCode(), mapper));
            }
            moveIntoPlace(lib, dir);
            return new Ready(rlib, true);
        } finally {
            CrateFiles.deleteTree(scratch);
        }
    }

    /** Rename-wins: a directory another process put there first is just as good as ours. */
    static void moveIntoPlace(Path built, Path dir) throws IOException {
        try {
            Files.move(built, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another builder won the race; its library is identical by construction
        } catch (java.nio.file.FileSystemException e) {
            // Linux reports rename(2)'s ENOTEMPTY as a plain FileSystemException ("Directory not
            // empty"): the same lost race, unless nothing is there.
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    private static Diagnostic timedOut(RuntimeCrate runtime, Duration timeout) {
        return Diagnostic.error(DiagnosticCode.PTL0502, SourceSpan.wholeFile(runtime.name() + "/src/lib.rs"),
                "rustc did not compile the runtime `" + runtime.name() + "` within " + BuildSettings.describe(timeout))
                .withHelp(BuildSettings.TIMEOUT_HELP);
    }

    /** Runtime errors have no Python behind them: an empty source map makes them point at Rust. */
    private static io.portalis.agents.artifacts.RustCrate runtimeAsCrate(RuntimeCrate runtime) {
        return new io.portalis.agents.artifacts.RustCrate(new io.portalis.agents.ModuleId(runtime.name()),
                runtime.name(), java.util.Map.of(), runtime, java.util.Map.of());
    }
}
