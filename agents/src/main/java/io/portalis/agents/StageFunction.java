package io.portalis.agents;

/**
 * A stage's pure work: the library half of an agent. Implementations report problems in the
 * user's input as diagnostics in the result; a thrown exception means a bug in Portalis (or a
 * fault injected by a test), and the stage's supervisor restarts the actor.
 */
@FunctionalInterface
public interface StageFunction<I, O> {
    StageResult<O> apply(I input) throws Exception;
}
