package io.portalis.transpiler.dynamic;

import io.portalis.ingest.packages.LocalModules.LocalModule;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rust items that make a crate of several Python modules one program: in the crate root, a
 * {@code mod} per local module and the {@code PROGRAM} table the root's body registers with the
 * runtime ({@code pyrt::value::modules::local}); in each local module, the {@code MODULE} entry
 * that describes it (name, {@code __file__}, its variables, its top-level code).
 */
final class ProgramItems {
    static final String PROGRAM = "PROGRAM";
    private static final String MODULE = "MODULE";

    private ProgramItems() {}

    static List<RItem> declarations(ModuleContext cx) {
        List<RItem> items = new ArrayList<>();
        List<RExpr> entries = new ArrayList<>();
        for (LocalModule m : cx.program().modules().values()) {
            String rust = cx.rustModules().get(m.name());
            if (rust != null) {
                items.add(new RItem.Mod(null, rust));
                entries.add(R.path(null, rust + "::" + MODULE));
            } else {
                entries.add(entry(m, List.of(), "namespace_body"));
            }
        }
        items.add(new RItem.Const(null, PROGRAM, RType.named("&[LocalModule]"),
                R.ref(null, new RExpr.Array(null, entries))));
        return items;
    }

    /** {@code pub(crate) const MODULE: LocalModule = …;} for a local module whose variables are {@code globals}. */
    static RItem describe(ModuleContext cx, List<String> globals) {
        LocalModule m = cx.program().get(cx.name()).orElseThrow();
        return new RItem.Const(null, true, MODULE, RType.named("LocalModule"), entry(m, globals, "module_body"));
    }

    private static RExpr entry(LocalModule m, List<String> globals, String body) {
        List<RExpr> slots = globals.stream().map(g -> R.path(null, DynNames.global(g))).toList();
        return R.call(null, "LocalModule::new", R.str(null, m.name()),
                R.str(null, m.file() == null ? "" : m.file().toString()), R.lit(null, Boolean.toString(m.isPackage())),
                R.ref(null, new RExpr.Array(null, slots)), R.path(null, body));
    }
}
