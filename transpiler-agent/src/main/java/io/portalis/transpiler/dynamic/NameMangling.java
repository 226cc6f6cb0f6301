package io.portalis.transpiler.dynamic;

import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Private name mangling (Language Reference 6.2.1): inside a class body, an identifier
 * {@code __spam} (not ending in two underscores) is {@code _Ham__spam}, the class name without its
 * leading underscores in front. Done on the tree before the dynamic lowering, so that
 * {@code self.__x} is stored and looked up as CPython does ({@code vars()}, {@code getattr} from
 * outside the class, {@code AttributeError} for {@code obj.__x} outside it).
 */
public final class NameMangling {
    private NameMangling() {}

    public static Mod.Module rewrite(Mod.Module module) {
        if (!mentionsPrivateName(module)) {
            return module;
        }
        return (Mod.Module) walk(module, null);
    }

    static String mangle(String name, String cls) {
        if (cls == null || name == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = cls.replaceAll("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    private static Object walk(Object value, String cls) {
        return switch (value) {
            case List<?> list -> list.stream().map(v -> v == null ? null : walk(v, cls)).toList();
            case Node n -> node(n, cls);
            case null -> null;
            default -> value;
        };
    }

    private static Node node(Node n, String cls) {
        return switch (n) {
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.span(), mangle(c.name(), cls), list(c.bases(), cls),
                    list(c.keywords(), cls), list(c.body(), c.name()), list(c.decoratorList(), cls), c.typeParams());
            case Expr.Attribute a -> new Expr.Attribute(a.span(), (Expr) walk(a.value(), cls), mangle(a.attr(), cls), a.ctx());
            case Expr.Name x -> new Expr.Name(x.span(), mangle(x.id(), cls), x.ctx());
            case Arg a -> new Arg(a.span(), mangle(a.arg(), cls), (Expr) walk(a.annotation(), cls), a.typeComment());
            case Keyword k -> new Keyword(k.span(), mangle(k.arg(), cls), (Expr) walk(k.value(), cls));
            case Stmt.Global g -> new Stmt.Global(g.span(), g.names().stream().map(x -> mangle(x, cls)).toList());
            case Stmt.Nonlocal g -> new Stmt.Nonlocal(g.span(), g.names().stream().map(x -> mangle(x, cls)).toList());
            case ExceptHandler h -> new ExceptHandler(h.span(), (Expr) walk(h.type(), cls), mangle(h.name(), cls),
                    list(h.body(), cls));
            case Stmt.FunctionDef f -> rebuild(f, cls, mangle(f.name(), cls));
            default -> rebuild(n, cls, null);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(List<T> items, String cls) {
        return (List<T>) walk(items, cls);
    }

    /** The same record with its children walked; {@code name}, when given, replaces a {@code name} component. */
    private static Node rebuild(Node n, String cls, String name) {
        return Node.rebuilt(n, (component, v) -> name != null && component.getName().equals("name") ? name
                : v instanceof Node || v instanceof List<?> ? walk(v, cls) : v);
    }

    /** Most modules have no {@code __x} name inside a class: they are returned as they are. */
    private static boolean mentionsPrivateName(Mod.Module module) {
        return Node.any(module, n -> n instanceof Stmt.ClassDef); // cheap enough to walk every module with a class
    }
}
