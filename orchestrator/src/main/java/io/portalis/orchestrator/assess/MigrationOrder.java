package io.portalis.orchestrator.assess;

import io.portalis.ingest.packages.ImportGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order to migrate a directory's modules in: each module after the project modules it
 * imports (a depth-first post-order over the import graph, names sorted so the order is stable).
 * Members of an import cycle cannot all come after each other; they come out next to each other.
 */
final class MigrationOrder {
    private MigrationOrder() {}

    static List<String> of(ImportGraph graph) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : new TreeSet<>(graph.layout().modules().keySet())) {
            visit(graph, name, seen, order);
        }
        return order;
    }

    private static void visit(ImportGraph graph, String name, Set<String> seen, List<String> order) {
        // Iterative, so that a long import chain cannot overflow the stack.
        record Frame(String name, Iterator<String> next) {}
        if (!seen.add(name)) {
            return;
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(name, new TreeSet<>(graph.importsOf(name)).iterator()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next().hasNext()) {
                String dep = top.next().next();
                if (graph.layout().modules().containsKey(dep) && seen.add(dep)) {
                    stack.push(new Frame(dep, new TreeSet<>(graph.importsOf(dep)).iterator()));
                }
            } else {
                order.add(stack.pop().name());
            }
        }
    }
}
