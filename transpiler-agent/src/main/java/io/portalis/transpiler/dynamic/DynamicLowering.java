package io.portalis.transpiler.dynamic;

import io.portalis.analysis.Problems;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a module whose types analysis could not pin down to Rust over {@code pyrt::value::Value}:
 * every Python value is dynamic, and every operation is a call into the runtime with CPython's
 * semantics (notes/DYN.md, "Generated code"). Used for whole modules the typed lowering refuses.
 */
public final class DynamicLowering {
    private final ParsedModule module;
    private final Problems problems;
    private final ModuleContext context;
    private int globalCount;

    public DynamicLowering(ParsedModule module, Problems problems) {
        this(module, problems, null);
    }

    /** Lowers {@code module} as the part of a program {@code context} says (null: a lone script or library). */
    public DynamicLowering(ParsedModule module, Problems problems, ModuleContext context) {
        this.module = module;
        this.problems = problems;
        this.context = context;
    }

    /** How many slots of the globals table the module's variables took (after lowering). */
    public int globalCount() {
        return globalCount;
    }

    /** The Rust file, or empty after reporting (to {@code problems}) what cannot be lowered. */
    public Optional<RItem.File> lower() {
        return lower(false);
    }

    /**
     * The module as a library: the same items and module body, but instead of {@code main} the
     * exported entry points of the JSON ABI (see {@link LibraryExports}).
     */
    public Optional<RItem.File> lowerLibrary() {
        return lower(true);
    }

    private Optional<RItem.File> lower(boolean library) {
        int before = problems.all().size();
        ParsedModule module = this.module.withTree(AnnotationRewrite.rewrite(this.module.tree(), problems));
        if (problems.all().size() > before) {
            return Optional.empty();
        }
        ModuleContext cx = context != null ? context
                : ModuleContext.root(library ? module.id().dottedName() : "__main__", module.locals(), java.util.Map.of());
        Map<Stmt.ImportFrom, List<String>> stars = StarImports.names(module, cx, problems);
        if (stars == null) {
            return Optional.empty();
        }
        ScopeAnalysis scopes = ScopeAnalysis.of(module.tree(), stars);
        Scope top = scopes.scopeOf(module.tree());
        boolean usesName = scopes.scopes.values().stream().anyMatch(s -> s.used.contains("__name__"));
        if (library) {
            // The exports read their functions (and annotated classes) from module globals.
            scopes.moduleNames.addAll(LibraryExports.names(module));
        }
        if (usesName) {
            scopes.moduleNames.add("__name__");
        }
        List<String> globals = new ArrayList<>(scopes.moduleNames);
        Dyn d = new Dyn(module, problems, scopes, globals, directFunctions(module, cx), cx, stars);
        List<RStmt> body = new ArrayList<>();
        if (cx.root() && !cx.program().isEmpty()) {
            body.add(R.stmt(null, R.call(null, "register_program", R.path(null, ProgramItems.PROGRAM))));
        }
        if (usesName) {
            body.add(R.stmt(null, R.method(null, R.path(null, DynNames.global("__name__")), "set",
                    R.vstr(null, cx.name()))));
        }
        // typing.get_type_hints (and singledispatch's register, through it) evaluates string
        // annotations in the script's variables.
        boolean hints = cx.root() && !library
                && (mentions(module.tree(), "get_type_hints") || mentions(module.tree(), "singledispatch"));
        if (hints) {
            body.add(R.stmt(null, R.call(null, "register_main_globals", R.path(null, "MAIN_GLOBALS"))));
        }
        body.addAll(d.in(new FnCx(top, true), () -> d.stmts.block(module.tree().body())));
        body.add(new RStmt.Return(null, R.call(null, "Ok", R.lit(null, "()"))));
        if (d.failed) {
            return Optional.empty();
        }
        List<RItem> items = new ArrayList<>();
        if (cx.root() && !cx.program().isEmpty()) {
            items.addAll(ProgramItems.declarations(cx));
        }
        for (int i = 0; i < globals.size(); i++) {
            String name = globals.get(i);
            items.add(new RItem.Const(null, DynNames.global(name), RType.named("Global"),
                    R.call(null, "Global::new", R.lit(null, Integer.toString(cx.globalBase() + i)), R.str(null, name))));
        }
        globalCount = globals.size();
        if (hints) {
            items.add(new RItem.Const(null, "MAIN_GLOBALS", RType.named("&[Global]"), R.lit(null,
                    "&[" + String.join(", ", globals.stream().map(DynNames::global).toList()) + "]")));
        }
        items.add(new RItem.Fn(null, "Reads a local variable that may be unbound (UnboundLocalError then).",
                DynVars.READ_LOCAL, List.of(new RItem.Param("slot", false, RType.named("&Option", RType.named("Value"))),
                        new RItem.Param("name", false, RType.named("&str"))),
                RType.named("PyResult", RType.named("Value")), List.of(new RStmt.Return(null,
                        R.lit(null, "slot.clone().ok_or_else(|| PyErr::unbound_local(name))")))));
        items.addAll(d.items);
        items.add(new RItem.Fn(null, "The module's top-level code.", "module_body", List.of(),
                RType.named("PyResult", new RType.Unit()), body));
        String file = module.file().displayName();
        if (!cx.root()) {
            items.add(ProgramItems.describe(cx, globals));
        } else if (library) {
            items.addAll(LibraryExports.items(module));
        } else {
            RExpr run = R.call(null, "run_main", R.str(null, file), R.path(null, "module_body"));
            items.add(new RItem.Fn(null, "", "main", List.of(), new RType.Unit(), List.of(R.stmt(null, run))));
        }
        return Optional.of(new RItem.File(
                List.of("Generated by Portalis from `" + file + "` with dynamic values"
                        + (library ? ", as a library (docs/ABI.md)" : "")
                        + (cx.root() ? "" : ", as module `" + cx.name() + "` of the program") + ". Each `// line N`",
                        "comment names the Python line the code below it was translated from."),
                List.of("unused_mut, unused_variables, unused_assignments, unused_parens, unreachable_code",
                        "non_snake_case, non_upper_case_globals, dead_code, while_true, unused_imports",
                        "unused_labels, unused_braces, clippy::all"),
                List.of("pyrt::value::prelude::*"), items));
    }

    /** Module-level defs bound exactly once in the whole module: calls may go straight to them. */
    private static Map<String, Stmt.FunctionDef> directFunctions(ParsedModule module, ModuleContext cx) {
        Map<String, Integer> bindings = BindingCounter.count(module.tree());
        Map<String, Stmt.FunctionDef> out = new LinkedHashMap<>();
        for (Stmt s : module.tree().body()) {
            if (s instanceof Stmt.FunctionDef f && bindings.getOrDefault(f.name(), 0) == 1
                    && f.decoratorList().isEmpty() && !YieldFinder.any(f.body()) && cx.callsDirectly(f.name())) {
                out.put(f.name(), f);
            }
        }
        return out;
    }

    /** Whether the module names {@code name} anywhere (as a variable or an attribute). */
    private static boolean mentions(io.portalis.ingest.ast.Node root, String name) {
        List<io.portalis.ingest.ast.Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            io.portalis.ingest.ast.Node n = stack.remove(stack.size() - 1);
            if (n instanceof io.portalis.ingest.ast.Expr.Name x && x.id().equals(name)
                    || n instanceof io.portalis.ingest.ast.Expr.Attribute a && a.attr().equals(name)
                    || n instanceof io.portalis.ingest.ast.Alias a2 && a2.name().equals(name)) {
                return true;
            }
            for (Object v : io.portalis.ingest.ast.Node.componentValues(n)) {
                if (v instanceof io.portalis.ingest.ast.Node child) {
                    stack.add(child);
                } else if (v instanceof List<?> l) {
                    l.stream().filter(x -> x instanceof io.portalis.ingest.ast.Node)
                            .forEach(x -> stack.add((io.portalis.ingest.ast.Node) x));
                }
            }
        }
        return false;
    }

    static Span none() {
        return null;
    }
}
