package io.portalis.transpiler.lower;

import io.portalis.analysis.ModuleFacts;
import io.portalis.analysis.scope.ClassInfo;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Span;
import io.portalis.transpiler.rust.RExpr;
import io.portalis.transpiler.rust.RItem;
import io.portalis.transpiler.rust.RStmt;
import io.portalis.transpiler.rust.RType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers the module's classes (Language Reference 3.3, 8.8). Each hierarchy (a class without
 * a base, with everything derived from it) becomes one struct named after its root, behind
 * {@code Rc}: its fields are the attributes of all its classes, each in a cell, and a tag
 * says which class an instance is. An instance typed as a base class and one typed as a
 * subclass are then the same Rust value, so passing a {@code Worker} where a {@code Task} is
 * expected needs no conversion, and a method overridden below the static class is called
 * through a dispatcher that matches on the tag. Methods are associated functions taking
 * {@code self_: &Rc<Struct>}; a call on a known class is a static call.
 */
final class ClassLowering {
    static final String TAG = "__class__";

    private final ModuleFacts facts;
    private final ModuleLowering module;

    ClassLowering(ModuleFacts facts, ModuleLowering module) {
        this.facts = facts;
        this.module = module;
    }

    /** The items of every hierarchy: struct, tag enum, identity equality, methods, printing. */
    List<RItem> lower() {
        List<RItem> items = new ArrayList<>();
        for (ClassInfo c : facts.classes().values()) {
            if (c.base() == null) {
                items.addAll(hierarchy(c));
            }
        }
        return items;
    }

    private List<RItem> hierarchy(ClassInfo root) {
        List<String> classes = facts.subtree(root.name());
        String struct = RustTypes.className(root.name());
        Span span = root.node().span();
        boolean tagged = classes.size() > 1;
        List<RItem> items = new ArrayList<>();
        Map<String, PyType> fields = fields(classes);
        List<RItem.Field> structFields = new ArrayList<>();
        if (tagged) {
            structFields.add(new RItem.Field(TAG, RType.named(tagEnum(root.name()))));
        }
        fields.forEach((name, t) -> structFields.add(new RItem.Field(RustNames.of(name), storage(t))));
        items.add(new RItem.Struct(span, "Instances of Python `class " + root.name() + "`"
                + (tagged ? " and its subclasses (`" + TAG + "` says which)" : "") + ".", struct, structFields));
        if (tagged) {
            items.add(new RItem.Enum(span, "The classes of `" + struct + "` instances.", tagEnum(root.name()),
                    classes.stream().map(RustNames::of).toList()));
        }
        items.add(identity(span, struct));
        List<RItem.Fn> fns = new ArrayList<>();
        for (String c : classes) {
            fns.add(constructor(c, fields, tagged));
            for (FunctionInfo m : facts.classes().get(c).methods().values()) {
                fns.add(module.method(facts, m, implName(c, m.name()), struct));
            }
        }
        fns.addAll(dispatchers(root.name(), classes, struct));
        items.add(new RItem.Impl(span, null, struct, fns));
        items.add(printing(root.name(), classes, struct));
        return items;
    }

    /** The attributes of all classes of a hierarchy; one name keeps one type across siblings. */
    private Map<String, PyType> fields(List<String> classes) {
        Map<String, PyType> out = new LinkedHashMap<>();
        for (String c : classes) {
            facts.classes().get(c).fields().forEach((name, t) -> {
                PyType old = out.putIfAbsent(name, t);
                if (old != null && !old.equals(t)) {
                    throw new LowerContext.LoweringFailed(facts.classes().get(c).node().span(), "the attribute `" + name
                            + "` has different types in sibling classes");
                }
            });
        }
        return out;
    }

    private static String tagEnum(String root) {
        return RustTypes.className(root) + "Class";
    }

    /**
     * Where an attribute lives: {@code Cell} for float and bool; {@code Late} (empty until
     * {@code __init__} assigns it) for values whose placeholder would cost an allocation — an
     * instance has none at all — {@code OptSlot} for an optional instance, else {@code Slot}
     * holding a placeholder.
     */
    static RType storage(PyType t) {
        return switch (t) {
            case PyType.Float f -> RType.named("Cell", RustTypes.of(t));
            case PyType.Bool b -> RType.named("Cell", RustTypes.of(t));
            case PyType.Instance i -> RType.named("Late", RustTypes.of(t));
            case PyType.Str str -> RType.named("Late", RustTypes.of(t));
            case PyType.ListOf l -> RType.named("Late", RustTypes.of(t));
            case PyType.DictOf d -> RType.named("Late", RustTypes.of(t));
            // An optional instance is one word in its cell (None is the null pointer), where a
            // `Slot` would add a word to tell its own emptiness apart.
            case PyType.OptionalOf o -> RType.named("OptSlot", RustTypes.of(o.inner()));
            default -> RType.named("Slot", RustTypes.of(t));
        };
    }

    /** The value an attribute holds between allocation and its assignment in {@code __init__}. */
    private static RExpr initial(Span s, PyType t) {
        return switch (t) {
            case PyType.Float f -> Rx.call(s, "Cell::new", Rx.lit(s, "0.0_f64"));
            case PyType.Bool b -> Rx.call(s, "Cell::new", Rx.lit(s, "false"));
            case PyType.Instance i -> Rx.call(s, "Late::new");
            case PyType.Str str -> Rx.call(s, "Late::new");
            case PyType.ListOf l -> Rx.call(s, "Late::new");
            case PyType.DictOf d -> Rx.call(s, "Late::new");
            case PyType.OptionalOf o -> Rx.call(s, "OptSlot::new");
            default -> Rx.call(s, "Slot::new", placeholder(s, t));
        };
    }

    private static RExpr placeholder(Span s, PyType t) {
        return switch (t) {
            case PyType.Int i -> Rx.smallInt(s, 0);
            case PyType.Float f -> Rx.lit(s, "0.0_f64");
            case PyType.Bool b -> Rx.lit(s, "false");
            case PyType.Str str -> Rx.call(s, "Str::lit", Rx.str(s, ""));
            case PyType.ListOf l -> new RExpr.AssocCall(s, RustTypes.of(t), "new", List.of());
            case PyType.DictOf d -> new RExpr.AssocCall(s, RustTypes.of(t), "new", List.of());
            case PyType.TupleOf tu -> new RExpr.Tuple(s, tu.elements().stream().map(e -> placeholder(s, e)).toList());
            case PyType.OptionalOf o -> Rx.path(s, "None");
            case PyType.NoneType n -> Rx.lit(s, "()");
            case PyType.Unknown u -> Rx.lit(s, "()");
            default -> throw new LowerContext.LoweringFailed(s, "an attribute of type " + t.display());
        };
    }

    /** The Rust name of class {@code cls}'s implementation of {@code method}. */
    String implName(String cls, String method) {
        return facts.subtree(facts.root(cls)).size() > 1 ? RustNames.of(cls) + "_" + method : RustNames.of(method);
    }

    /** {@code C(args)}: allocate with placeholder attributes, then run the {@code __init__} C finds. */
    private RItem.Fn constructor(String cls, Map<String, PyType> fields, boolean tagged) {
        ClassInfo info = facts.classes().get(cls);
        Span s = info.node().span();
        String struct = RustTypes.className(facts.root(cls));
        List<String> inits = new ArrayList<>();
        if (tagged) {
            inits.add(TAG + ": " + tagEnum(facts.root(cls)) + "::" + RustNames.of(cls));
        }
        // The locals are named like the lowering's temporaries, which no Python name becomes
        // (RustNames), so they cannot shadow a parameter of __init__.
        List<RStmt> body = new ArrayList<>();
        List<String> names = new ArrayList<>(inits);
        int i = 0;
        for (var e : fields.entrySet()) {
            String tmp = RustNames.temp(i++);
            body.add(new RStmt.Let(s, tmp, false, null, initial(s, e.getValue())));
            names.add(RustNames.of(e.getKey()) + ": " + tmp);
        }
        String obj = RustNames.temp(i);
        String literal = struct + " { " + String.join(", ", names) + " }";
        body.add(new RStmt.Let(s, obj, false, null, Rx.call(s, "Rc::new", Rx.lit(s, literal))));
        List<RItem.Param> params = new ArrayList<>();
        FunctionInfo init = facts.resolveMethod(cls, "__init__").orElse(null);
        if (init != null) {
            List<RExpr> args = new ArrayList<>();
            args.add(Rx.ref(s, Rx.path(s, obj)));
            for (FunctionInfo.Param p : init.params().subList(1, init.params().size())) {
                params.add(new RItem.Param(RustNames.of(p.name()), false, RustTypes.of(p.type())));
                args.add(Rx.path(s, RustNames.of(p.name())));
            }
            String owner = facts.methodOwner(cls, "__init__");
            body.add(new RStmt.ExprStmt(s, new RExpr.Try(s, Rx.call(s, "Self::" + implName(owner, "__init__"),
                    args.toArray(RExpr[]::new)))));
        }
        body.add(new RStmt.Return(s, Rx.call(s, "Ok", Rx.path(s, obj))));
        return new RItem.Fn(s, "Python `" + cls + "(...)`.", implName(cls, "__new__"), params,
                RType.named("PyResult", RType.named("Rc", RType.named(struct))), body);
    }

    /** Methods overridden inside the hierarchy: one function that picks the implementation by the tag. */
    private List<RItem.Fn> dispatchers(String root, List<String> classes, String struct) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (String c : classes) {
            for (String m : facts.classes().get(c).methods().keySet()) {
                owners.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
            }
        }
        List<RItem.Fn> out = new ArrayList<>();
        owners.forEach((m, defining) -> {
            if (defining.size() > 1 && !m.equals("__init__") && !m.equals("__repr__") && !m.equals("__str__")) {
                out.add(dispatcher(m, classes, struct));
            }
        });
        return out;
    }

    private RItem.Fn dispatcher(String method, List<String> classes, String struct) {
        FunctionInfo first = null;
        List<RStmt.Arm> arms = new ArrayList<>();
        Span s = null;
        for (String c : classes) {
            String owner = facts.methodOwner(c, method);
            if (owner == null) {
                continue;
            }
            FunctionInfo m = facts.classes().get(owner).methods().get(method);
            if (first == null) {
                first = m;
                s = m.node().span();
            } else if (!sameSignature(first, m)) {
                throw new LowerContext.LoweringFailed(m.node().span(), "overrides of `" + method
                        + "` with different parameter or return types");
            }
            List<RExpr> args = new ArrayList<>();
            args.add(Rx.path(s, "self_"));
            for (FunctionInfo.Param p : first.params().subList(1, first.params().size())) {
                args.add(Rx.path(s, RustNames.of(p.name())));
            }
            arms.add(new RStmt.Arm(tagEnum(facts.root(c)) + "::" + RustNames.of(c), List.of(new RStmt.Return(s,
                    Rx.call(s, "Self::" + implName(owner, method), args.toArray(RExpr[]::new))))));
        }
        if (arms.size() < classes.size()) {
            arms.add(new RStmt.Arm("_", List.of(new RStmt.ExprStmt(s, new RExpr.Macro(s, "unreachable", List.of())))));
        }
        List<RItem.Param> params = new ArrayList<>();
        params.add(new RItem.Param("self_", false, new RType.Ref(RType.named("Rc", RType.named(struct)))));
        for (FunctionInfo.Param p : first.params().subList(1, first.params().size())) {
            params.add(new RItem.Param(RustNames.of(p.name()), false, RustTypes.of(p.type())));
        }
        RExpr subject = Rx.path(s, "self_." + TAG);
        return new RItem.Fn(s, "Calls the `" + method + "` of the instance's class.", RustNames.of(method), params,
                RustTypes.result(first.returns()), List.of(new RStmt.Match(s, subject, arms)));
    }

    private static boolean sameSignature(FunctionInfo a, FunctionInfo b) {
        if (a.params().size() != b.params().size() || !a.returns().equals(b.returns())) {
            return false;
        }
        for (int i = 1; i < a.params().size(); i++) {
            if (!a.params().get(i).type().equals(b.params().get(i).type())) {
                return false;
            }
        }
        return true;
    }

    /** {@code repr()} and {@code str()}: each class's {@code __repr__}/{@code __str__}, or object's. */
    private RItem printing(String root, List<String> classes, String struct) {
        Span s = facts.classes().get(root).node().span();
        List<RItem.Param> params = List.of(new RItem.Param("this", false, new RType.Ref(RType.named("Rc",
                RType.named("Self")))), new RItem.Param("out", false, RType.named("&mut String")));
        RType result = RType.named("PyResult", new RType.Unit());
        List<RItem.Fn> fns = new ArrayList<>();
        fns.add(new RItem.Fn(s, "", "write_repr", params, result, printBody(s, classes, "__repr__")));
        if (classes.stream().anyMatch(c -> facts.methodOwner(c, "__str__") != null)) {
            fns.add(new RItem.Fn(s, "", "write_str", params, result, printBody(s, classes, "__str__")));
        }
        return new RItem.Impl(s, "PyClass", struct, fns);
    }

    private List<RStmt> printBody(Span s, List<String> classes, String dunder) {
        List<RStmt> body = new ArrayList<>();
        if (classes.size() == 1) {
            body.addAll(printOne(s, classes.get(0), dunder));
        } else {
            List<RStmt.Arm> arms = new ArrayList<>();
            for (String c : classes) {
                arms.add(new RStmt.Arm(tagEnum(facts.root(c)) + "::" + RustNames.of(c), printOne(s, c, dunder)));
            }
            body.add(new RStmt.Match(s, Rx.path(s, "this." + TAG), arms));
        }
        body.add(new RStmt.Return(s, Rx.call(s, "Ok", Rx.lit(s, "()"))));
        return body;
    }

    private List<RStmt> printOne(Span s, String cls, String dunder) {
        String owner = facts.methodOwner(cls, dunder);
        if (owner == null && dunder.equals("__str__")) {
            return List.of(new RStmt.ExprStmt(s, new RExpr.Try(s, Rx.call(s, "Self::write_repr", Rx.path(s, "this"),
                    Rx.path(s, "out")))));
        }
        if (owner == null) {
            return List.of(new RStmt.ExprStmt(s, new RExpr.Try(s, Rx.call(s, "pyrt::class::default_repr",
                    Rx.str(s, cls), Rx.path(s, "this"), Rx.path(s, "out")))));
        }
        FunctionInfo m = facts.classes().get(owner).methods().get(dunder);
        if (!(m.returns() instanceof PyType.Str) || m.params().size() != 1) {
            throw new LowerContext.LoweringFailed(m.node().span(), "`" + dunder + "` that does not return a str");
        }
        RExpr text = new RExpr.Try(s, Rx.call(s, "Self::" + implName(owner, dunder), Rx.path(s, "this")));
        return List.of(new RStmt.ExprStmt(s, Rx.method(s, Rx.path(s, "out"), "push_str",
                Rx.method(s, text, "as_str"))));
    }

    /** {@code impl PartialEq}: Python compares instances of these classes by identity. */
    private static RItem identity(Span s, String struct) {
        List<RItem.Param> params = List.of(new RItem.Param("&self", false, null),
                new RItem.Param("other", false, new RType.Ref(RType.named("Self"))));
        RExpr same = Rx.call(s, "std::ptr::eq", Rx.path(s, "self"), Rx.path(s, "other"));
        return new RItem.Impl(s, "PartialEq", struct, List.of(new RItem.Fn(s, "", "eq", params, RType.named("bool"),
                List.of(new RStmt.Return(s, same)))));
    }
}
