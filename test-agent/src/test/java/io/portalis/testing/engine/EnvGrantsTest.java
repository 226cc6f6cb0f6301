package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvGrantsTest {
    private static final Map<String, String> HOST = Map.of("HOME", "/home/ada", "EMPTY", "");

    @Test
    void valuesAreGivenOrTakenFromTheHostInOrder() {
        Map<String, String> env = EnvGrants.resolve(List.of("B=1", "HOME", "A=x=y", "EMPTY", "C="), HOST);
        assertEquals(List.of("B", "HOME", "A", "EMPTY", "C"), List.copyOf(env.keySet()));
        assertEquals(List.of("1", "/home/ada", "x=y", "", ""), List.copyOf(env.values()));
    }

    @Test
    void aLaterGrantOfANameWins() {
        Map<String, String> env = EnvGrants.resolve(List.of("A=1", "B=2", "A=3"), HOST);
        assertEquals(List.of("B", "A"), List.copyOf(env.keySet()));
        assertEquals("3", env.get("A"));
    }

    @Test
    void malformedAndUnsetGrantsAreNamed() {
        var unset = assertThrows(IllegalArgumentException.class, () -> EnvGrants.resolve(List.of("NOPE"), HOST));
        assertEquals("--env NOPE: not set in this environment (give NOPE=VALUE to set it)", unset.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> EnvGrants.resolve(List.of("=v"), HOST));
        assertEquals("--env takes NAME or NAME=VALUE, not `=v`", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EnvGrants.resolve(List.of("A=\0"), HOST));
    }
}
