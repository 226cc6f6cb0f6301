package io.portalis.analysis.infer;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the variables some read of which may happen before any assignment. A flow analysis
 * no bolder than rustc's own (branches intersect, loop bodies may not run, a branch that
 * leaves by return/break/continue assigns everything), so every variable it calls assigned
 * is one rustc also accepts; the others get a run-time check.
 */
public final class DefiniteAssignment {
    private final Set<String> locals;
    private final Set<String> maybeUnbound = new HashSet<>();

    private DefiniteAssignment(Set<String> locals) {
        this.locals = locals;
    }

    /** The locals of a body that may be read unassigned, given those assigned on entry. */
    public static Set<String> maybeUnbound(List<Stmt> body, Set<String> locals, Set<String> assignedOnEntry) {
        DefiniteAssignment d = new DefiniteAssignment(locals);
        d.block(body, new HashSet<>(assignedOnEntry));
        return d.maybeUnbound;
    }

    /** Returns the assigned set after the block, or null when control cannot leave it normally. */
    private Set<String> block(List<Stmt> body, Set<String> assigned) {
        Set<String> current = assigned;
        for (Stmt s : body) {
            if (current == null) {
                return null;
            }
            current = stmt(s, current);
        }
        return current;
    }

    private Set<String> stmt(Stmt s, Set<String> in) {
        return switch (s) {
            case Stmt.Assign a -> {
                read(a.value(), in);
                a.targets().forEach(t -> store(t, in));
                yield in;
            }
            case Stmt.Try t -> {
                // Any statement of the body may raise, so handlers start from what held before it.
                Set<String> body = block(t.body(), new HashSet<>(in));
                t.handlers().forEach(h -> block(h.body(), new HashSet<>(in)));
                if (body != null) {
                    block(t.orelse(), body);
                }
                yield block(t.finalbody(), new HashSet<>(in));
            }
            case Stmt.Raise r -> {
                read(r.exc(), in);
                yield null;
            }
            case Stmt.Delete d -> {
                d.targets().forEach(t -> read(t, in));
                yield in;
            }
            case Stmt.AugAssign a -> {
                read(a.target(), in);
                read(a.value(), in);
                yield in;
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    read(a.value(), in);
                    store(a.target(), in);
                }
                yield in;
            }
            case Stmt.ExprStmt e -> readThen(e.value(), in);
            case Stmt.Return r -> {
                read(r.value(), in);
                yield null;
            }
            case Stmt.Break b -> null;
            case Stmt.Continue c -> null;
            case Stmt.If i -> {
                read(i.test(), in);
                yield meet(block(i.body(), new HashSet<>(in)), block(i.orelse(), new HashSet<>(in)));
            }
            case Stmt.While w -> {
                read(w.test(), in);
                block(w.body(), new HashSet<>(in));
                block(w.orelse(), new HashSet<>(in));
                yield in;
            }
            case Stmt.For f -> {
                read(f.iter(), in);
                Set<String> body = new HashSet<>(in);
                store(f.target(), body);
                block(f.body(), body);
                block(f.orelse(), new HashSet<>(in));
                yield in;
            }
            case Stmt.Assert a -> {
                read(a.test(), in);
                read(a.msg(), in);
                yield in;
            }
            default -> in;
        };
    }

    private Set<String> readThen(Expr e, Set<String> in) {
        read(e, in);
        return in;
    }

    private static Set<String> meet(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        a.retainAll(b);
        return a;
    }

    private void read(Expr e, Set<String> assigned) {
        NameReads.visit(e, n -> {
            if (locals.contains(n.id()) && !assigned.contains(n.id())) {
                maybeUnbound.add(n.id());
            }
        });
    }

    private void store(Expr target, Set<String> assigned) {
        if (target instanceof Expr.Name n) {
            assigned.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(e -> store(e, assigned));
        } else {
            read(target, assigned);
        }
    }
}
