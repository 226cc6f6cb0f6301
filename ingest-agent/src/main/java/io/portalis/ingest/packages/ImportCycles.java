package io.portalis.ingest.packages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Import cycles as Tarjan's strongly connected components, iterative so that long chains of
 * modules cannot overflow the stack. Each cycle is reported as one path through its members.
 */
final class ImportCycles {
    private final ImportGraph graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> found = new ArrayList<>();

    private ImportCycles(ImportGraph graph) {
        this.graph = graph;
    }

    static List<List<String>> find(ImportGraph graph) {
        ImportCycles c = new ImportCycles(graph);
        for (String m : graph.modules().keySet()) {
            if (!c.index.containsKey(m)) {
                c.connect(m);
            }
        }
        return c.found;
    }

    private record Frame(String node, List<String> next, int[] at) {}

    private void connect(String root) {
        Deque<Frame> frames = new ArrayDeque<>();
        enter(root, frames);
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            if (f.at()[0] < f.next().size()) {
                String w = f.next().get(f.at()[0]++);
                if (!index.containsKey(w)) {
                    enter(w, frames);
                } else if (onStack.contains(w)) {
                    low.put(f.node(), Math.min(low.get(f.node()), index.get(w)));
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                String parent = frames.peek().node();
                low.put(parent, Math.min(low.get(parent), low.get(f.node())));
            }
            if (low.get(f.node()).equals(index.get(f.node()))) {
                component(f.node());
            }
        }
    }

    private void enter(String v, Deque<Frame> frames) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        frames.push(new Frame(v, List.copyOf(graph.importsOf(v)), new int[1]));
    }

    private void component(String root) {
        List<String> members = new ArrayList<>();
        String w;
        do {
            w = stack.pop();
            onStack.remove(w);
            members.add(w);
        } while (!w.equals(root));
        if (members.size() > 1 || graph.importsOf(root).contains(root)) {
            found.add(pathThrough(members));
        }
    }

    /** Orders a component's members along import edges from its alphabetically first member where possible. */
    private List<String> pathThrough(List<String> members) {
        Set<String> left = new HashSet<>(members);
        List<String> path = new ArrayList<>();
        String at = members.stream().sorted().findFirst().orElseThrow();
        while (at != null) {
            path.add(at);
            left.remove(at);
            at = graph.importsOf(at).stream().filter(left::contains).findFirst()
                    .orElse(left.stream().sorted().findFirst().orElse(null));
        }
        return path;
    }
}
