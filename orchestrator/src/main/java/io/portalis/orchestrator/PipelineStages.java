package io.portalis.orchestrator;

import io.portalis.agents.StageFunction;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.AnalysisAgent;
import io.portalis.analysis.TypedModule;
import io.portalis.build.BuildAgent;
import io.portalis.build.BuildRequest;
import io.portalis.build.BuiltModule;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.packaging.PackageRequest;
import io.portalis.packaging.PackagingAgent;
import io.portalis.packaging.PackagedModule;
import io.portalis.testing.TestAgent;
import io.portalis.testing.Verification;
import io.portalis.testing.VerifyRequest;
import io.portalis.transpiler.TranspileRequest;
import io.portalis.transpiler.TranspilerAgent;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The work behind each stage actor: the six stages of the pipeline and the failure report that
 * packaging writes for a module that stopped early. {@link #defaults()} uses the real agents;
 * tests replace single stages with fakes or faults through the {@code with…} methods.
 */
public record PipelineStages(
        StageFunction<SourceFile, ParsedModule> ingest,
        StageFunction<ParsedModule, TypedModule> analysis,
        StageFunction<TranspileRequest, RustCrate> transpile,
        StageFunction<BuildRequest, BuiltModule> build,
        StageFunction<VerifyRequest, Verification> test,
        StageFunction<PackageRequest, PackagedModule> pack,
        StageFunction<FailureReport, Path> reportFailure) {

    public PipelineStages {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(transpile, "transpile");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(reportFailure, "reportFailure");
    }

    /** The real agents. Each agent object is shared by the stage's workers, so agents must be thread-safe. */
    public static PipelineStages defaults() {
        IngestAgent ingest = new IngestAgent();
        AnalysisAgent analysis = new AnalysisAgent();
        TranspilerAgent transpiler = new TranspilerAgent();
        BuildAgent build = new BuildAgent();
        TestAgent test = new TestAgent();
        PackagingAgent packaging = new PackagingAgent();
        return new PipelineStages(ingest::ingestProgram, analysis::analyze, (TranspileRequest request) -> transpiler.transpile(request), build::build,
                test::verify, packaging::pack,
                report -> packaging.reportFailure(report.outDir(), report.stem(), report.pythonSource(),
                        report.diagnostics()));
    }

    public PipelineStages withIngest(StageFunction<SourceFile, ParsedModule> f) {
        return new PipelineStages(f, analysis, transpile, build, test, pack, reportFailure);
    }

    public PipelineStages withAnalysis(StageFunction<ParsedModule, TypedModule> f) {
        return new PipelineStages(ingest, f, transpile, build, test, pack, reportFailure);
    }

    public PipelineStages withTranspile(StageFunction<TranspileRequest, RustCrate> f) {
        return new PipelineStages(ingest, analysis, f, build, test, pack, reportFailure);
    }

    public PipelineStages withBuild(StageFunction<BuildRequest, BuiltModule> f) {
        return new PipelineStages(ingest, analysis, transpile, f, test, pack, reportFailure);
    }

    public PipelineStages withTest(StageFunction<VerifyRequest, Verification> f) {
        return new PipelineStages(ingest, analysis, transpile, build, f, pack, reportFailure);
    }

    public PipelineStages withPack(StageFunction<PackageRequest, PackagedModule> f) {
        return new PipelineStages(ingest, analysis, transpile, build, test, f, reportFailure);
    }

    public PipelineStages withReportFailure(StageFunction<FailureReport, Path> f) {
        return new PipelineStages(ingest, analysis, transpile, build, test, pack, f);
    }
}
