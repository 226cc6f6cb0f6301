package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Toolchains;
import io.portalis.packaging.PortalisPackage;
import io.portalis.packaging.embed.ModuleFailure;
import io.portalis.packaging.embed.PoolCounters;
import io.portalis.packaging.embed.PythonException;
import io.portalis.packaging.embed.PythonFunction;
import io.portalis.packaging.embed.PythonModule;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API's examples (README.md, "Embedding"), run: translate a library with the embedded
 * orchestrator, load its package, call its functions from 16 threads at once.
 */
class EmbeddingExamplesTest {
    static final Path MATHLIB = Path.of("src", "test", "resources", "library", "mathlib.py");

    @TempDir
    static Path dir;

    static Path pkg;

    /** A dataclass `Point` as Java sees it: a record with the same fields. */
    record Point(long x, long y) {}

    @BeforeAll
    static void translateWithTheEmbeddedOrchestrator() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Path out = dir.resolve("out");
        try (PortalisRuntime portalis = Portalis.embedded()) {
            JobResult result = portalis.translate(List.of(MATHLIB),
                    JobOptions.library(out, Files.createDirectories(dir.resolve("work"))))
                    .toCompletableFuture().join();
            assertTrue(result.allTranslated(), () -> result.modules().get(0).diagnostics().toString());
            ModuleOutcome module = result.modules().get(0);
            assertEquals(out.resolve("mathlib.wasm"), module.outputs().binary().orElseThrow());
            assertTrue(Files.isRegularFile(module.outputs().report().orElseThrow()));
        }
        pkg = out.resolve("mathlib.portalis");
        PortalisPackage contents = PortalisPackage.read(pkg);
        assertTrue(contents.manifest().contains("\"name\" : \"withdraw\""), contents.manifest());
        assertTrue(contents.entries().containsKey("crate/src/lib.rs"));
        assertTrue(contents.entries().containsKey("report.html"));
    }

    @Test
    void callsFrom16ThreadsAnswerAsSingleThreadedCallsAndNoInstanceLeaks() throws Exception {
        PythonModule lib = PythonModule.load(pkg, PythonModule.Options.defaults().withPoolSize(4));
        List<Supplier<Object>> calls = List.of(
                () -> lib.call("add", 2, 3),
                () -> lib.call("add", BigInteger.TWO.pow(70), 1),
                () -> lib.call("fib", 15),
                () -> lib.call("greet", "Ada"),
                () -> lib.call("word_counts", "a b a"),
                () -> lib.call("sort_desc", List.of(3, 1, 2)),
                () -> lib.function("midpoint", Point.class).call(new Point(0, 0), new Point(10, -4)),
                () -> lib.call("norm1", Map.of("x", -3, "y", 4)),
                () -> lib.call("hypot", 3.0, 4.0),
                () -> {
                    try {
                        return lib.call("withdraw", 10, 30);
                    } catch (PythonException e) {
                        return e.getMessage();
                    }
                });
        List<Object> expected = calls.stream().map(Supplier::get).toList();
        assertEquals(5, expected.get(0));
        assertEquals(BigInteger.TWO.pow(70).add(BigInteger.ONE), expected.get(1));
        assertEquals(new Point(5, -2), expected.get(6));
        assertEquals("InsufficientFunds: balance 10 is less than 30", expected.get(9));

        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            results.add(threads.submit(() -> {
                start.await();
                List<Object> seen = new ArrayList<>();
                for (int round = 0; round < 20; round++) {
                    seen.addAll(calls.stream().map(Supplier::get).toList());
                }
                return seen;
            }));
        }
        start.countDown();
        for (Future<List<Object>> result : results) {
            List<Object> seen = result.get();
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(expected.get(i % expected.size()), seen.get(i));
            }
        }
        threads.shutdown();

        PoolCounters during = lib.counters();
        assertEquals(0, during.inUse());
        assertEquals(0, during.waiting());
        assertTrue(during.created() >= 1 && during.created() <= 4, during.toString());
        assertEquals(1, during.openEngines());
        lib.close();
        PoolCounters after = lib.counters();
        assertEquals(0, after.live(), after.toString());
        assertEquals(0, after.openEngines());
        assertThrows(ModuleFailure.class, () -> lib.call("add", 1, 2));
    }

    @Test
    void aCallerWaitsAtMostTheAcquisitionTimeout() throws Exception {
        try (PythonModule lib = PythonModule.load(pkg, PythonModule.Options.defaults().withPoolSize(1)
                .withAcquireTimeout(Duration.ofMillis(50)))) {
            PythonFunction<Long> fib = lib.function("fib", Long.class);
            Thread busy = Thread.ofPlatform().start(() -> fib.call(27));
            while (lib.counters().inUse() == 0 && busy.isAlive()) {
                Thread.onSpinWait();
            }
            assumeTrue(busy.isAlive(), "fib(27) finished before the second call could wait");
            ModuleFailure timedOut = assertThrows(ModuleFailure.class, () -> fib.call(1));
            assertTrue(timedOut.getMessage().contains("no instance became free"), timedOut.getMessage());
            busy.join();
            assertEquals(1, lib.counters().timeouts());
            assertEquals(1L, fib.call(1));
            assertEquals(0, lib.counters().inUse());
        }
    }

    @Test
    void unknownFunctionsAndRaisedExceptionsAreReportedNotTrapped() {
        try (PythonModule lib = PythonModule.load(pkg)) {
            ModuleFailure unknown = assertThrows(ModuleFailure.class, () -> lib.call("_private_helper"));
            assertTrue(unknown.getMessage().contains("exports no function _private_helper"), unknown.getMessage());
            PythonException raised = assertThrows(PythonException.class, () -> lib.call("divide", 1, 0));
            assertEquals("ZeroDivisionError", raised.pythonType());
            assertEquals("division by zero", raised.pythonMessage());
            assertFalse(lib.functions().isEmpty());
            assertEquals("mathlib", lib.name());
        }
    }
}
