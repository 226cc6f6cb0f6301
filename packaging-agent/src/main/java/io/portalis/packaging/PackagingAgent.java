package io.portalis.packaging;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuiltModule;
import io.portalis.build.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The packaging stage: writes the module's binary ({@code <stem>.wasm}, or {@code <stem>.bin} for a
 * native executable), its crate with the runtime vendored ({@code <stem>/}) and its JSON report
 * ({@code <stem>.report.json}) under the output directory. Every file is written atomically, and
 * the report last, so a report on disk always describes files that are complete. A library
 * (docs/ABI.md) also gets {@code <stem>.portalis}, everything above in one zip with a manifest.
 */
public final class PackagingAgent {
    public StageResult<PackagedModule> pack(PackageRequest request) {
        Path outDir = request.outDir();
        BuiltModule built = request.built();
        String stem = request.stem();
        try {
            Files.createDirectories(outDir);
            byte[] binary = Files.readAllBytes(built.binary());
            boolean wasm = built.target() == Target.WASM32_WASI;
            // Not plain `<stem>` for native code: that is the crate's directory.
            Path binaryPath = outDir.resolve(wasm ? stem + ".wasm" : stem + ".bin");
            AtomicFiles.write(binaryPath, binary, !wasm);
            Path crateDir = outDir.resolve(stem);
            AtomicFiles.replaceDirectory(crateDir, dir -> VendoredCrate.write(dir, built.crate()));
            Optional<byte[]> source = readQuietly(request.pythonSource());
            Path report = writeReports(outDir, stem, new ModuleReport.Contents(
                    built.module().dottedName(), request.pythonSource(), source,
                    Optional.of(built), Optional.of(binaryPath), Optional.of(binary), request.verification(),
                    request.diagnostics()));
            if (built.crate().library()) {
                PortalisPackage pkg = LibraryPackage.assemble(stem, built, binary, request.pythonSource(), source,
                        crateDir, report, outDir.resolve(stem + ".report.html"));
                AtomicFiles.write(outDir.resolve(stem + PortalisPackage.EXTENSION), pkg.toBytes(), false);
            }
            return StageResult.ok(new PackagedModule(binaryPath, crateDir, report));
        } catch (IOException e) {
            return StageResult.failed(cannotWrite(outDir, e));
        }
    }

    /**
     * Writes {@code <stem>.report.json} for a module that failed before it had a binary, so that
     * every input module has a report saying what happened to it.
     */
    public StageResult<Path> reportFailure(Path outDir, String stem, Path pythonSource, List<Diagnostic> diagnostics) {
        try {
            Files.createDirectories(outDir);
            Path report = writeReports(outDir, stem, new ModuleReport.Contents(stem, pythonSource,
                    readQuietly(pythonSource), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    diagnostics));
            return StageResult.ok(report);
        } catch (IOException e) {
            return StageResult.failed(cannotWrite(outDir, e));
        }
    }

    /** {@code <stem>.report.json} for tools and {@code <stem>.report.html} for people; the JSON's path. */
    private static Path writeReports(Path outDir, String stem, ModuleReport.Contents contents) throws IOException {
        Path report = outDir.resolve(stem + ".report.json");
        AtomicFiles.write(report, ModuleReport.render(contents), false);
        AtomicFiles.write(outDir.resolve(stem + ".report.html"), ModuleReportHtml.render(contents), false);
        return report;
    }

    private static Optional<byte[]> readQuietly(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            // The report still says which file it was; its hash is simply unknown.
            return Optional.empty();
        }
    }

    private static Diagnostic cannotWrite(Path outDir, IOException e) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return Diagnostic.error(DiagnosticCode.PTL0401, SourceSpan.wholeFile(outDir.toString()),
                        "cannot write output to `" + outDir + "`")
                .withNote(why)
                .withHelp("choose an output directory this user can create and write to");
    }
}
