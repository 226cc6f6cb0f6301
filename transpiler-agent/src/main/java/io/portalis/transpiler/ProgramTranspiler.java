package io.portalis.transpiler;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.analysis.Problems;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.packages.LocalModules;
import io.portalis.ingest.packages.LocalModules.LocalModule;
import io.portalis.transpiler.dynamic.AttributeWrites;
import io.portalis.transpiler.dynamic.DynamicLowering;
import io.portalis.transpiler.dynamic.ModuleContext;
import io.portalis.transpiler.dynamic.NameMangling;
import io.portalis.transpiler.generators.ExceptStarRewrite;
import io.portalis.transpiler.generators.GeneratorRewrite;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RustPrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A program of several Python modules as one crate: the main script (or library module) in the
 * crate root, every local module it imports in a Rust module of its own ({@code src/mN_name.rs}),
 * all with dynamic values. The typed lowering handles one module at a time, so a program whose
 * modules share objects is translated dynamically throughout.
 */
final class ProgramTranspiler {
    /** The crate's files, source maps and Python files per generated file; empty after reporting why. */
    record Translated(Map<String, String> files, Map<String, List<RustCrate.SourceMapping>> sourceMaps,
            Map<String, String> pythonFiles, RustCrate.Lowering lowering) {}

    private final ParsedModule root;
    private final boolean library;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ProgramTranspiler(ParsedModule root, boolean library) {
        this.root = root;
        this.library = library;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    Optional<Translated> translate(String entryFile) {
        LocalModules program = root.locals();
        Map<String, String> rustModules = new LinkedHashMap<>();
        int n = 1;
        for (LocalModule m : program.modules().values()) {
            if (m.parsed() != null) {
                rustModules.put(m.name(), "m" + n++ + "_" + m.name().replaceAll("[^A-Za-z0-9_]", "_").toLowerCase());
            }
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, List<RustCrate.SourceMapping>> maps = new TreeMap<>();
        Map<String, String> pythonFiles = new TreeMap<>();
        List<io.portalis.ingest.ast.Mod.Module> trees = new ArrayList<>(List.of(root.tree()));
        program.modules().values().stream().filter(m -> m.parsed() != null).forEach(m -> trees.add(m.parsed().tree()));
        AttributeWrites writes = AttributeWrites.of(trees);
        ModuleContext rootCx = new ModuleContext(library ? root.id().dottedName() : "__main__", "", true, program,
                rustModules, 0, writes);
        Problems rootProblems = new Problems(root.file().displayName(), root.lines());
        DynamicLowering rootLowering = new DynamicLowering(prepare(root), rootProblems, rootCx);
        boolean ok = emit(library ? rootLowering.lowerLibrary() : rootLowering.lower(), root, entryFile, files, maps);
        diagnostics.addAll(rootProblems.all());
        int base = rootLowering.globalCount();
        for (LocalModule m : program.modules().values()) {
            if (m.parsed() == null) {
                continue;
            }
            ParsedModule parsed = m.parsed();
            Problems problems = new Problems(parsed.file().displayName(), parsed.lines());
            ModuleContext cx = new ModuleContext(m.name(), m.packageName(), false, program, rustModules, base, writes);
            DynamicLowering lowering = new DynamicLowering(prepare(parsed), problems, cx);
            String file = "src/" + rustModules.get(m.name()) + ".rs";
            ok &= emit(lowering.lower(), parsed, file, files, maps);
            pythonFiles.put(file, parsed.file().displayName());
            diagnostics.addAll(problems.all());
            base += lowering.globalCount();
        }
        if (!ok) {
            return Optional.empty();
        }
        List<String> reasons = List.of("a program of " + (program.modules().size() + 1)
                + " modules: each is translated with dynamic values");
        return Optional.of(new Translated(files, maps, pythonFiles,
                new RustCrate.Lowering(RustCrate.Lowering.Kind.DYNAMIC, reasons)));
    }

    /** Private names mangled and generators rewritten, as for a lone module (a library skips mangling, as there). */
    private ParsedModule prepare(ParsedModule m) {
        var tree = library && m == root ? m.tree() : NameMangling.rewrite(m.tree());
        return m.withTree(GeneratorRewrite.rewrite(ExceptStarRewrite.rewrite(tree)));
    }

    private static boolean emit(Optional<RItem.File> lowered, ParsedModule from, String file,
            Map<String, String> files, Map<String, List<RustCrate.SourceMapping>> maps) {
        if (lowered.isEmpty()) {
            return false;
        }
        RustPrinter.Printed printed = RustPrinter.print(lowered.get(), from.lines());
        files.put(file, printed.text());
        maps.put(file, printed.sourceMap());
        return true;
    }
}
