package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.testing.RustPrograms;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WasmtimeEngineTest {
    @BeforeEach
    void needsWasmtime() {
        assumeTrue(WasmtimeEngine.unavailableReason().isEmpty(),
                () -> "wasmtime-java cannot load here: " + WasmtimeEngine.unavailableReason().orElse(""));
    }

    @Test
    void runsACommandModule() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new WasmtimeEngine().run(RustPrograms.wasmBytes("io"), "io.wasm", List.of("x"),
                new ByteArrayInputStream(new byte[0]), out, err, Duration.ofSeconds(30));
        assertEquals(3, code);
        assertEquals("args=[\"io.wasm\", \"x\"]\nstdin=\"\"\nenv=0\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("to stderr\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesInputItCannotDeliver() {
        var e = assertThrows(WasmRunException.class, () -> new WasmtimeEngine().run(RustPrograms.wasmBytes("io"),
                "io.wasm", List.of(), new ByteArrayInputStream(new byte[] {'a'}), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("chicory"), e.getMessage());
    }

    @Test
    void anInfiniteLoopIsStoppedAtTheTimeLimit() {
        var e = assertThrows(WasmRunException.class, () -> new WasmtimeEngine().run(RustPrograms.wasmBytes("spin"),
                "spin.wasm", List.of(), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("did not finish within 1s"), e.getMessage());
    }

    @Test
    void trapsAreReported() {
        var e = assertThrows(WasmRunException.class, () -> new WasmtimeEngine().run(RustPrograms.wasmBytes("panic"),
                "panic.wasm", List.of(), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("trapped"), e.getMessage());
    }
}
