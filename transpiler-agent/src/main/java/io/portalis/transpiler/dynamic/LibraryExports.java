package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What library mode adds to a dynamically lowered module (docs/ABI.md): a {@code library()}
 * function that describes the exports to {@code pyrt::value::abi} — each public top-level
 * function with its parameters' annotations, and the module-level classes that annotations may
 * name — and the {@code extern "C"} entry points, each a one-line call into the runtime.
 */
public final class LibraryExports {
    private static final String ABI = "pyrt::value::abi";

    private LibraryExports() {}

    /** The exported functions: top-level {@code def}s whose names do not start with {@code _}. */
    static List<Stmt.FunctionDef> functions(ParsedModule module) {
        List<Stmt.FunctionDef> out = new ArrayList<>();
        for (Stmt s : module.tree().body()) {
            if (s instanceof Stmt.FunctionDef f && !f.name().startsWith("_")) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Stmt.ClassDef> classes(ParsedModule module) {
        List<Stmt.ClassDef> out = new ArrayList<>();
        for (Stmt s : module.tree().body()) {
            if (s instanceof Stmt.ClassDef c) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * What {@code portalis_describe} answers for {@code module}, as JSON (docs/ABI.md): what a
     * package's manifest lists as the exported signatures.
     */
    public static String describeJson(ParsedModule module) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("abi", ABI_VERSION);
        root.put("module", module.id().dottedName());
        var functions = root.putArray("functions");
        for (Stmt.FunctionDef f : functions(module)) {
            var fn = functions.addObject();
            fn.put("name", f.name());
            var params = fn.putArray("params");
            List<Arg> positional = new ArrayList<>(f.args().posonlyargs());
            positional.addAll(f.args().args());
            for (Arg a : positional) {
                params.addObject().put("name", a.arg()).put("annotation", text(module, a.annotation()));
            }
            fn.put("returns", text(module, f.returns()));
        }
        return root.toString();
    }

    /** The version {@code pyrt::value::abi::VERSION} speaks. */
    public static final int ABI_VERSION = 1;

    /** Module-level names the exports read. */
    static Set<String> names(ParsedModule module) {
        Set<String> names = new LinkedHashSet<>();
        functions(module).forEach(f -> names.add(f.name()));
        classes(module).forEach(c -> names.add(c.name()));
        return names;
    }

    static List<RItem> items(ParsedModule module) {
        List<RItem> items = new ArrayList<>();
        items.add(describe(module));
        RType i32 = RType.named("i32");
        RType i64 = RType.named("i64");
        RItem.Param index = new RItem.Param("index", false, i32);
        RItem.Param len = new RItem.Param("len", false, i32);
        items.add(entry("portalis_abi_version", "The ABI version this module speaks.", List.of(), i32,
                R.path(null, ABI + "::VERSION")));
        items.add(entry("portalis_alloc", "An input buffer of `len` bytes for the host to fill; its address.",
                List.of(len), i32, R.call(null, ABI + "::alloc", R.path(null, "len"))));
        items.add(entry("portalis_init", "Runs the module body (once); 0, or 1 with the exception as output.",
                List.of(), i32, R.call(null, ABI + "::init", R.path(null, "library"))));
        items.add(entry("portalis_describe", "The exports and their parameters, as JSON output.",
                List.of(), i32, R.call(null, ABI + "::describe", R.path(null, "library"))));
        items.add(entry("portalis_call", "Calls export `index` with the JSON array in the input buffer; "
                + "the answer's address, length and status packed.", List.of(index, len), i64, R.call(null, ABI + "::call", R.path(null, "library"),
                        R.path(null, "index"), R.path(null, "len"))));
        items.add(entry("portalis_output_ptr", "Where the last answer starts.", List.of(), i32,
                R.call(null, ABI + "::output_ptr")));
        items.add(entry("portalis_output_len", "How many bytes the last answer has.", List.of(), i32,
                R.call(null, ABI + "::output_len")));
        return items;
    }

    private static RItem entry(String name, String doc, List<RItem.Param> params, RType returns, RExpr body) {
        return new RItem.ExportedFn(null, doc, name, params, returns, List.of(new RStmt.Return(null, body)));
    }

    /** {@code fn library() -> Library}: the module's exports, built by chained calls. */
    private static RItem describe(ParsedModule module) {
        RExpr lib = R.call(null, ABI + "::Library::new", R.str(null, module.id().dottedName()),
                R.str(null, module.file().displayName()), R.path(null, "module_body"));
        for (Stmt.FunctionDef f : functions(module)) {
            lib = R.method(f.span(), lib, "function", R.str(null, f.name()), R.path(null, DynNames.global(f.name())),
                    R.str(null, text(module, f.returns())));
            List<Arg> positional = new ArrayList<>(f.args().posonlyargs());
            positional.addAll(f.args().args());
            for (Arg a : positional) {
                lib = R.method(null, lib, "param", R.str(null, a.arg()), R.str(null, text(module, a.annotation())));
            }
        }
        for (Stmt.ClassDef c : classes(module)) {
            lib = R.method(null, lib, "class", R.str(null, c.name()), R.path(null, DynNames.global(c.name())));
        }
        return new RItem.Fn(null, "The functions this library exports through the JSON ABI (docs/ABI.md).",
                "library", List.of(), RType.named(ABI + "::Library"), List.of(new RStmt.Return(null, lib)));
    }

    /** The source text of an annotation, or "" for none. */
    private static String text(ParsedModule module, Expr annotation) {
        if (annotation == null) {
            return "";
        }
        Node node = annotation;
        byte[] source = module.source().getBytes(StandardCharsets.UTF_8);
        return new String(source, node.span().start(), node.span().end() - node.span().start(),
                StandardCharsets.UTF_8);
    }
}
