package io.portalis.ingest.census;

import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Keyword;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Counts dynamic features that make translation risky (DESIGN.md, "Rejected constructs"):
 * eval/exec calls, getattr/setattr/delattr with a non-literal name, {@code metaclass=} keywords,
 * {@code __dict__} access and star imports.
 */
public record FeatureCensus(int evalExecCalls, int dynamicAttributeCalls, int metaclassKeywords, int dictAccesses,
        int starImports) {

    public static FeatureCensus of(Mod.Module module) {
        int[] counts = new int[5];
        Deque<Node> work = new ArrayDeque<>();
        work.push(module);
        while (!work.isEmpty()) {
            Node node = work.pop();
            count(node, counts);
            children(node, work);
        }
        return new FeatureCensus(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    public int total() {
        return evalExecCalls + dynamicAttributeCalls + metaclassKeywords + dictAccesses + starImports;
    }

    private static void count(Node node, int[] counts) {
        if (node instanceof Expr.Call call && call.func() instanceof Expr.Name name) {
            switch (name.id()) {
                case "eval", "exec" -> counts[0]++;
                case "getattr", "setattr", "delattr", "hasattr" -> {
                    if (call.args().size() < 2 || !(call.args().get(1) instanceof Expr.Constant)) {
                        counts[1]++;
                    }
                }
                default -> { }
            }
        } else if (node instanceof Stmt.ClassDef cls) {
            for (Keyword k : cls.keywords()) {
                if ("metaclass".equals(k.arg())) {
                    counts[2]++;
                }
            }
        } else if (node instanceof Expr.Attribute attr && attr.attr().equals("__dict__")) {
            counts[3]++;
        } else if (node instanceof Stmt.ImportFrom from
                && from.names().stream().anyMatch(a -> "*".equals(a.name()))) {
            counts[4]++;
        }
    }

    /** Generic walk over record components: the census cares about a few kinds only. */
    private static void children(Node node, Deque<Node> work) {
        for (Object value : Node.componentValues(node)) {
            if (value instanceof Node n) {
                work.push(n);
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node n) {
                        work.push(n);
                    }
                }
            }
        }
    }
}
