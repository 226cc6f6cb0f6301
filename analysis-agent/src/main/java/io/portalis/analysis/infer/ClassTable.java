package io.portalis.analysis.infer;

import io.portalis.analysis.Problems;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The module's classes as the typed translation sees them (Language Reference 8.8). A class
 * qualifies when it is defined at module level before any module code runs, has at most one
 * base among the module's classes, holds only methods (a docstring and {@code __slots__} are
 * allowed), and its {@code __init__} assigns every attribute any method assigns on
 * {@code self} before {@code self} is used for anything else. Then an instance is a struct
 * whose fields are those attributes, and reading one never finds it missing.
 */
final class ClassTable {
    /** What one class holds; field types are learned over the passes like variable types. */
    static final class ClassSig {
        final Stmt.ClassDef node;
        final String name;
        final String base;
        final PyType.Instance type;
        final Map<String, PassState.FunctionSig> methods = new LinkedHashMap<>();
        /** The attributes this class introduces (not those of its bases), with their types so far. */
        final Map<String, PyType> fields = new LinkedHashMap<>();
        /** The names {@code __slots__} lists, or null without it. */
        Set<String> slots;

        ClassSig(Stmt.ClassDef node, String base, PyType.Instance type) {
            this.node = node;
            this.name = node.name();
            this.base = base;
            this.type = type;
        }
    }

    private static final Set<String> DUNDERS = Set.of("__init__", "__repr__", "__str__");

    final Map<String, ClassSig> classes = new LinkedHashMap<>();
    private final Problems problems;

    ClassTable(Problems problems) {
        this.problems = problems;
    }

    /**
     * Collects the module's classes; {@code signature} builds a method's signature as for a
     * function. Problems found here make the module dynamic, so checking stops at the first one.
     */
    void collect(List<Stmt> body, Set<String> moduleNames, BiFunction<Stmt.FunctionDef, Problems, PassState.FunctionSig> signature) {
        boolean codeRan = false;
        for (Stmt s : body) {
            if (s instanceof Stmt.ClassDef c) {
                if (codeRan) {
                    problems.unsupported(c.span(), "a class defined after module code has run",
                            "define classes before the module's statements");
                } else if (moduleNames.contains(c.name()) || classes.containsKey(c.name())) {
                    problems.unsupported(c.span(), "a class name that is also bound otherwise", "rename the class");
                } else {
                    register(c);
                }
            } else if (!(s instanceof Stmt.FunctionDef || s instanceof Stmt.Import || s instanceof Stmt.ImportFrom
                    || s instanceof Stmt.Pass || isDocstring(s))) {
                codeRan = true;
            }
        }
        // Methods are read once every class is known, so annotations may name any of them.
        for (ClassSig sig : classes.values()) {
            for (Stmt s : sig.node.body()) {
                if (s instanceof Stmt.FunctionDef f) {
                    sig.methods.put(f.name(), signature.apply(f, problems));
                }
            }
        }
        classes.values().forEach(this::declareFields);
        classes.values().forEach(this::checkInit);
    }

    /** Checks a class's header and body shape and registers it (without methods yet). */
    private void register(Stmt.ClassDef c) {
        if (!c.decoratorList().isEmpty() || !c.keywords().isEmpty() || !c.typeParams().isEmpty() || c.bases().size() > 1) {
            problems.unsupported(c.span(), "class decorators, metaclasses, type parameters or several bases",
                    "use a plain class with at most one base class");
            return;
        }
        // The typed lowering has no finalizers either: the dynamic one reports `__del__`.
        if (c.body().stream().anyMatch(st -> st instanceof Stmt.FunctionDef f && f.name().equals("__del__"))) {
            problems.unsupported(c.span(), "a class with `__del__`", "call a cleanup method explicitly");
            return;
        }
        String base = null;
        if (c.bases().size() == 1) {
            if (!(c.bases().get(0) instanceof Expr.Name n) || !classes.containsKey(n.id()) && !n.id().equals("object")) {
                problems.unsupported(c.bases().get(0).span(), "this base class",
                        "derive from a class defined earlier in the module");
                return;
            }
            base = n.id().equals("object") ? null : n.id();
        }
        List<String> ancestors = new ArrayList<>();
        for (String b = base; b != null; b = classes.get(b).base) {
            ancestors.add(b);
        }
        ClassSig sig = new ClassSig(c, base, new PyType.Instance(c.name(), ancestors));
        for (Stmt s : c.body()) {
            boolean isSlots = s instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals("__slots__") && slotNames(a.value()) != null;
            if (isSlots) {
                sig.slots = slotNames(((Stmt.Assign) s).value());
            } else if (s instanceof Stmt.FunctionDef f) {
                if (!isMethod(f)) {
                    return;
                }
            } else if (!(s instanceof Stmt.Pass) && !isDocstring(s)) {
                problems.unsupported(s.span(), "class attributes and anything but methods in a class body",
                        "assign attributes on self in __init__");
                return;
            }
        }
        classes.put(c.name(), sig);
    }

    /** A plain method: not async, no decorators, a first parameter for the instance, no unusual dunder. */
    private boolean isMethod(Stmt.FunctionDef f) {
        if (!f.decoratorList().isEmpty() || f.args().args().isEmpty()
                || f.name().startsWith("__") && f.name().endsWith("__") && !DUNDERS.contains(f.name())) {
            problems.unsupported(f.span(), "this method (decorated, without `self`, or a special method other than "
                    + "__init__, __repr__ and __str__)", "use plain methods taking self");
            return false;
        }
        return true;
    }

    private static Set<String> slotNames(Expr value) {
        List<Expr> items = value instanceof Expr.Tuple t ? t.elts() : value instanceof Expr.List l ? l.elts() : null;
        if (items == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (Expr e : items) {
            if (!(e instanceof Expr.Constant k && k.value() instanceof PyConstant.StrValue v)) {
                return null;
            }
            names.add(v.value());
        }
        return names;
    }

    static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k && k.value() instanceof PyConstant.StrValue;
    }

    /** The fields a class introduces: attributes its methods assign on {@code self} that no base has. */
    private void declareFields(ClassSig sig) {
        for (PassState.FunctionSig m : sig.methods.values()) {
            String self = m.node().args().args().get(0).arg();
            walk(m.node().body(), node -> {
                Expr target = switch (node) {
                    case Stmt.Assign a -> a.targets().size() == 1 ? a.targets().get(0) : null;
                    case Stmt.AnnAssign a -> a.target();
                    case Stmt.AugAssign a -> a.target();
                    default -> null;
                };
                if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name n && n.id().equals(self)
                        && fieldOwner(sig.name, at.attr()) == null) {
                    sig.fields.put(at.attr(), null);
                }
            });
        }
        if (sig.slots != null && !sig.slots.containsAll(sig.fields.keySet())) {
            problems.unsupported(sig.node.span(), "an attribute that `__slots__` does not list",
                    "list every attribute in __slots__");
        }
        for (String f : sig.fields.keySet()) {
            if (f.startsWith("__")) {
                problems.unsupported(sig.node.span(), "a private attribute (`" + f + "`, which Python renames)",
                        "use a name without two leading underscores");
            }
            if (methodOwner(sig.name, f) != null) {
                problems.unsupported(sig.node.span(), "an attribute named like a method (`" + f + "`)",
                        "give the attribute and the method different names");
            }
        }
    }

    /** The class along {@code cls}'s bases that introduces the field {@code name}, or null. */
    String fieldOwner(String cls, String name) {
        for (String c = cls; c != null; c = classes.get(c).base) {
            if (classes.get(c).fields.containsKey(name)) {
                return c;
            }
        }
        return null;
    }

    /** The class along {@code cls}'s bases that defines the method {@code name}, or null. */
    String methodOwner(String cls, String name) {
        for (String c = cls; c != null; c = classes.get(c).base) {
            if (classes.get(c).methods.containsKey(name)) {
                return c;
            }
        }
        return null;
    }

    PassState.FunctionSig method(String cls, String name) {
        String owner = methodOwner(cls, name);
        return owner == null ? null : classes.get(owner).methods.get(name);
    }

    /** {@code cls} and every class derived from it. */
    List<ClassSig> subtree(String cls) {
        return classes.values().stream().filter(c -> c.type.mro().contains(cls)).toList();
    }

    /** All fields of {@code cls}: its bases' and its own. */
    Set<String> allFields(String cls) {
        Set<String> out = new LinkedHashSet<>();
        for (String c = cls; c != null; c = classes.get(c).base) {
            out.addAll(classes.get(c).fields.keySet());
        }
        return out;
    }

    /**
     * Every field must be assigned by the {@code __init__} chain before anything reads it: an
     * {@code __init__} assigns attributes at its top level, may first call
     * {@code super().__init__(...)}, and uses {@code self} only to read what it assigned.
     */
    private void checkInit(ClassSig sig) {
        Set<String> assigned = initAssigned(sig.name);
        if (assigned == null) {
            return;
        }
        for (String f : allFields(sig.name)) {
            if (!assigned.contains(f)) {
                problems.unsupported(sig.node.span(), "the attribute `" + f + "` of `" + sig.name
                        + "`, which `__init__` does not always assign first",
                        "assign every attribute at the top of __init__, before other uses of self");
                return;
            }
        }
    }

    /** The attributes {@code cls}'s {@code __init__} (or the inherited one) surely assigns; null after a problem. */
    private Set<String> initAssigned(String cls) {
        String owner = methodOwner(cls, "__init__");
        if (owner == null) {
            return new LinkedHashSet<>();
        }
        PassState.FunctionSig init = classes.get(owner).methods.get("__init__");
        String self = init.node().args().args().get(0).arg();
        Set<String> assigned = new LinkedHashSet<>();
        for (Stmt s : init.node().body()) {
            if (s instanceof Stmt.ExprStmt e && isSuperInit(e.value())) {
                if (usesSelf(((Expr.Call) e.value()).args(), self, assigned)) {
                    return refuseSelf(s);
                }
                String base = classes.get(owner).base;
                Set<String> inherited = base == null ? Set.of() : initAssigned(base);
                if (inherited == null) {
                    return null;
                }
                assigned.addAll(inherited);
                continue;
            }
            Expr target = s instanceof Stmt.Assign a && a.targets().size() == 1 ? a.targets().get(0)
                    : s instanceof Stmt.AnnAssign a && a.value() != null ? a.target() : null;
            Expr value = s instanceof Stmt.Assign a ? a.value() : s instanceof Stmt.AnnAssign a ? a.value() : null;
            if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name n && n.id().equals(self)) {
                if (usesSelf(List.of(value), self, assigned)) {
                    return refuseSelf(s);
                }
                assigned.add(at.attr());
            } else if (usesSelf(List.of(s), self, assigned)) {
                return refuseSelf(s);
            }
        }
        return assigned;
    }

    private Set<String> refuseSelf(Stmt s) {
        problems.unsupported(s.span(), "this use of `self` in `__init__` (only reading attributes it already assigned "
                + "is translated)", "assign all attributes first; call methods after construction");
        return null;
    }

    private static boolean isSuperInit(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("__init__")
                && a.value() instanceof Expr.Call sup && sup.func() instanceof Expr.Name n && n.id().equals("super")
                && sup.args().isEmpty() && sup.keywords().isEmpty() && c.keywords().isEmpty();
    }

    /** Whether {@code self} occurs in the nodes other than as {@code self.x} with {@code x} already assigned. */
    private static boolean usesSelf(List<? extends Node> nodes, String self, Set<String> assigned) {
        boolean[] found = {false};
        for (Node root : nodes) {
            walkExprs(root, (node, parent) -> {
                if (node instanceof Expr.Name n && n.id().equals(self)) {
                    boolean readsAssigned = parent instanceof Expr.Attribute a && a.value() == node
                            && assigned.contains(a.attr()) && a.ctx() == io.portalis.ingest.ast.ExprContext.Load;
                    found[0] |= !readsAssigned;
                }
            });
        }
        return found[0];
    }

    /** Visits every statement inside {@code body}, nested blocks included (not nested scopes' own bodies). */
    static void walk(List<Stmt> body, java.util.function.Consumer<Stmt> visit) {
        for (Stmt s : body) {
            walkExprs(s, (node, parent) -> {
                if (node instanceof Stmt st) {
                    visit.accept(st);
                }
            });
        }
    }

    /** Depth-first over a node and its descendants, with each node's parent. */
    static void walkExprs(Node root, java.util.function.BiConsumer<Node, Node> visit) {
        java.util.ArrayDeque<Node[]> work = new java.util.ArrayDeque<>();
        work.push(new Node[] {root, null});
        while (!work.isEmpty()) {
            Node[] item = work.pop();
            visit.accept(item[0], item[1]);
            for (Object value : Node.componentValues(item[0])) {
                if (value instanceof Node n) {
                    work.push(new Node[] {n, item[0]});
                } else if (value instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Node n) {
                            work.push(new Node[] {n, item[0]});
                        }
                    }
                }
            }
        }
    }

    /** After the last pass: every field's type must be known, as a variable's must be. */
    void checkFields(Problems out) {
        for (ClassSig c : classes.values()) {
            c.fields.forEach((name, t) -> {
                if (t == null || t instanceof PyType.Unknown || t instanceof PyType.Mixed
                        || t instanceof PyType.ExceptionValue) {
                    out.unsupported(c.node.span(), "the attribute `" + c.name + "." + name + "`, whose type the "
                            + "assignments do not tell", "annotate it in __init__, e.g. `self." + name + ": int = 0`");
                }
            });
        }
    }
}
