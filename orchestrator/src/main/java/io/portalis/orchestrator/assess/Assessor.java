package io.portalis.orchestrator.assess;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.analysis.AnalysisAgent;
import io.portalis.analysis.TypedModule;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.packages.ImportGraph;
import io.portalis.ingest.packages.ProgramDiscovery;
import io.portalis.orchestrator.assess.ModuleAssessment.Status;
import io.portalis.transpiler.TranspilerAgent;
import io.portalis.transpiler.runtime.PyrtTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Assesses a directory without building anything: every module goes through ingest, analysis and
 * the transpiler (on {@code jobs} threads), and its errors decide its {@link Status}. The
 * transpiler is the judge because it is what a translation would run; what it refuses is exactly
 * what {@code portalis translate} would refuse.
 */
public final class Assessor {
    /** Modules Python resolves itself: never a missing dependency. */
    private static final Set<String> ALWAYS_PROVIDED = Set.of("__future__");
    /** Deeply nested code recurses deeply in analysis and lowering. */
    private static final long WORKER_STACK = 256L << 20;

    private final int jobs;
    private final Duration perModule;

    public Assessor(int jobs, Duration perModule) {
        this.jobs = Math.max(1, jobs);
        this.perModule = perModule;
    }

    public Assessment assess(Path root) throws IOException {
        StageResult<ImportGraph> ingested = ImportGraph.ingestDirectory(root);
        ImportGraph graph = ingested.value().orElseThrow();
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        List<Diagnostic> graphDiagnostics = new ArrayList<>();
        for (Diagnostic d : ingested.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                byFile.computeIfAbsent(d.span().file(), f -> new ArrayList<>()).add(d);
            } else {
                graphDiagnostics.add(d);
            }
        }
        Map<String, Callable<ModuleAssessment>> work = new LinkedHashMap<>();
        Map<String, Path> paths = new HashMap<>();
        for (String name : MigrationOrder.of(graph)) {
            Path path = graph.layout().modules().get(name);
            List<Diagnostic> ingestErrors = byFile.getOrDefault(SourceFile.of(path).displayName(), List.of());
            Optional<ParsedModule> parsed = Optional.ofNullable(graph.modules().get(name));
            paths.put(name, path);
            work.put(name, () -> assessModule(new Unit(name, path, parsed, ingestErrors,
                    List.copyOf(graph.importsOf(name)), graph.externals().getOrDefault(name, Set.of()),
                    inRoot(root, path))));
        }
        for (Path script : scripts(root, graph)) {
            String name = root.relativize(script).toString();
            paths.put(name, script);
            work.put(name, () -> assessModule(scriptUnit(name, script, graph)));
        }
        return new Assessment(root, run(work, paths), graph.cycles(), graphDiagnostics);
    }

    /**
     * A module with what ingest found: its tree (absent when it did not parse) and its imports;
     * {@code runnable} when it lies in the root, where {@code python3 FILE} would find the
     * project's modules as the assessment does, so that it is assessed with them as a program.
     */
    private record Unit(String name, Path path, Optional<ParsedModule> parsed, List<Diagnostic> ingestErrors,
            List<String> projectImports, Set<String> externals, boolean runnable) {}

    private static boolean inRoot(Path root, Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(root.toAbsolutePath().normalize());
    }

    /** The module with the project modules it imports, as {@code portalis translate FILE} would take it. */
    private static ParsedModule asProgram(Unit unit, ParsedModule parsed) {
        if (!unit.runnable() || unit.projectImports().isEmpty()) {
            return parsed;
        }
        return ProgramDiscovery.discover(new IngestAgent(), parsed).value().map(parsed::withLocals).orElse(parsed);
    }

    /** Python files that no import can name ({@code run-server.py}): assessed as programs. */
    private static List<Path> scripts(Path root, ImportGraph graph) throws IOException {
        Set<Path> modules = new HashSet<>(graph.layout().modules().values());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p) && !modules.contains(p))
                    .sorted().toList();
        }
    }

    /** A script's imports of the directory's own top-level modules are project imports, as Python runs it. */
    private static Unit scriptUnit(String name, Path script, ImportGraph graph) {
        StageResult<ParsedModule> r = new IngestAgent().ingest(SourceFile.of(script), IngestAgent.EmptyFiles.ACCEPT);
        List<Diagnostic> errors = errorsOf(r);
        Set<String> imported = r.value().map(ImportGraph::externalImportsOf).orElse(Set.of());
        List<String> project = imported.stream().filter(m -> graph.layout().modules().containsKey(m)).toList();
        Set<String> externals = new TreeSet<>(imported);
        project.forEach(externals::remove);
        return new Unit(name, script, errors.isEmpty() ? r.value() : Optional.empty(), errors, project, externals,
                inRoot(graph.layout().root(), script));
    }

    private List<ModuleAssessment> run(Map<String, Callable<ModuleAssessment>> work, Map<String, Path> paths) {
        Map<String, Future<ModuleAssessment>> pending = new LinkedHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(jobs,
                task -> new Thread(null, task, "portalis-assess", WORKER_STACK));
        try {
            work.forEach((name, task) -> pending.put(name, workers.submit(task)));
            List<ModuleAssessment> modules = new ArrayList<>();
            pending.forEach((name, result) -> modules.add(await(name, paths.get(name), result)));
            return modules;
        } finally {
            workers.shutdownNow();
        }
    }

    private ModuleAssessment await(String name, Path path, Future<ModuleAssessment> result) {
        SourceSpan module = SourceSpan.wholeFile(SourceFile.of(path).displayName());
        try {
            return result.get(perModule.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            return failed(name, path, Diagnostic.error(DiagnosticCode.PTL0502, module,
                    "assessing `" + name + "` took longer than " + perModule.toSeconds() + " s"));
        } catch (ExecutionException e) {
            return failed(name, path, Diagnostic.error(DiagnosticCode.PTL0501, module,
                    "internal error while assessing `" + name + "`: " + e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing " + name, e);
        }
    }

    private static ModuleAssessment failed(String name, Path path, Diagnostic why) {
        return new ModuleAssessment(name, path, Status.NEEDS_WORK, List.of(why),
                Optional.empty(), List.of(), List.of());
    }

    private static ModuleAssessment assessModule(Unit unit) {
        List<String> unprovided = unprovided(unit.externals());
        if (unit.parsed().isEmpty() || !unit.ingestErrors().isEmpty()) {
            return new ModuleAssessment(unit.name(), unit.path(), Status.BLOCKED, unit.ingestErrors(),
                    Optional.empty(), unit.projectImports(), unprovided);
        }
        List<Diagnostic> errors = new ArrayList<>();
        Optional<RustCrate> crate = Optional.empty();
        StageResult<TypedModule> typed = new AnalysisAgent().analyze(asProgram(unit, unit.parsed().get()));
        errors.addAll(errorsOf(typed));
        if (typed.value().isPresent() && errors.isEmpty()) {
            StageResult<RustCrate> transpiled = new TranspilerAgent().transpile(typed.value().get());
            errors.addAll(errorsOf(transpiled));
            crate = transpiled.value();
        }
        Status status = errors.isEmpty() && crate.isPresent() ? Status.TRANSLATABLE
                : !unprovided.isEmpty() || errors.stream().anyMatch(d -> d.code() == DiagnosticCode.PTL0101)
                        ? Status.BLOCKED : Status.NEEDS_WORK;
        return new ModuleAssessment(unit.name(), unit.path(), status, errors,
                status == Status.TRANSLATABLE ? crate.map(RustCrate::lowering) : Optional.empty(),
                unit.projectImports(), unprovided);
    }

    private static List<Diagnostic> errorsOf(StageResult<?> result) {
        return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    private static List<String> unprovided(Set<String> externals) {
        Set<String> provided = new HashSet<>(PyrtTables.modules());
        provided.addAll(ALWAYS_PROVIDED);
        return externals.stream().filter(m -> !provided.contains(m)).sorted().toList();
    }
}
