package io.portalis.transpiler.dynamic;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.packages.LocalModules;
import io.portalis.transpiler.runtime.PyrtTables;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import} and {@code from … import} (Python reference 7.11) of the program's own modules
 * (see {@link ModuleContext#provider}) and of the standard-library modules pyrt implements
 * ({@code MODULES} in {@code pyrt/src/value/modules/mod.rs}); any other module is reported,
 * naming it.
 */
final class DynImports {
    /** The modules pyrt's {@code import_module} provides. */
    static final Set<String> MODULES = PyrtTables.modules();
    /** Standard modules whose import prints or acts ({@code import this} prints the Zen of Python). */
    private static final Set<String> NOISY_IMPORTS = Set.of("this", "antigravity", "__hello__", "__phello__");
    private final Dyn d;

    DynImports(Dyn d) {
        this.d = d;
    }

    /**
     * Whether the program or pyrt provides {@code module} (or the program's package lacks it, which
     * the import raises as CPython would); if not, PTL0002 at the import naming it, with a note at
     * the first place the module reads one of the names the import binds ({@code bound}). A plain
     * {@code import m} of a standard module nothing reads is left out with a warning instead.
     */
    private boolean known(Span s, String module, Set<String> bound, boolean plainImport) {
        if (d.context.provider(module) != ModuleContext.Provider.UNKNOWN) {
            return true;
        }
        Optional<Span> use = FirstUse.of(d.module.tree(), bound);
        String top = module.split("\\.")[0];
        if (plainImport && use.isEmpty() && NameSuggestion.isStdlibModule(module) && !NOISY_IMPORTS.contains(module)) {
            // Nothing reads what `import m` binds, and importing a top-level standard module
            // prints nothing and cannot fail under CPython: leaving it out changes no output.
            d.problems.addAll(List.of(Diagnostic.warning(DiagnosticCode.PTL0002, d.problems.sourceSpan(s),
                    "the module `" + module + "`, which the runtime does not provide, is imported but never used; "
                            + "the import is left out")));
            return false;
        }
        Diagnostic diagnostic = Diagnostic.error(DiagnosticCode.PTL0002, d.problems.sourceSpan(s),
                        "the module `" + module + "`, which the runtime does not provide, cannot be translated yet")
                .withLabel("unsupported construct")
                .withHelp("use one of: " + String.join(", ", MODULES.stream().sorted().toList()));
        if (d.context.program().root() != null) {
            diagnostic = diagnostic.withNote("no `" + top + ".py` or package `" + top + "/` beside the main script "
                    + "provides it either (an installed package cannot be translated)");
        }
        if (use.isPresent()) {
            diagnostic = diagnostic.withNote("first used here: line " + d.problems.sourceSpan(use.get()).line());
        }
        d.problems.addAll(List.of(diagnostic));
        d.failed = true;
        return false;
    }

    private RExpr load(Span s, String module) {
        return d.q(s, R.call(s, "import_module", R.str(s, module)));
    }

    List<RStmt> importStmt(Stmt.Import i) {
        List<RStmt> out = new ArrayList<>();
        for (Alias a : i.names()) {
            Span s = a.span();
            if (known(s, a.name(), Set.of(ScopeAnalysis.importedName(a)), true)) {
                int dot = a.name().indexOf('.');
                if (a.asname() == null && dot > 0) {
                    // `import a.b` loads a.b (making it an attribute of a) and binds `a`.
                    out.add(R.stmt(s, load(s, a.name())));
                    out.add(DynVars.write(d, s, ScopeAnalysis.importedName(a), load(s, a.name().substring(0, dot))));
                } else {
                    out.add(DynVars.write(d, s, ScopeAnalysis.importedName(a), load(s, a.name())));
                }
            }
        }
        return out;
    }

    List<RStmt> importFrom(Stmt.ImportFrom i) {
        Span s = i.span();
        if ("__future__".equals(i.module())) {
            return List.of();
        }
        LocalModules.Resolved resolved = d.context.resolve(i);
        if (resolved.error() != null) {
            return List.of(d.raise(s, R.call(s, "PyErr::new", R.str(s, "ImportError"), R.str(s, resolved.error()))));
        }
        String module = resolved.name();
        Set<String> bound = new HashSet<>();
        for (Alias a : i.names()) {
            bound.add(a.asname() != null ? a.asname() : a.name());
        }
        if (!known(s, module, bound, false)) {
            return List.of();
        }
        List<RStmt> out = new ArrayList<>();
        String m = d.temp("module");
        out.add(R.let(s, m, load(s, module)));
        for (Alias a : i.names()) {
            if (a.name().equals("*")) {
                out.addAll(star(i, a, m));
                continue;
            }
            String as = a.asname() != null ? a.asname() : a.name();
            out.add(DynVars.write(d, a.span(), as, d.q(a.span(), R.call(a.span(), "import_from",
                    R.ref(a.span(), R.path(a.span(), m)), R.str(a.span(), a.name())))));
        }
        return List.of(R.stmt(s, R.block(s, out, null)));
    }

    /** {@code from m import *}: each name {@link StarImports} foresaw, when the module has it. */
    private List<RStmt> star(Stmt.ImportFrom i, Alias a, String m) {
        List<String> names = d.stars.get(i);
        if (names == null) {
            d.unsupported(a.span(), "`from … import *` of a module that is neither the program's nor in the runtime's table",
                    "import the names you use");
            return List.of();
        }
        Span s = a.span();
        String values = d.temp("star");
        List<RExpr> expected = names.stream().map(n -> R.str(s, n)).toList();
        List<RStmt> out = new ArrayList<>();
        out.add(R.let(s, values, R.method(s, d.q(s, R.call(s, "import_star", R.ref(s, R.path(s, m)),
                R.ref(s, new RExpr.Array(s, expected)))), "into_iter")));
        for (String name : names) {
            String v = d.temp("value");
            RStmt write = DynVars.write(d, s, name, R.path(s, v));
            out.add(new RStmt.Match(s, R.method(s, R.method(s, R.path(s, values), "next"), "flatten"),
                    List.of(new RStmt.Arm("Some(" + v + ")", List.of(write)), new RStmt.Arm("_", List.of()))));
        }
        return out;
    }
}
