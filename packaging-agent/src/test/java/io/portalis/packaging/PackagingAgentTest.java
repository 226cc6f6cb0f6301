package io.portalis.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuiltModule;
import io.portalis.build.Target;
import io.portalis.build.process.ExternalProcess;
import io.portalis.testing.ProgramRun;
import io.portalis.testing.Verification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagingAgentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] FAKE_WASM = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @TempDir
    Path tmp;

    private static RustCrate crate() {
        var runtime = new RustCrate.RuntimeCrate("pyrt", Map.of(
                "src/lib.rs", "#![forbid(unsafe_code)]\npub fn hello() -> &'static str {\n    \"hello from pyrt\"\n}\n"));
        return new RustCrate(new ModuleId("pkg.hello"), "hello",
                Map.of("src/main.rs", "fn main() {\n    println!(\"{}\", pyrt::hello());\n}\n"), runtime,
                Map.of("src/main.rs", List.of(new SourceMapping(2, 1), new SourceMapping(3, 4))));
    }

    private BuiltModule built(Target target) throws Exception {
        Path binary = Files.write(tmp.resolve(target == Target.NATIVE ? "hello-bin" : "hello.wasm"), FAKE_WASM);
        return new BuiltModule(new ModuleId("pkg.hello"), target, binary, crate(), "rustc 1.63.0");
    }

    private Path source() throws Exception {
        return Files.writeString(tmp.resolve("hello.py"), "print('hello from pyrt')\n");
    }

    private static Verification verification() {
        var run = new ProgramRun(0, "hello\n".getBytes(StandardCharsets.UTF_8), new byte[0], Duration.ofMillis(12));
        return new Verification(run, Optional.of(run), true, Optional.of("3.12.1"));
    }

    @Test
    void writesBinaryCrateAndReport() throws Exception {
        Path out = tmp.resolve("out");
        var warning = Diagnostic.warning(DiagnosticCode.PTL0303, SourceSpan.point("hello.py", 1, 1), "just a warning");
        var request = new PackageRequest(out, "hello", source(), built(Target.WASM32_WASI),
                Optional.of(verification()), List.of(warning));
        var result = new PackagingAgent().pack(request);
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        PackagedModule packaged = result.value().orElseThrow();
        assertEquals(out.resolve("hello.wasm"), packaged.binary());
        assertTrue(Files.isRegularFile(out.resolve("hello/src/main.rs")));
        assertTrue(Files.isRegularFile(out.resolve("hello/pyrt/src/lib.rs")));
        assertTrue(Files.readString(out.resolve("hello/Cargo.toml")).contains("pyrt = { path = \"pyrt\" }"));

        JsonNode report = JSON.readTree(packaged.report().toFile());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("schemaVersion", "module", "source", "status", "target", "rustc", "lowering",
                "binary", "verification", "diagnostics", "sourceMap"), keys);
        assertEquals("typed", report.at("/lowering/kind").asText());
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals("pkg.hello", report.get("module").asText());
        assertEquals(ContentStore.sha256(Files.readAllBytes(source())), report.at("/source/sha256").asText());
        assertEquals("ok", report.get("status").asText());
        assertEquals("wasm32-wasi", report.get("target").asText());
        assertEquals(FAKE_WASM.length, report.at("/binary/size").asInt());
        assertEquals(ContentStore.sha256(FAKE_WASM), report.at("/binary/sha256").asText());
        assertTrue(report.at("/verification/matched").asBoolean());
        assertEquals("3.12.1", report.at("/verification/cpythonVersion").asText());
        assertEquals(12, report.at("/verification/translation/elapsedMs").asInt());
        assertEquals("PTL0303", report.at("/diagnostics/0/code").asText());
        assertEquals("warning", report.at("/diagnostics/0/severity").asText());
        assertEquals(1, report.at("/diagnostics/0/line").asInt());
        assertEquals(2, report.at("/sourceMap/src~1main.rs/mappings").asInt());
        assertEquals(4, report.at("/sourceMap/src~1main.rs/lastPythonLine").asInt());
        assertTrue(Files.readString(packaged.report()).contains("\n  \"module\""), "pretty-printed");
    }

    @Test
    void repackingReplacesTheCrateAndLeavesNoTemporaries() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("hello/src"));
        Files.writeString(out.resolve("hello/src/stale.rs"), "// from an older run\n");
        var request = new PackageRequest(out, "hello", source(), built(Target.WASM32_WASI), Optional.empty(),
                List.of());
        assertTrue(new PackagingAgent().pack(request).succeeded());
        assertTrue(new PackagingAgent().pack(request).succeeded());
        assertFalse(Files.exists(out.resolve("hello/src/stale.rs")));
        try (var names = Files.list(out)) {
            assertEquals(List.of("hello", "hello.report.html", "hello.report.json", "hello.wasm"),
                    names.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void nativeExecutablesAreNamedAfterTheStemBesideTheCrate() throws Exception {
        Path out = tmp.resolve("out");
        var request = new PackageRequest(out, "hello", source(), built(Target.NATIVE), Optional.empty(), List.of());
        var packaged = new PackagingAgent().pack(request).value().orElseThrow();
        assertEquals(out.resolve("hello.bin"), packaged.binary());
        assertTrue(Files.isRegularFile(packaged.binary()) && Files.isExecutable(packaged.binary()));
        assertArrayEquals(FAKE_WASM, Files.readAllBytes(packaged.binary()));
        assertTrue(Files.isDirectory(out.resolve("hello")), "the crate keeps its directory");
        assertEquals("native", JSON.readTree(packaged.report().toFile()).get("target").asText());
    }

    @Test
    void failedModulesStillGetAReport() throws Exception {
        var error = Diagnostic.error(DiagnosticCode.PTL0101, SourceSpan.point("hello.py", 3, 5), "`eval` cannot be"
                + " translated").withHelp("compute the value directly");
        var result = new PackagingAgent().reportFailure(tmp.resolve("out"), "hello", source(), List.of(error));
        JsonNode report = JSON.readTree(result.value().orElseThrow().toFile());
        assertEquals("failed", report.get("status").asText());
        assertTrue(report.get("binary").isNull());
        assertEquals("PTL0101", report.at("/diagnostics/0/code").asText());
        assertEquals(3, report.at("/diagnostics/0/line").asInt());
        assertEquals(5, report.at("/diagnostics/0/column").asInt());
        assertEquals("compute the value directly", report.at("/diagnostics/0/help").asText());
    }

    @Test
    void anUnwritableOutputDirectoryIsADiagnostic() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        var request = new PackageRequest(notADirectory.resolve("out"), "hello", source(), built(Target.WASM32_WASI),
                Optional.empty(), List.of());
        var result = new PackagingAgent().pack(request);
        assertFalse(result.succeeded());
        assertEquals(DiagnosticCode.PTL0401, result.diagnostics().getFirst().code());
        var failure = new PackagingAgent().reportFailure(notADirectory, "hello", source(), List.of());
        assertEquals(DiagnosticCode.PTL0401, failure.diagnostics().getFirst().code());
    }

    @Test
    void theVendoredCrateBuildsWithCargoOffline() throws Exception {
        Path cargo = Path.of(System.getProperty("user.home"), ".cargo/bin/cargo");
        if (!Files.isExecutable(cargo)) {
            cargo = Path.of("/usr/bin/cargo");
        }
        assumeTrue(Files.isExecutable(cargo), "no cargo on this machine");
        Path out = tmp.resolve("out");
        var request = new PackageRequest(out, "hello", source(), built(Target.WASM32_WASI), Optional.empty(),
                List.of());
        Path crateDir = new PackagingAgent().pack(request).value().orElseThrow().crateDir();
        var spec = ExternalProcess.Spec.of(List.of(cargo.toString(), "build", "--offline", "--release", "-q"),
                crateDir, Duration.ofMinutes(3)).withExtraEnvironment(Map.of("CARGO_TARGET_DIR",
                tmp.resolve("target").toString()));
        var build = ExternalProcess.run(spec);
        assertEquals(0, build.exitCode(), build::stderrText);
        var run = ExternalProcess.run(ExternalProcess.Spec.of(
                List.of(tmp.resolve("target/release/hello").toString()), tmp, Duration.ofSeconds(10)));
        assertEquals("hello from pyrt\n", run.stdoutText());
    }
}
