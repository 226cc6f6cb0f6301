package io.portalis.ingest.packages;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A directory's modules and the imports between them. Built by {@link #ingestDirectory}: every
 * module is parsed, its imports resolved; imports of project modules that do not exist and import
 * cycles are warnings, syntax errors are the parser's own diagnostics.
 *
 * @param modules the parsed modules by dotted name (modules that failed to parse are absent)
 * @param edges every resolved import, in source order per module
 * @param externals per module, the top-level names it imports from outside the directory
 *     (the standard library or third-party packages), sorted
 */
public record ImportGraph(PackageLayout layout, Map<String, ParsedModule> modules, List<ImportEdge> edges,
        Map<String, Set<String>> externals) {
    public ImportGraph {
        modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
        edges = List.copyOf(edges);
        externals = Map.copyOf(externals);
    }

    public static StageResult<ImportGraph> ingestDirectory(Path root) throws IOException {
        PackageLayout layout = PackageLayout.discover(root);
        IngestAgent agent = new IngestAgent();
        Map<String, ParsedModule> parsed = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Map.Entry<String, Path> m : layout.modules().entrySet()) {
            StageResult<ParsedModule> r = agent.ingest(SourceFile.of(m.getValue()), IngestAgent.EmptyFiles.ACCEPT);
            diagnostics.addAll(r.diagnostics());
            r.value().ifPresent(p -> parsed.put(m.getKey(), p));
        }
        List<ImportEdge> edges = new ArrayList<>();
        Map<String, Set<String>> externals = new LinkedHashMap<>();
        parsed.forEach((name, module) -> {
            Set<String> imported = new TreeSet<>();
            new ImportResolver(layout, name, module, edges, imported, diagnostics).resolveAll();
            externals.put(name, Collections.unmodifiableSet(imported));
        });
        ImportGraph graph = new ImportGraph(layout, parsed, edges, externals);
        for (List<String> cycle : graph.cycles()) {
            ImportEdge first = graph.edgeBetween(cycle.get(0), cycle.size() > 1 ? cycle.get(1) : cycle.get(0));
            diagnostics.add(Diagnostic.warning(DiagnosticCode.PTL0008, first.at(), "import cycle: "
                    + String.join(" -> ", cycle) + " -> " + cycle.get(0)));
        }
        return StageResult.of(graph, diagnostics);
    }

    /**
     * The top-level modules a file outside any package layout imports (a script whose name is no
     * module name, say): every import is external to it.
     */
    public static Set<String> externalImportsOf(ParsedModule script) {
        PackageLayout none = new PackageLayout(script.file().path().toAbsolutePath().getParent(), Map.of(), Set.of());
        Set<String> imported = new TreeSet<>();
        new ImportResolver(none, "__main__", script, new ArrayList<>(), imported, new ArrayList<>()).resolveAll();
        return Collections.unmodifiableSet(imported);
    }

    /** The modules {@code name} imports directly, without repeats. */
    public Set<String> importsOf(String name) {
        Set<String> out = new LinkedHashSet<>();
        edges.stream().filter(e -> e.from().equals(name)).forEach(e -> out.add(e.to()));
        return out;
    }

    /** Each strongly connected set of two or more modules (or one importing itself), in a path order. */
    public List<List<String>> cycles() {
        return ImportCycles.find(this);
    }

    private ImportEdge edgeBetween(String from, String to) {
        return edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
                .orElseGet(() -> edges.stream().filter(e -> e.from().equals(from)).findFirst().orElseThrow());
    }
}
