package io.portalis.ingest.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Any node of the Python syntax tree. Nodes are immutable records whose first component is
 * their {@link Span}; passes never change them and keep what they learn in side tables keyed by
 * node identity (STYLE.md rules 1 and 2).
 */
public sealed interface Node
        permits Mod, Stmt, Expr, Pattern, TypeParam, Arguments, Arg, Keyword, Alias, Comprehension,
                ExceptHandler, WithItem, MatchCase, TypeIgnore {

    Span span();

    /** The values of a node's record components, in order: generic walks read children here. */
    static List<Object> componentValues(Node node) {
        var components = node.getClass().getRecordComponents();
        List<Object> values = new ArrayList<>(components.length);
        for (var c : components) {
            try {
                values.add(c.getAccessor().invoke(node));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("node records expose public accessors", e);
            }
        }
        return values;
    }

    /**
     * A copy of {@code node} whose record components are {@code map(component, value)}, made
     * through the record's canonical constructor: how the tree rewrites rebuild a node.
     */
    static Node rebuilt(Node node, java.util.function.BiFunction<java.lang.reflect.RecordComponent, Object, Object> map) {
        var components = node.getClass().getRecordComponents();
        List<Object> values = componentValues(node);
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = map.apply(components[i], values.get(i));
        }
        try {
            return (Node) node.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("node records have canonical constructors", e);
        }
    }

    /** Whether {@code root} or any node under it (nested scopes included) satisfies {@code test}. */
    static boolean any(Node root, Predicate<Node> test) {
        List<Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (test.test(n)) {
                return true;
            }
            for (Object v : componentValues(n)) {
                if (v instanceof Node child) {
                    stack.add(child);
                } else if (v instanceof List<?> l) {
                    l.stream().filter(x -> x instanceof Node).forEach(x -> stack.add((Node) x));
                }
            }
        }
        return false;
    }

    /**
     * An unmodifiable copy that, unlike {@link List#copyOf}, keeps nulls: CPython's
     * {@code Dict.keys} holds {@code None} for {@code **spread} entries.
     */
    static <T> List<T> frozen(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
