package io.portalis.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.build.process.ExternalProcess;
import io.portalis.build.toolchain.Toolchain;
import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildAgentTest {
    @TempDir
    Path cache;
    @TempDir
    Path work;

    private BuildAgent agent() {
        return new BuildAgent(BuildSettings.defaults().withCacheRoot(cache));
    }

    private static void assumeWasm() {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std on this machine");
    }

    @Test
    void buildsSmallWasmAgainstTheRuntime() throws Exception {
        assumeWasm();
        StageResult<BuiltModule> result = agent().build(new BuildRequest(TinyCrates.hello(), Target.WASM32_WASI, work));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        BuiltModule built = result.value().orElseThrow();
        byte[] bytes = Files.readAllBytes(built.binary());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(bytes, 4));
        System.out.println("hello-world wasm: " + bytes.length + " bytes with " + built.rustcVersion());
        assertTrue(bytes.length < 150_000, "hello world should stay small, was " + bytes.length);
        assertTrue(built.rustcVersion().startsWith("rustc "));
    }

    @Test
    void secondBuildReusesTheCompiledRuntime() throws Exception {
        assumeWasm();
        BuildAgent agent = agent();
        var first = agent.warmRuntime(TinyCrates.runtime(), Target.WASM32_WASI).value().orElseThrow();
        assertTrue(first.compiledNow());
        long stamp = Files.getLastModifiedTime(first.rlib()).toMillis();
        assertTrue(agent.build(new BuildRequest(TinyCrates.hello(), Target.WASM32_WASI, work)).succeeded());
        var second = agent.warmRuntime(TinyCrates.runtime(), Target.WASM32_WASI).value().orElseThrow();
        assertFalse(second.compiledNow());
        assertEquals(first.rlib(), second.rlib());
        assertEquals(stamp, Files.getLastModifiedTime(second.rlib()).toMillis());
        assertTrue(first.rlib().startsWith(cache.resolve("pyrt")));
    }

    @Test
    void concurrentBuildsCompileTheRuntimeOnce() throws Exception {
        assumeWasm();
        BuildAgent agent = agent();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<StageResult<BuildAgent.RuntimeArtifact>>> runs = List.of(
                    pool.submit(() -> agent.warmRuntime(TinyCrates.runtime(), Target.WASM32_WASI)),
                    pool.submit(() -> new BuildAgent(agent.settings())
                            .warmRuntime(TinyCrates.runtime(), Target.WASM32_WASI)));
            long compiled = 0;
            for (var run : runs) {
                var artifact = run.get().value().orElseThrow();
                compiled += artifact.compiledNow() ? 1 : 0;
                assertTrue(Files.isRegularFile(artifact.rlib()));
            }
            assertEquals(1, compiled);
        }
        try (var left = Files.list(cache.resolve("pyrt"))) {
            assertEquals(1, left.count(), "no temporary directories are left behind");
        }
    }

    @Test
    void rustcErrorsPointAtThePythonLine() {
        assumeWasm();
        String main = "fn main() {\n    let x: i64 = 1;\n    let y: i64 = \"text\";\n    println!(\"{}\", x + y);\n}\n";
        var crate = TinyCrates.program("broken", main, List.of(new SourceMapping(2, 4), new SourceMapping(3, 7)));
        var result = agent().build(new BuildRequest(crate, Target.WASM32_WASI, work, "broken.py"));
        assertFalse(result.succeeded());
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0201, d.code());
        assertEquals("mismatched types", d.message());
        assertEquals("broken.py", d.span().file());
        assertEquals(7, d.span().line());
        assertTrue(d.secondary().getFirst().span().file().endsWith("src/main.rs"));
        assertEquals(3, d.secondary().getFirst().span().line());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("E0308")), d.notes()::toString);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("expected `i64`")), d.notes()::toString);
    }

    @Test
    void unmappedErrorsFallBackToTheRustPosition() {
        assumeWasm();
        var crate = TinyCrates.program("nomap", "fn main() {\n    pyrt::missing();\n}\n", List.of());
        var result = agent().build(new BuildRequest(crate, Target.WASM32_WASI, work, "nomap.py"));
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0201, d.code());
        assertTrue(d.span().file().endsWith("src/main.rs"), d.span()::toString);
        assertEquals(2, d.span().line());
    }

    @Test
    void buildsANativeExecutable() throws Exception {
        assumeTrue(Toolchains.discover().host().isPresent(), "no host rustc");
        var result = agent().build(new BuildRequest(TinyCrates.hello(), Target.NATIVE, work));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        Path exe = result.value().orElseThrow().binary();
        var run = ExternalProcess.run(ExternalProcess.Spec.of(List.of(exe.toString()), work, Duration.ofSeconds(10)));
        assertEquals(0, run.exitCode());
        assertEquals("hello from pyrt\n", run.stdoutText());
    }

    @Test
    void missingToolchainSaysHowToInstallIt() {
        var none = new Toolchain(Optional.empty(), Optional.empty(), List.of());
        var agent = new BuildAgent(BuildSettings.defaults().withCacheRoot(cache).withToolchain(none));
        var result = agent.build(new BuildRequest(TinyCrates.hello(), Target.WASM32_WASI, work));
        Diagnostic d = result.diagnostics().getFirst();
        assertEquals(DiagnosticCode.PTL0202, d.code());
        assertTrue(d.help().orElseThrow().contains(Toolchains.DEBIAN_INSTALL));
        assertFalse(Toolchains.checks(none).getFirst().ok());
        assertTrue(Toolchains.checks(none).getFirst().fix().contains("rustup target add wasm32-wasip1"));
    }
}
