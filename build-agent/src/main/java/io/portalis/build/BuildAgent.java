package io.portalis.build;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.RuntimeCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.process.ExternalProcess;
import io.portalis.build.toolchain.RustTarget;
import io.portalis.build.toolchain.Toolchain;
import io.portalis.build.toolchain.Toolchains;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build stage: compiles a generated crate with rustc, offline, against a cached {@code pyrt}
 * (DESIGN.md §3). There is no Cargo in the loop: the crate has one dependency, whose compiled
 * form is kept in the {@link RuntimeCache}, so a build is a single rustc invocation.
 */
public final class BuildAgent {
    /** The wasm stack: 64 MiB, reserved in linear memory when the module starts. */
    static final int WASM_STACK_BYTES = 64 << 20;

    private final BuildSettings settings;
    private final RuntimeCache cache;

    public BuildAgent() {
        this(BuildSettings.defaults());
    }

    public BuildAgent(BuildSettings settings) {
        this.settings = settings;
        this.cache = new RuntimeCache(settings.cacheRoot());
    }

    public BuildSettings settings() {
        return settings;
    }

    /** A compiled runtime library and whether this call compiled it (false: it came from the cache). */
    public record RuntimeArtifact(Path rlib, boolean compiledNow, String rustcVersion) {}

    public StageResult<BuiltModule> build(BuildRequest request) {
        String python = request.pythonFile();
        Optional<RustTarget> target = targetFor(request.target());
        if (target.isEmpty()) {
            return StageResult.failed(missingToolchain(request.target(), python));
        }
        try {
            StageResult<RuntimeArtifact> runtime = compileRuntime(target.get(), request.crate().runtime());
            if (!runtime.succeeded()) {
                return StageResult.failed(runtime.diagnostics());
            }
            return compileProgram(request, target.get(), runtime.value().orElseThrow().rlib());
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0401,
                    SourceSpan.wholeFile(request.workDir().toString()), "cannot write the build directory")
                    .withNote(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Makes sure the runtime is compiled for {@code target}: what a daemon calls at start-up so
     * that the first job does not pay for it.
     */
    public StageResult<RuntimeArtifact> warmRuntime(RuntimeCrate runtime, Target target) {
        Optional<RustTarget> rust = targetFor(target);
        if (rust.isEmpty()) {
            return StageResult.failed(missingToolchain(target, runtime.name()));
        }
        try {
            return compileRuntime(rust.get(), runtime);
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0401,
                    SourceSpan.wholeFile(settings.cacheRoot().toString()), "cannot write the runtime cache")
                    .withNote(String.valueOf(e.getMessage())));
        }
    }

    /** The toolchain these settings build with. */
    public Toolchain toolchain() {
        return settings.toolchain().orElseGet(Toolchains::discover);
    }

    private Optional<RustTarget> targetFor(Target target) {
        Toolchain toolchain = toolchain();
        return switch (target) {
            case WASM32_WASI -> toolchain.wasm();
            case NATIVE -> toolchain.host();
        };
    }

    private StageResult<RuntimeArtifact> compileRuntime(RustTarget target, RuntimeCrate runtime) throws IOException {
        return switch (cache.rlibFor(target, settings.profile(), runtime, settings.timeout())) {
            case RuntimeCache.Ready ready ->
                    StageResult.ok(new RuntimeArtifact(ready.rlib(), ready.compiledNow(), target.rustc().version()));
            case RuntimeCache.Failed failed -> StageResult.failed(failed.diagnostics());
        };
    }

    private StageResult<BuiltModule> compileProgram(BuildRequest request, RustTarget target, Path rlib)
            throws IOException {
        RustCrate crate = request.crate();
        Path crateDir = request.workDir().resolve("crate");
        CrateFiles.deleteTree(crateDir);
        CrateFiles.write(crateDir, crate.files());
        Path outDir = request.workDir().resolve("out");
        Files.createDirectories(outDir);
        Path binary = outDir.resolve(crate.crateName() + (target.isWasm() ? ".wasm" : ""));
        Files.deleteIfExists(binary);
        var outcome = ExternalProcess.run(ExternalProcess.Spec.of(
                programCommand(crate, target, rlib, binary), crateDir, settings.timeout()).countingCpu());
        if (outcome.timedOut()) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0502,
                    SourceSpan.wholeFile(request.pythonFile()),
                    "rustc did not finish within " + BuildSettings.describe(settings.timeout()) + " and was stopped")
                    .withHelp(BuildSettings.TIMEOUT_HELP));
        }
        SourceMapper mapper = new SourceMapper(crate, request.pythonFile(), crateDir);
        if (outcome.exitCode() != 0 || !Files.isRegularFile(binary)) {
            int code = outcome.exitCode() == 0 ? -1 : outcome.exitCode();
            return StageResult.failed(RustcDiagnostics.errors(outcome.stderrText(), code, mapper));
        }
        return StageResult.ok(new BuiltModule(crate.module(), request.target(), binary, crate,
                target.rustc().version()));
    }

    private List<String> programCommand(RustCrate crate, RustTarget target, Path rlib, Path binary) {
        List<String> command = new ArrayList<>(List.of(target.rustc().path().toString(), "--edition", "2021",
                "--crate-type", crate.library() ? "cdylib" : "bin", "--crate-name", crate.crateName(), "--error-format=json"));
        if (target.isWasm()) {
            command.addAll(List.of("--target", target.triple()));
            // The default 1 MiB wasm stack holds a few hundred Python frames of dynamic code;
            // CPython's recursion limit (1000) and programs that raise it need more.
            command.addAll(List.of("-C", "link-arg=-zstack-size=" + WASM_STACK_BYTES));
        }
        BuildProfile profile = settings.profile();
        if (crate.lowering().dynamic()) {
            // Fat LTO re-optimises every runtime function a dynamic program can reach (most of
            // pyrt::value): ~25 s per program for a module of the same size and speed.
            profile = profile.withoutLto();
        }
        command.addAll(profile.binaryFlags());
        String runtime = crate.runtime().name();
        command.addAll(List.of("--extern", runtime + "=" + rlib, "-L", "dependency=" + rlib.getParent(),
                crate.output().entryFile(), "-o", binary.toString()));
        return command;
    }

    private static Diagnostic missingToolchain(Target target, String file) {
        String what = target == Target.NATIVE ? "no rustc that can build native executables was found"
                : "no rustc with a WebAssembly (wasm32-wasi) standard library was found";
        String help = target == Target.NATIVE ? "install one with `apt-get install -y rustc gcc`"
                : "install one with `" + Toolchains.DEBIAN_INSTALL + "` or `" + Toolchains.RUSTUP_INSTALL + "`";
        return Diagnostic.error(DiagnosticCode.PTL0202, SourceSpan.wholeFile(file), what).withHelp(help)
                .withNote("set " + Toolchains.RUSTC_ENV + " to the path of a rustc to use that one");
    }
}
