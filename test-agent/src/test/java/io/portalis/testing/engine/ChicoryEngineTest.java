package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.testing.RustPrograms;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ChicoryEngineTest {
    private static ChicoryEngine engine(ChicoryEngine.Mode mode) {
        return new ChicoryEngine(mode, ChicoryEngine.DEFAULT_MAX_MEMORY_PAGES);
    }

    @ParameterizedTest
    @EnumSource(ChicoryEngine.Mode.class)
    void passesArgumentsStreamsAndExitCodeButNoEnvironment(ChicoryEngine.Mode mode) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = engine(mode).run(RustPrograms.wasmBytes("io"), "io.wasm", List.of("x", "y z"),
                new ByteArrayInputStream("abc\n".getBytes(StandardCharsets.UTF_8)), out, err, Duration.ofSeconds(30));
        assertEquals(3, code);
        assertEquals("args=[\"io.wasm\", \"x\", \"y z\"]\nstdin=\"abc\\n\"\nenv=0\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("to stderr\n", err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(ChicoryEngine.Mode.class)
    void anInfiniteLoopIsStoppedAtTheTimeLimit(ChicoryEngine.Mode mode) {
        long start = System.nanoTime();
        var e = assertThrows(WasmRunException.class, () -> engine(mode).run(RustPrograms.wasmBytes("spin"),
                "spin.wasm", List.of(), new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), Duration.ofSeconds(1)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Stopped by its CPU time, or on a machine so busy that the loop got less than a quarter
        // of a core, by the wall-clock backstop: either way stopped, and said so.
        assertTrue(e.getMessage().matches(".*did not finish within (1s of CPU time|4s); it was stopped.*"),
                e.getMessage());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    /** A run that waits without using CPU (here on a stdin that never comes) ends at four times its limit. */
    @Test
    void aRunThatOnlyWaitsIsStoppedAtTheWallLimit() {
        var never = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new java.io.InterruptedIOException("stopped");
            }
        };
        long start = System.nanoTime();
        var e = assertThrows(WasmRunException.class, () -> new ChicoryEngine().run(RustPrograms.wasmBytes("io"),
                "io.wasm", List.of(), never, new ByteArrayOutputStream(), new ByteArrayOutputStream(),
                Duration.ofSeconds(1)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("did not finish within 4s"), e.getMessage());
        assertTrue(millis >= 4_000 && millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void aPanicIsReportedAsATrapWithTheOutputSoFar() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var e = assertThrows(WasmRunException.class, () -> new ChicoryEngine().run(RustPrograms.wasmBytes("panic"),
                "panic.wasm", List.of(), new ByteArrayInputStream(new byte[0]), out, err, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("trapped"), e.getMessage());
        assertEquals("before\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("index out of bounds"));
    }

    @Test
    void garbageIsAnInvalidModule() {
        var e = assertThrows(WasmRunException.class, () -> new ChicoryEngine().run("not wasm".getBytes(
                StandardCharsets.UTF_8), "x", List.of(), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream(), Duration.ofSeconds(5)));
        assertTrue(e.getMessage().startsWith("invalid WebAssembly module"), e.getMessage());
    }

    /** Not a benchmark: a record of how the two modes compare on this machine, printed for the log. */
    @Test
    void compiledAndInterpretedModesAgree() throws Exception {
        byte[] wasm = RustPrograms.wasmBytes("work");
        String[] outputs = new String[2];
        for (ChicoryEngine.Mode mode : ChicoryEngine.Mode.values()) {
            var out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            int code = engine(mode).run(wasm, "work.wasm", List.of(), new ByteArrayInputStream(new byte[0]), out,
                    new ByteArrayOutputStream(), Duration.ofSeconds(60));
            System.out.printf("chicory %s: %d ms%n", mode, (System.nanoTime() - start) / 1_000_000);
            assertEquals(0, code);
            outputs[mode.ordinal()] = out.toString(StandardCharsets.UTF_8);
        }
        assertEquals(outputs[0], outputs[1]);
    }
}
