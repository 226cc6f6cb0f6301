package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WasmEnginesTest {
    @Test
    void namesResolve() {
        assertEquals("chicory", WasmEngines.byName(null).name());
        assertEquals("chicory", WasmEngines.byName("Chicory").name());
        assertEquals("chicory-interpreter", WasmEngines.byName("chicory-interpreter").name());
        assertEquals("wasmtime", WasmEngines.byName("wasmtime").name());
    }

    @Test
    void doctorAlwaysFindsChicory() {
        var checks = WasmEngines.checks();
        assertTrue(checks.getFirst().ok());
        assertEquals(WasmtimeEngine.unavailableReason().isEmpty(), checks.get(1).ok());
    }

    @Test
    void unknownNamesListTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> WasmEngines.byName("v8"));
        assertTrue(e.getMessage().contains("chicory, chicory-interpreter, wasmtime"), e.getMessage());
    }
}
