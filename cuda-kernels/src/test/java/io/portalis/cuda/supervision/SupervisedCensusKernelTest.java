package io.portalis.cuda.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.cuda.census.CorpusScanner;
import io.portalis.cuda.census.CpuCensusKernel;
import io.portalis.cuda.census.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Device faults, injected where no GPU exists, must not change a scan: every file is counted
 * exactly once, with the counts the plain CPU scan gives.
 */
class SupervisedCensusKernelTest {
    private static final int BATCH_FILES = 5;
    private static final SupervisedCensusKernel.Settings FAST = new SupervisedCensusKernel.Settings(
            Duration.ofMillis(5), Duration.ofMillis(50), 3, 4, Duration.ofSeconds(30));
    private static final String[] FRAGMENTS = {"import os\n", "from m import *\n", "x = eval('1')\n",
        "exec(code)\n", "s = \"eval(2)\"  # exec(3)\n", "getattr(o, 'a')\n", "o.__dict__\n", "class A(metaclass=M): pass\n",
        "print(f'{eval(\"4\")} {x!r}')\n", "'''\neval(5)\n'''\n", "def eval(s): return s.exec(s)\n", "y = [1, 2,\n 3]\n"};

    @TempDir
    static Path corpus;
    private static ActorSystem<Void> system;
    private static ScanReport plain;

    @BeforeAll
    static void setUp() throws IOException {
        system = ActorSystem.create(Behaviors.empty(), "supervision-test");
        Random random = new Random(11);
        for (int f = 0; f < 120; f++) {
            StringBuilder source = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                source.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            Files.writeString(corpus.resolve(String.format("m%03d.py", f)), source);
        }
        plain = new CorpusScanner(new CpuCensusKernel(), BATCH_FILES).scan(List.of(corpus));
        assertTrue(plain.totals().evalExecCalls() > 50, "the corpus should exercise the counts");
    }

    @AfterAll
    static void tearDown() {
        system.terminate();
    }

    private static ScanReport scanWith(SupervisedCensusKernel kernel) {
        return new CorpusScanner(kernel, BATCH_FILES).scan(List.of(corpus));
    }

    @Test
    void faultsEveryFewBatchesRestartTheWorkerAndChangeNothing() {
        SupervisedCensusKernel kernel = new SupervisedCensusKernel(system,
                FaultInjectingKernel.everyNth(new CpuCensusKernel(), 3), new CpuCensusKernel(), FAST);
        ScanReport report = scanWith(kernel);
        assertEquals(plain.files(), report.files());
        assertEquals(plain.totals(), report.totals());
        SupervisedCensusKernel.Stats stats = kernel.stats();
        assertEquals(24, stats.deviceBatches() + stats.cpuBatches()); // 120 files in batches of 5
        assertEquals(8, stats.faults()); // device calls 3, 6, …, 24: the worker came back after each
        assertEquals(16, stats.deviceBatches());
        assertEquals(0, stats.timesBreakerOpened());
    }

    @Test
    void repeatedFaultsOpenTheBreakerUntilAProbeSucceeds() {
        // Device calls 2-5 fault: three in a row open the breaker, 4 batches go to the CPU, the
        // probe (call 5) faults and reopens it, the next probe (call 6) succeeds and closes it.
        SupervisedCensusKernel kernel = new SupervisedCensusKernel(system,
                new FaultInjectingKernel(new CpuCensusKernel(), call -> call >= 2 && call <= 5),
                new CpuCensusKernel(), FAST);
        ScanReport report = scanWith(kernel);
        assertEquals(plain.files(), report.files());
        assertEquals(plain.totals(), report.totals());
        SupervisedCensusKernel.Stats stats = kernel.stats();
        assertEquals(4, stats.faults());
        assertEquals(2, stats.timesBreakerOpened());
        assertEquals(24 - 4 - 8, stats.deviceBatches()); // 4 faulted batches, 8 cooled down on the CPU
        assertEquals(CircuitBreaker.State.CLOSED, kernelBreakerState(kernel));
    }

    @Test
    void aDeviceThatAlwaysFaultsStillGivesTheCpuCounts() {
        SupervisedCensusKernel kernel = new SupervisedCensusKernel(system,
                new FaultInjectingKernel(new CpuCensusKernel(), call -> true), new CpuCensusKernel(), FAST);
        ScanReport report = scanWith(kernel);
        assertEquals(plain.files(), report.files());
        assertEquals(0, kernel.stats().deviceBatches());
    }

    private static CircuitBreaker.State kernelBreakerState(SupervisedCensusKernel kernel) {
        return kernel.breakerState();
    }
}
