package io.portalis.transpiler;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.analysis.Problems;
import io.portalis.analysis.TypedModule;
import io.portalis.ingest.ParsedModule;
import io.portalis.transpiler.dynamic.DynamicLowering;
import io.portalis.transpiler.generators.ExceptStarRewrite;
import io.portalis.transpiler.generators.GeneratorRewrite;
import io.portalis.transpiler.lower.ModuleLowering;
import io.portalis.transpiler.runtime.PyrtSources;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RustPrinter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transpiler stage: lowers a typed module to a Rust syntax tree, prints it, and returns a
 * crate ({@code Cargo.toml}, {@code src/main.rs}) with its source map and the {@code pyrt}
 * runtime it links against.
 */
public final class TranspilerAgent {
    /** In a library crate: the exported signatures, as {@code portalis_describe} gives them (docs/ABI.md). */
    public static final String ABI_FILE = "abi.json";

    /** A program crate: {@code transpile(TranspileRequest.program(module))}. */
    public StageResult<RustCrate> transpile(TypedModule module) {
        return transpile(TranspileRequest.program(module));
    }

    public StageResult<RustCrate> transpile(TranspileRequest request) {
        TypedModule module = request.module();
        boolean library = request.output() == RustCrate.Output.LIBRARY;
        var parsed = module.parsed();
        if (!parsed.locals().isEmpty()) {
            return transpileProgram(request);
        }
        Problems problems = new Problems(parsed.file().displayName(), parsed.lines());
        Optional<Lowered> file;
        try {
            file = library ? lowerLibrary(module, problems) : lower(module, problems, request.typedAbandoned());
        } catch (RuntimeException bug) {
            // A bug in Portalis, not in the user's code: refuse the module rather than guess.
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0501,
                    SourceSpan.wholeFile(parsed.file().displayName()), "internal error in the transpiler: " + bug)
                    .withHelp("this is a Portalis bug; please report it with the input file"));
        }
        if (file.isEmpty()) {
            return StageResult.failed(problems.all());
        }
        RustPrinter.Printed printed = RustPrinter.print(file.get().file(), parsed.lines());
        String crateName = crateName(parsed.id().stem());
        String entry = request.output().entryFile();
        Map<String, String> files = new java.util.TreeMap<>(Map.of("Cargo.toml", cargoToml(crateName, library),
                entry, printed.text()));
        if (library) {
            files.put(ABI_FILE, io.portalis.transpiler.dynamic.LibraryExports.describeJson(parsed));
        }
        RustCrate crate = new RustCrate(parsed.id(), crateName, files, PyrtSources.load(),
                Map.of(entry, printed.sourceMap()), file.get().lowering(), request.output());
        return StageResult.of(crate, problems.all());
    }

    /** A main script that imports modules of its own: one crate for the whole program. */
    private StageResult<RustCrate> transpileProgram(TranspileRequest request) {
        var parsed = request.module().parsed();
        boolean library = request.output() == RustCrate.Output.LIBRARY;
        String entry = request.output().entryFile();
        ProgramTranspiler program = new ProgramTranspiler(parsed, library);
        Optional<ProgramTranspiler.Translated> translated;
        try {
            translated = program.translate(entry);
        } catch (RuntimeException bug) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0501,
                    SourceSpan.wholeFile(parsed.file().displayName()), "internal error in the transpiler: " + bug)
                    .withHelp("this is a Portalis bug; please report it with the input files"));
        }
        if (translated.isEmpty()) {
            return StageResult.failed(program.diagnostics());
        }
        ProgramTranspiler.Translated t = translated.get();
        String crateName = crateName(parsed.id().stem());
        Map<String, String> files = new java.util.TreeMap<>(t.files());
        files.put("Cargo.toml", cargoToml(crateName, library));
        if (library) {
            files.put(ABI_FILE, io.portalis.transpiler.dynamic.LibraryExports.describeJson(parsed));
        }
        RustCrate crate = new RustCrate(parsed.id(), crateName, files, PyrtSources.load(), t.sourceMaps(),
                t.lowering(), request.output(), t.pythonFiles());
        return StageResult.of(crate, program.diagnostics());
    }

    /** A lowered module and which lowering produced it. */
    private record Lowered(RItem.File file, RustCrate.Lowering lowering) {}

    /** How many of the typed analysis's refusals a dynamic crate carries as its reasons. */
    private static final int REASONS_KEPT = 5;

    /**
     * Typed lowering where analysis knows every type; otherwise (or when the typed lowering
     * meets something it does not handle) dynamic values for the whole module, whose problems
     * are then the ones reported.
     */
    private static Optional<Lowered> lower(TypedModule module, Problems problems, Optional<String> typedAbandoned) {
        var parsed = module.parsed();
        List<Diagnostic> refusals = module.typedProblems();
        var unbound = io.portalis.transpiler.dynamic.AnnotationNames.firstUnbound(parsed.tree());
        if (unbound.isPresent() && typedAbandoned.isEmpty()) {
            typedAbandoned = Optional.of("line " + parsed.lines().line(unbound.get().span().start()) + ": the annotation `"
                    + unbound.get().id() + "` is not defined when it runs (CPython raises NameError)");
        }
        if (module.fullyTyped() && typedAbandoned.isEmpty()) {
            Problems typed = new Problems(parsed.file().displayName(), parsed.lines());
            Optional<RItem.File> file = new ModuleLowering(module, typed).lower();
            if (file.isPresent()) {
                problems.addAll(typed.all());
                return file.map(f -> new Lowered(f, RustCrate.Lowering.typed()));
            }
            refusals = typed.all();
        }
        // Private names are mangled, and generators become state machines in plain Python, first.
        var withoutGenerators = new ParsedModule(parsed.id(), parsed.file(), parsed.source(), parsed.lines(),
                GeneratorRewrite.rewrite(ExceptStarRewrite.rewrite(
                        io.portalis.transpiler.dynamic.NameMangling.rewrite(parsed.tree()))));
        var reasons = typedAbandoned.isPresent() ? List.of(typedAbandoned.get())
                : refusals.stream().filter(d -> d.severity() == io.portalis.agents.diagnostics.Severity.ERROR)
                        .limit(REASONS_KEPT).map(TranspilerAgent::reason).toList();
        return new DynamicLowering(withoutGenerators, problems).lower()
                .map(f -> new Lowered(f, new RustCrate.Lowering(RustCrate.Lowering.Kind.DYNAMIC, reasons)));
    }

    /**
     * A library always uses dynamic values: its arguments arrive as JSON of any shape, and the
     * dynamic lowering runs the module body exactly as a program would before the first call.
     */
    private static Optional<Lowered> lowerLibrary(TypedModule module, Problems problems) {
        var parsed = module.parsed();
        var withoutGenerators = new ParsedModule(parsed.id(), parsed.file(), parsed.source(), parsed.lines(),
                GeneratorRewrite.rewrite(ExceptStarRewrite.rewrite(parsed.tree())));
        return new DynamicLowering(withoutGenerators, problems).lowerLibrary()
                .map(f -> new Lowered(f, new RustCrate.Lowering(RustCrate.Lowering.Kind.DYNAMIC,
                        List.of("library mode: arguments cross as JSON into dynamic values"))));
    }

    private static String reason(Diagnostic d) {
        return (d.span().line() > 0 ? "line " + d.span().line() + ": " : "") + d.message();
    }

    /** A valid crate name from the module's name: lowercase letters, digits and underscores. */
    static String crateName(String stem) {
        String name = stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "py_" + name : name;
    }

    private static String cargoToml(String crateName, boolean library) {
        List<String> lib = library ? List.of("[lib]", "crate-type = [\"cdylib\"]", "") : List.of();
        return String.join("\n", java.util.stream.Stream.of(List.of(
                "[package]",
                "name = \"" + crateName + "\"",
                "version = \"0.1.0\"",
                "edition = \"2021\"",
                "publish = false",
                ""), lib, List.of(
                "[dependencies]",
                "pyrt = { path = \"pyrt\" }",
                "",
                "[profile.release]",
                "opt-level = 3",
                "panic = \"abort\"",
                "")).flatMap(List::stream).toList());
    }
}
