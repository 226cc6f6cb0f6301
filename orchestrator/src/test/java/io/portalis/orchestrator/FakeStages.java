package io.portalis.orchestrator;

import io.portalis.agents.ModuleId;
import io.portalis.agents.StageResult;
import io.portalis.agents.actor.StageActor;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.ModuleFacts;
import io.portalis.analysis.TypedModule;
import io.portalis.build.BuildRequest;
import io.portalis.build.BuiltModule;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.source.LineIndex;
import io.portalis.packaging.PackageRequest;
import io.portalis.packaging.PackagedModule;
import io.portalis.testing.ProgramRun;
import io.portalis.testing.Verification;
import io.portalis.testing.VerifyRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stage functions that do no real work, so orchestration can be tested without a parser or
 * rustc. Each records the inputs it was given; the "program" prints {@code hello from <stem>}.
 */
final class FakeStages {
    final List<BuildRequest> builds = new CopyOnWriteArrayList<>();
    final List<VerifyRequest> verifications = new CopyOnWriteArrayList<>();
    final List<PackageRequest> packages = new CopyOnWriteArrayList<>();
    final List<FailureReport> reports = new CopyOnWriteArrayList<>();

    PipelineStages stages() {
        return new PipelineStages(FakeStages::parse, FakeStages::analyze, FakeStages::transpile, this::build,
                this::verify, this::pack, this::report);
    }

    static OrchestratorSettings fastSettings() {
        return OrchestratorSettings.fromConfig(PortalisConfig.embedded())
                .withBackoff(new StageActor.Backoff(Duration.ofMillis(10), Duration.ofMillis(100), 0.0));
    }

    static String stem(SourceFile file) {
        return JobInput.stemOf(file.path());
    }

    static StageResult<ParsedModule> parse(SourceFile file) {
        Mod.Module tree = new Mod.Module(new Span(0, 0), List.of(), List.of());
        return StageResult.ok(new ParsedModule(new ModuleId(stem(file)), file, "", LineIndex.of(""), tree));
    }

    static StageResult<TypedModule> analyze(ParsedModule parsed) {
        return StageResult.ok(new TypedModule(parsed, ModuleFacts.empty()));
    }

    static StageResult<RustCrate> transpile(io.portalis.transpiler.TranspileRequest request) {
        ModuleId id = request.module().parsed().id();
        return StageResult.ok(new RustCrate(id, id.stem(), Map.of("src/main.rs", "fn main() {}\n"),
                new RustCrate.RuntimeCrate("pyrt", Map.of()), Map.of()));
    }

    StageResult<BuiltModule> build(BuildRequest request) {
        builds.add(request);
        Path binary = request.workDir().resolve(request.crate().crateName() + ".wasm");
        return StageResult.ok(new BuiltModule(request.crate().module(), request.target(), binary, request.crate(),
                "fake 0.0"));
    }

    StageResult<Verification> verify(VerifyRequest request) {
        verifications.add(request);
        byte[] out = ("hello from " + request.built().module().stem() + "\n").getBytes(StandardCharsets.UTF_8);
        ProgramRun run = new ProgramRun(0, out, new byte[0], Duration.ofMillis(1));
        return StageResult.ok(new Verification(run, request.compareWithCPython() ? Optional.of(run) : Optional.empty(),
                request.compareWithCPython()));
    }

    StageResult<PackagedModule> pack(PackageRequest request) {
        packages.add(request);
        Path out = request.outDir();
        return StageResult.ok(new PackagedModule(out.resolve(request.stem() + ".wasm"), out.resolve(request.stem()),
                out.resolve(request.stem() + ".report.json")));
    }

    StageResult<Path> report(FailureReport request) {
        reports.add(request);
        return StageResult.ok(request.outDir().resolve(request.stem() + ".report.json"));
    }
}
