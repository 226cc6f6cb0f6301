package io.portalis.transpiler.lower;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.Symbol;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Alias;
import io.portalis.ingest.ast.ExceptHandler;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.ExprContext;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Operator;
import io.portalis.ingest.ast.PyConstant;
import io.portalis.ingest.ast.Stmt;
import io.portalis.ingest.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The int locals of a function that can live in a Rust {@code i64}, and the {@code list[int]}
 * locals whose elements can, instead of {@code pyrt::Int} (a tagged value that promotes to a big
 * int). A name qualifies when every value it can be given is, by construction, far inside the
 * {@code i64} range: an int constant of at most 2**60, a {@code len()} (at most 2**57: no
 * address space is larger), an element of such a list, another such int, a {@code range} loop
 * variable starting at such a value, or one of these (not a constant or sum) plus or minus a
 * constant of at most 8.
 * A list qualifies when it is built from {@code list(range(n))} (its elements are below its
 * length), a literal of such constants (possibly repeated) or a copy of such a list, when every
 * element stored into it is such a value, and when it is used only by indexing, {@code len} and
 * copies into other such lists (so it never reaches code that expects a {@code List<Int>}).
 *
 * <p>Values then start at most 2**60 from zero and each executed step gives one of them a value
 * at most 8 from a value already there, so leaving {@code i64} would take more than 2**59 steps:
 * centuries at one step per nanosecond. Where a value computed as an {@code Int} is stored into
 * such a name, {@code pyrt::small::of} checks that it fits and raises otherwise, so even a flaw
 * in this argument fails loudly rather than wrapping. Every other use of the name reads it as
 * an {@code Int}, so arithmetic that leaves the range (a counter later multiplied by 2**70)
 * promotes to a big int as before.
 */
final class BoundedInts {
    static final BoundedInts NONE = new BoundedInts(Set.of(), Set.of());
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(60);
    private static final BigInteger STEP = BigInteger.valueOf(8);

    private final Set<String> ints;
    private final Set<String> lists;

    private BoundedInts(Set<String> ints, Set<String> lists) {
        this.ints = ints;
        this.lists = lists;
    }

    /** Whether local {@code name} is an {@code i64}. */
    boolean isInt(String name) {
        return ints.contains(name);
    }

    /** Whether local {@code name} is a {@code List<i64>}. */
    boolean isList(String name) {
        return lists.contains(name);
    }

    boolean isInt(Expr e) {
        return e instanceof Expr.Name n && ints.contains(n.id());
    }

    boolean isList(Expr e) {
        return e instanceof Expr.Name n && lists.contains(n.id());
    }

    /** How many names are bounded: a second version of a function is worth it only with more. */
    int size() {
        return ints.size() + lists.size();
    }

    /**
     * The bounded names of the function whose scope {@code cx} lowers and whose body is {@code
     * body}. With {@code params}, its int parameters count as bounded on entry too: that version
     * of the function is called only after {@code pyrt::small::param} checked their values.
     */
    static BoundedInts of(LowerContext cx, List<Stmt> body, boolean params) {
        Set<String> ints = new HashSet<>();
        Set<String> lists = new HashSet<>();
        for (Symbol sym : cx.scope.symbols().values()) {
            boolean param = sym.kind() == Symbol.Kind.PARAMETER;
            if (param && !(params && sym.type() instanceof PyType.Int) || cx.isGlobal(sym.name())
                    || cx.boxed.contains(sym.name())) {
                continue;
            }
            if (sym.type() instanceof PyType.Int) {
                ints.add(sym.name());
            } else if (sym.type() instanceof PyType.ListOf l && l.element() instanceof PyType.Int) {
                lists.add(sym.name());
            }
        }
        if (ints.isEmpty() && lists.isEmpty()) {
            return NONE;
        }
        new Pass(cx, ints, lists).run(body);
        return ints.isEmpty() && lists.isEmpty() ? NONE : new BoundedInts(Set.copyOf(ints), Set.copyOf(lists));
    }

    /** Removes names until every assignment and use of the rest is one the class comment allows. */
    private static final class Pass {
        private final LowerContext cx;
        private final Set<String> ints;
        private final Set<String> lists;
        /** Each node below the body, mapped to its parent. */
        private final Map<Node, Node> parents = new IdentityHashMap<>();
        private final List<Stmt> stmts = new ArrayList<>();
        private final List<Expr.Name> names = new ArrayList<>();

        Pass(LowerContext cx, Set<String> ints, Set<String> lists) {
            this.cx = cx;
            this.ints = ints;
            this.lists = lists;
        }

        void run(List<Stmt> body) {
            for (Stmt s : body) {
                collect(s, null, false);
            }
            boolean changed = true;
            while (changed) {
                int before = ints.size() + lists.size();
                stmts.forEach(this::check);
                names.forEach(this::checkUse);
                changed = ints.size() + lists.size() != before;
            }
        }

        /** Records parents, statements and names; names bound by strings or in nested scopes are dropped. */
        private void collect(Node node, Node parent, boolean nested) {
            parents.put(node, parent);
            switch (node) {
                case Stmt.FunctionDef f -> drop(f.name());
                case Stmt.ClassDef c -> drop(c.name());
                case Stmt.Global g -> g.names().forEach(this::drop);
                case Stmt.Nonlocal n -> n.names().forEach(this::drop);
                case Alias a -> {
                    drop(a.name());
                    if (a.asname() != null) {
                        drop(a.asname());
                    }
                }
                case ExceptHandler h when h.name() != null -> drop(h.name());
                case Expr.Name n when nested -> drop(n.id());
                case Expr.Name n -> names.add(n);
                case Stmt s when !nested -> stmts.add(s);
                default -> { }
            }
            boolean inner = nested || node instanceof Stmt.FunctionDef || node instanceof Stmt.ClassDef
                    || node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
                    || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp;
            for (Object child : Node.componentValues(node)) {
                if (child instanceof Node n) {
                    collect(n, node, inner);
                } else if (child instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Node n) {
                            collect(n, node, inner);
                        }
                    }
                }
            }
        }

        private void drop(String name) {
            ints.remove(name);
            lists.remove(name);
        }

        private void check(Stmt s) {
            switch (s) {
                // Only `xs = value` with one name target converts a new list to `List<i64>`.
                case Stmt.Assign a -> a.targets().forEach(t -> assigned(t, a.value(), a.targets().size() == 1));
                case Stmt.AnnAssign a -> {
                    if (a.value() != null) {
                        assigned(a.target(), a.value(), false);
                    }
                }
                case Stmt.AugAssign a -> augmented(a);
                case Stmt.For f -> {
                    if (!(f.target() instanceof Expr.Name n && boundedRange(f.iter()))) {
                        dropAll(f.target());
                    }
                }
                case Stmt.Delete d -> d.targets().forEach(this::dropAll);
                default -> { }
            }
        }

        /** {@code target = value}. */
        private void assigned(Expr target, Expr value, boolean single) {
            switch (target) {
                case Expr.Name n when ints.contains(n.id()) -> {
                    if (!bounded(value)) {
                        ints.remove(n.id());
                    }
                }
                case Expr.Name n when lists.contains(n.id()) -> {
                    if (!single || !boundedList(value)) {
                        lists.remove(n.id());
                    }
                }
                case Expr.Subscript sub when sub.value() instanceof Expr.Name n && lists.contains(n.id()) -> {
                    if (sub.slice() instanceof Expr.Slice || !(bounded(value) || isSwap(sub, value))) {
                        lists.remove(n.id());
                    }
                }
                case Expr.Tuple t when value instanceof Expr.Tuple v && v.elts().size() == t.elts().size() -> {
                    for (int i = 0; i < t.elts().size(); i++) {
                        assigned(t.elts().get(i), v.elts().get(i), false);
                    }
                }
                default -> dropAll(target);
            }
        }

        /** {@code xs[i], xs[j] = xs[j], xs[i]}: the stored values are elements of the same list. */
        private boolean isSwap(Expr.Subscript target, Expr value) {
            return value instanceof Expr.Subscript read && read.value() instanceof Expr.Name r
                    && target.value() instanceof Expr.Name t && r.id().equals(t.id()) && !(read.slice() instanceof Expr.Slice);
        }

        private void augmented(Stmt.AugAssign a) {
            boolean step = (a.op() == Operator.Add || a.op() == Operator.Sub) && smallStep(a.value());
            switch (a.target()) {
                case Expr.Name n -> {
                    if (!step) {
                        drop(n.id());
                    }
                }
                case Expr.Subscript sub when sub.value() instanceof Expr.Name n -> {
                    // The lowering reads and writes in place only for a name or constant index.
                    boolean settled = sub.slice() instanceof Expr.Constant
                            || sub.slice() instanceof Expr.Name i && !cx.boxed.contains(i.id()) && !cx.isGlobal(i.id());
                    if (!step || !settled || sub.slice() instanceof Expr.Slice) {
                        lists.remove(n.id());
                    }
                }
                default -> dropAll(a.target());
            }
        }

        /** Every list name must be used only where the lowering reads it as a {@code List<i64>}. */
        private void checkUse(Expr.Name n) {
            Node parent = parents.get(n);
            if (parent instanceof Expr.NamedExpr) {
                drop(n.id());
            }
            if (!lists.contains(n.id()) || n.ctx() != ExprContext.Load) {
                return;
            }
            if (parent instanceof Expr.Subscript sub && sub.value() == n) {
                if (!(sub.slice() instanceof Expr.Slice)) {
                    return; // an element read or store, checked where it is assigned
                }
                if (parents.get(sub) instanceof Stmt.Assign a && a.value() == sub && a.targets().size() == 1
                        && isList(a.targets().get(0))) {
                    return; // a copy into another bounded list
                }
            }
            if (parent instanceof Expr.Call c && c.args().size() == 1 && c.keywords().isEmpty() && builtin(c, "len")) {
                return;
            }
            if (parent instanceof Stmt.Assign a && a.value() == n && a.targets().size() == 1 && isList(a.targets().get(0))) {
                return;
            }
            lists.remove(n.id());
        }

        private boolean isList(Expr e) {
            return e instanceof Expr.Name n && lists.contains(n.id());
        }

        private void dropAll(Expr target) {
            switch (target) {
                case Expr.Name n -> drop(n.id());
                case Expr.Tuple t -> t.elts().forEach(this::dropAll);
                case Expr.List l -> l.elts().forEach(this::dropAll);
                case Expr.Starred st -> dropAll(st.value());
                case Expr.Subscript sub when sub.value() instanceof Expr.Name n -> lists.remove(n.id());
                default -> { }
            }
        }

        /** Whether {@code e} is a value the class comment allows. */
        private boolean bounded(Expr e) {
            if (!(cx.facts.typeOf(e).orElse(null) instanceof PyType.Int)) {
                return false;
            }
            return switch (e) {
                case Expr.Constant c -> c.value() instanceof PyConstant.IntValue v && v.value().abs().compareTo(LIMIT) <= 0;
                case Expr.UnaryOp u -> u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant
                        && bounded(u.operand());
                case Expr.Name n -> ints.contains(n.id());
                case Expr.Subscript sub -> isList(sub.value()) && !(sub.slice() instanceof Expr.Slice);
                case Expr.Call c -> c.args().size() == 1 && c.keywords().isEmpty() && builtin(c, "len");
                case Expr.BinOp b -> (b.op() == Operator.Add || b.op() == Operator.Sub)
                        && (stepBase(b.left()) && smallStep(b.right())
                            || b.op() == Operator.Add && stepBase(b.right()) && smallStep(b.left()));
                default -> false;
            };
        }

        /** A bounded value that is not itself a sum: {@code x + c} stays one step from a value already there. */
        private boolean stepBase(Expr e) {
            return !(e instanceof Expr.BinOp) && !(e instanceof Expr.Constant) && bounded(e);
        }

        /** A constant of at most 8 either way ({@code -1} is a negation of a constant). */
        private static boolean smallStep(Expr e) {
            if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
                return u.operand() instanceof Expr.Constant && smallStep(u.operand());
            }
            return e instanceof Expr.Constant c && c.value() instanceof PyConstant.IntValue v
                    && v.value().abs().compareTo(STEP) <= 0;
        }

        /** {@code range(stop)}, {@code range(start, stop)} or {@code range(start, stop, step)}: any stop. */
        private boolean boundedRange(Expr iter) {
            if (!(iter instanceof Expr.Call c) || !builtin(c, "range") || !c.keywords().isEmpty() || c.args().isEmpty()
                    || c.args().size() > 3) {
                return false;
            }
            if (c.args().size() >= 2 && !bounded(c.args().get(0))) {
                return false;
            }
            return c.args().size() < 3 || smallStep(c.args().get(2)) && !isZero(c.args().get(2));
        }

        private static boolean isZero(Expr e) {
            if (e instanceof Expr.UnaryOp u) {
                return isZero(u.operand());
            }
            return e instanceof Expr.Constant c && c.value() instanceof PyConstant.IntValue v && v.value().signum() == 0;
        }

        /** A list value whose elements are all bounded ints. */
        private boolean boundedList(Expr e) {
            return switch (e) {
                case Expr.Name n -> lists.contains(n.id());
                case Expr.Subscript sub -> isList(sub.value()) && sub.slice() instanceof Expr.Slice;
                case Expr.List l -> l.elts().stream().allMatch(x -> bounded(x) && !(x instanceof Expr.Name)
                        && !(x instanceof Expr.Subscript));
                case Expr.BinOp b -> b.op() == Operator.Mult
                        && (b.left() instanceof Expr.List && boundedList(b.left())
                            || b.right() instanceof Expr.List && boundedList(b.right()));
                case Expr.Call c -> builtin(c, "list") && c.args().size() == 1 && c.keywords().isEmpty()
                        && c.args().get(0) instanceof Expr.Call r && builtin(r, "range") && r.keywords().isEmpty()
                        && (r.args().size() == 1 || r.args().size() == 2 && bounded(r.args().get(0))
                            && !(r.args().get(0) instanceof Expr.Name));
                default -> false;
            };
        }

        private boolean builtin(Expr.Call c, String name) {
            return cx.facts.callTarget(c).orElse(null) instanceof CallTarget.Builtin b && b.name().equals(name);
        }
    }
}
