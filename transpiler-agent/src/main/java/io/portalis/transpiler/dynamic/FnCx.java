package io.portalis.transpiler.dynamic;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The state of lowering one Rust function or closure body: its Python scope (inline scopes such
 * as comprehensions and class bodies are pushed on top), the {@code try}/{@code with} regions
 * that errors and jumps must leave through, the loops that {@code break} targets, and the
 * exceptions handlers are handling (for bare {@code raise}).
 */
final class FnCx {
    /** A loop being lowered: its else-flag (or null) and how many regions enclosed it. */
    record Loop(String brokeFlag, int regions) {}

    final Deque<Scope> scopes = new ArrayDeque<>();
    /** Labels of the enclosing try/with regions, innermost first. */
    final Deque<String> regions = new ArrayDeque<>();
    final Deque<Loop> loops = new ArrayDeque<>();
    final Deque<String> caught = new ArrayDeque<>();
    /** Whether this is the module body, which returns {@code PyResult<()>}. */
    final boolean module;

    FnCx(Scope scope, boolean module) {
        scopes.push(scope);
        this.module = module;
    }

    Scope scope() {
        return scopes.peek();
    }
}
