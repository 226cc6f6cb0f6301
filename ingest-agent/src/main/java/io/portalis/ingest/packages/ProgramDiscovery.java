package io.portalis.ingest.packages;

import io.portalis.agents.ModuleId;
import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.packages.LocalModules.Kind;
import io.portalis.ingest.packages.LocalModules.LocalModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Finds a program's local modules the way CPython's path-based finder would for
 * {@code python3 main.py} (docs.python.org/3.12/reference/import.html): starting from the main
 * script, every {@code import} and {@code from … import} at any depth is resolved against the
 * script's directory, and each module found is parsed and searched in turn. A regular package
 * ({@code name/__init__.py}) wins over a module ({@code name.py}), which wins over a namespace
 * package (a directory without {@code __init__.py}); names CPython finds elsewhere first are left
 * to the runtime (see {@link StdlibNames}). Names no file provides are not reported here: the
 * import raises {@code ModuleNotFoundError} when it runs, or the transpiler refuses it.
 */
public final class ProgramDiscovery {
    /** Where bundled modules say they live (they are part of Portalis, not of the program's files). */
    private static final Path BUNDLED_DIR = Path.of("/usr/lib/python3.12");

    private final IngestAgent agent;
    private final ParsedModule main;
    private final Path root;
    private final Path realRoot;
    private final Map<String, LocalModule> found = new LinkedHashMap<>();
    private final Deque<LocalModule> work = new ArrayDeque<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean failed;

    private ProgramDiscovery(IngestAgent agent, ParsedModule main) {
        this.agent = agent;
        this.main = main;
        this.root = main.file().path().toAbsolutePath().normalize().getParent();
        Path real = root;
        try {
            real = root.toRealPath();
        } catch (IOException | SecurityException e) {
            // An unreadable directory has no modules to find; the path as given names it.
        }
        this.realRoot = real;
    }

    /**
     * The local modules {@code main} reaches. Fails (with the parser's diagnostics) when one of
     * them cannot be read or parsed, since the program could not run.
     */
    public static StageResult<LocalModules> discover(IngestAgent agent, ParsedModule main) {
        ProgramDiscovery d = new ProgramDiscovery(agent, main);
        if (d.root == null) {
            return StageResult.of(LocalModules.none(), List.of());
        }
        d.scan(main, "");
        while (!d.work.isEmpty()) {
            LocalModule m = d.work.pop();
            d.scan(m.parsed(), m.packageName());
        }
        if (d.failed) {
            return StageResult.failed(d.diagnostics);
        }
        return StageResult.of(new LocalModules(d.realRoot, d.found), d.diagnostics);
    }

    /**
     * The files of the local modules {@code main} reaches, for keys that must change when any
     * of the program's files does; empty when {@code main} cannot be parsed.
     */
    public static List<Path> filesOf(SourceFile main) {
        IngestAgent agent = new IngestAgent();
        return agent.ingest(main).value()
                .flatMap(m -> discover(agent, m).value())
                .map(l -> l.modules().values().stream().filter(m -> m.parsed() != null)
                        .map(m -> m.parsed().file().path()).filter(p -> !p.startsWith(BUNDLED_DIR)).toList())
                .orElse(List.of());
    }

    /** Every import statement of {@code module}, in functions and blocks too. */
    private void scan(ParsedModule module, String packageName) {
        Deque<Node> nodes = new ArrayDeque<>(module.tree().body());
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Stmt.Import imp) {
                imp.names().forEach(a -> withParents(a.name()));
            } else if (node instanceof Stmt.ImportFrom from) {
                importFrom(from, packageName);
            } else {
                List<Node> children = new ArrayList<>();
                ImportResolver.statementChildren(node, children::add);
                children.reversed().forEach(nodes::push);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom from, String packageName) {
        int level = from.level() == null ? 0 : from.level();
        String base = from.module();
        if (level > 0) {
            base = LocalModules.resolveRelative(packageName, level, from.module()).name();
        }
        if (base == null || !withParents(base)) {
            return;
        }
        LocalModule m = found.get(base);
        if (m != null && m.isPackage()) {
            // `from pkg import name` imports submodule pkg.name when pkg has no attribute `name`.
            for (Alias a : from.names()) {
                if (!a.name().equals("*")) {
                    find(base + "." + a.name());
                }
            }
        }
    }

    /** Finds {@code a}, {@code a.b}, {@code a.b.c} in turn; whether all were found here. */
    private boolean withParents(String name) {
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            if (!find(name.substring(0, dot))) {
                return false;
            }
        }
        return find(name);
    }

    /** Whether {@code name} is a local module (found now, or before). */
    private boolean find(String name) {
        if (found.containsKey(name)) {
            return true;
        }
        String parent = LocalModules.parentOf(name);
        String part = name.substring(name.lastIndexOf('.') + 1);
        if (!SourceVersion.isIdentifier(part) || part.contains("$")) {
            return false;
        }
        Path dir;
        if (parent.isEmpty()) {
            if (!StdlibNames.shadowable(part)) {
                return false;
            }
            dir = root;
        } else {
            LocalModule p = found.get(parent);
            if (p == null || !p.isPackage()) {
                return false;
            }
            dir = directoryOf(p);
        }
        Path init = dir.resolve(part).resolve("__init__.py");
        Path file = dir.resolve(part + ".py");
        if (Files.isRegularFile(init)) {
            return add(name, Kind.PACKAGE, init);
        }
        if (Files.isRegularFile(file)) {
            return add(name, Kind.MODULE, file);
        }
        if (Files.isDirectory(dir.resolve(part)) && !(parent.isEmpty() && StdlibNames.isStdlib(part))) {
            found.put(name, new LocalModule(name, Kind.NAMESPACE, null, null));
            return true;
        }
        return parent.isEmpty() && addBundled(name);
    }

    /**
     * A standard-library module Portalis provides as Python source (translated with the program)
     * rather than in the runtime: {@code bundled/NAME.py} among this class's resources. Its file is
     * named as CPython's would be, under the interpreter's library directory.
     */
    private boolean addBundled(String name) {
        byte[] raw;
        try (java.io.InputStream in = ProgramDiscovery.class.getResourceAsStream("bundled/" + name + ".py")) {
            if (in == null) {
                return false;
            }
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = BUNDLED_DIR.resolve(name + ".py");
        StageResult<ParsedModule> parsed = agent.ingestBytes(new SourceFile(file, file.toString()), raw);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.value().isEmpty()) {
            failed = true;
            return false;
        }
        ParsedModule p = parsed.value().get();
        LocalModule m = new LocalModule(name, Kind.MODULE, file,
                new ParsedModule(new ModuleId(name), p.file(), p.source(), p.lines(), p.tree()));
        found.put(name, m);
        work.add(m);
        return true;
    }

    private Path directoryOf(LocalModule p) {
        return p.kind() == Kind.PACKAGE ? p.file().getParent() : root.resolve(p.name().replace('.', '/'));
    }

    private boolean add(String name, Kind kind, Path file) {
        String shown = displayName(file);
        StageResult<ParsedModule> parsed = agent.ingest(new SourceFile(file, shown), IngestAgent.EmptyFiles.ACCEPT);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.value().isEmpty()) {
            failed = true;
            return false;
        }
        ParsedModule p = parsed.value().get();
        ParsedModule named = new ParsedModule(new ModuleId(name), p.file(), p.source(), p.lines(), p.tree());
        LocalModule m = new LocalModule(name, kind, realRoot.resolve(root.relativize(file)), named);
        found.put(name, m);
        work.add(m);
        return true;
    }

    /** A local file named as the main script is: relative to the same directory the user gave. */
    private String displayName(Path file) {
        Path shownMain = Path.of(main.file().displayName());
        Path relative = root.relativize(file);
        Path parent = shownMain.getParent();
        return parent == null ? relative.toString() : parent.resolve(relative).toString();
    }
}
