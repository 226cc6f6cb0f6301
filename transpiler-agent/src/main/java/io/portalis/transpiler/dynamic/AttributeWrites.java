package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.PyConstant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribute names a program assigns or deletes on some object ({@code x.name = …},
 * {@code del x.name}, {@code setattr(x, "name", …)}). A module's function that another module may
 * replace this way ({@code util.helper = fake}) must be called through the module's variable,
 * not directly, so that the module's own calls see the replacement as in CPython.
 *
 * @param any whether some {@code setattr}/{@code delattr} names its attribute with a non-constant
 *     string, so that any name may be written
 */
public record AttributeWrites(Set<String> names, boolean any) {
    public static AttributeWrites none() {
        return new AttributeWrites(Set.of(), false);
    }

    /** Whether a write to attribute {@code name} of some object may happen. */
    public boolean mayWrite(String name) {
        return any || names.contains(name);
    }

    public static AttributeWrites of(List<Mod.Module> modules) {
        Set<String> names = new HashSet<>();
        boolean any = false;
        Deque<Object> work = new ArrayDeque<>(modules);
        while (!work.isEmpty()) {
            Object o = work.pop();
            if (o instanceof List<?> list) {
                list.forEach(x -> {
                    if (x != null) {
                        work.push(x);
                    }
                });
                continue;
            }
            if (!(o instanceof Node node)) {
                continue;
            }
            if (node instanceof Expr.Attribute a && a.ctx() != ExprContext.Load) {
                names.add(a.attr());
            } else if (node instanceof Expr.Call c && c.func() instanceof Expr.Name f
                    && (f.id().equals("setattr") || f.id().equals("delattr")) && c.args().size() >= 2) {
                if (c.args().get(1) instanceof Expr.Constant k && k.value() instanceof PyConstant.StrValue s) {
                    names.add(s.value());
                } else {
                    any = true;
                }
            }
            for (Object child : Node.componentValues(node)) {
                if (child != null) {
                    work.push(child);
                }
            }
        }
        return new AttributeWrites(Set.copyOf(names), any);
    }
}
