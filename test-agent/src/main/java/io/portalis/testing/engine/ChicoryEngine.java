package io.portalis.testing.engine;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs WASI command modules with Chicory, a WebAssembly runtime written in Java. In
 * {@link Mode#COMPILED} (the default) the module is translated to JVM bytecode first, about ten
 * times faster than the interpreter on loops, and the generated code checks for thread
 * interruption, which is how the time limit stops it; functions the compiler cannot handle
 * fall back to the interpreter one by one.
 *
 * <p>The module gets WASI preview 1 with only its arguments, three standard streams and what its
 * {@link Sandbox} grants (directories, environment variables): no sockets.
 */
public final class ChicoryEngine implements WasmEngine {
    /** How Chicory executes the module. */
    public enum Mode { COMPILED, INTERPRETED }

    /** 512 MiB: a wasm page is 64 KiB. */
    public static final int DEFAULT_MAX_MEMORY_PAGES = 8192;
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** How many times its CPU-time limit a run may last in wall time. */
    private static final int WALL_FACTOR = 4;
    /** Wall time allowed for parsing, compiling and instantiating a module, before its run starts. */
    private static final Duration LOAD_ALLOWANCE = Duration.ofMinutes(2);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final long WORKER_STACK_BYTES = 1L << 30;

    private final Mode mode;
    private final int maxMemoryPages;

    public ChicoryEngine() {
        this(Mode.COMPILED, DEFAULT_MAX_MEMORY_PAGES);
    }

    public ChicoryEngine(Mode mode, int maxMemoryPages) {
        this.mode = mode;
        this.maxMemoryPages = maxMemoryPages;
    }

    @Override
    public String name() {
        return mode == Mode.COMPILED ? "chicory" : "chicory-interpreter";
    }

    @Override
    public int run(byte[] wasm, String programName, List<String> args, InputStream stdin, OutputStream stdout,
                   OutputStream stderr, Duration timeout, Sandbox sandbox) throws WasmRunException {
        GatedOutputStream out = new GatedOutputStream(stdout);
        GatedOutputStream err = new GatedOutputStream(stderr);
        List<String> argv = new ArrayList<>();
        argv.add(programName);
        argv.addAll(args);
        java.util.concurrent.atomic.AtomicLong runStart = new java.util.concurrent.atomic.AtomicLong(-1);
        FutureTask<Integer> task = new FutureTask<>(() -> execute(wasm, argv, stdin, out, err, runStart, sandbox));
        // Each wasm call is a JVM frame (compiled) or several (interpreted): deep Python recursion
        // needs a deep JVM stack, reserved (not committed) for this thread only.
        Thread worker = Thread.ofPlatform().daemon().name("portalis-wasm-" + programName).stackSize(WORKER_STACK_BYTES)
                .unstarted(task);
        worker.start();
        try {
            return awaitWithin(task, worker, timeout, runStart);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new WasmRunException("interrupted while waiting for the module", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } finally {
            out.close();
            err.close();
        }
    }

    private int execute(byte[] wasm, List<String> argv, InputStream stdin, OutputStream out, OutputStream err,
            java.util.concurrent.atomic.AtomicLong runStart, Sandbox sandbox)
            throws WasmRunException {
        WasmModule module = parse(wasm);
        CompiledModules.Compiled compiled = mode == Mode.COMPILED ? CompiledModules.of(wasm, module) : null;
        if (compiled != null) {
            module = compiled.module();
        }
        WasiOptions.Builder wasiOptions = WasiOptions.builder().withStdin(stdin).withStdout(out).withStderr(err)
                .withArguments(argv);
        for (DirGrant grant : sandbox.dirs()) {
            wasiOptions.withDirectory(grant.guest(), grant.host().toAbsolutePath());
        }
        sandbox.env().forEach(wasiOptions::withEnvironment);
        WasiOptions options = wasiOptions.build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
            Instance.Builder builder = Instance.builder(module)
                    .withStart(false)
                    // byte[] pages read through VarHandles: a third faster than the default
                    // ByteBuffer memory on the bench programs (spectral_norm 3.7 s -> 2.9 s).
                    .withMemoryFactory(ByteArrayMemory::new)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
            memoryLimits(module).ifPresent(builder::withMemoryLimits);
            if (mode == Mode.COMPILED) {
                builder.withMachineFactory(compiled.machines());
            } else {
                // The interpreter checks for interruption only at calls; a tight loop would
                // outlive its time limit, so check at every instruction.
                builder.withUnsafeExecutionListener((instruction, stack) -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new ChicoryInterruptedException("the time limit was reached");
                    }
                });
            }
            Instance instance = builder.build();
            ExportFunction start = instance.export("_start");
            try {
                runStart.set(threadCpuNanos());
                start.apply();
                return 0;
            } catch (WasiExitException e) {
                return e.exitCode();
            } finally {
                out.flush();
                err.flush();
            }
        } catch (java.io.IOException e) {
            throw new WasmRunException("cannot write the module's output: " + e.getMessage(), e);
        }
    }

    private static WasmModule parse(byte[] wasm) throws WasmRunException {
        try {
            WasmModule module = Parser.parse(wasm);
            boolean command = module.exportSection() != null && hasStart(module);
            if (!command) {
                throw new WasmRunException("not a WASI command module: it exports no `_start` function", null);
            }
            return module;
        } catch (ChicoryException e) {
            throw new WasmRunException("invalid WebAssembly module: " + e.getMessage(), e);
        }
    }

    private static boolean hasStart(WasmModule module) {
        var exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            if (exports.getExport(i).name().equals("_start")) {
                return true;
            }
        }
        return false;
    }

    /** The module's own limits, with the maximum capped at ours. */
    private java.util.Optional<MemoryLimits> memoryLimits(WasmModule module) throws WasmRunException {
        var section = module.memorySection();
        if (section.isEmpty() || section.get().memoryCount() == 0) {
            return java.util.Optional.empty();
        }
        MemoryLimits declared = section.get().getMemory(0).limits();
        if (declared.initialPages() > maxMemoryPages) {
            throw new WasmRunException("the module needs " + declared.initialPages() + " memory pages at start,"
                    + " more than the limit of " + maxMemoryPages, null);
        }
        return java.util.Optional.of(new MemoryLimits(declared.initialPages(),
                Math.min(declared.maximumPages(), maxMemoryPages)));
    }

    /**
     * Waits for the run, whose program may use {@code timeout} of its thread's CPU time from the
     * call of {@code _start} (so compiling the module, which depends on its size and not on the
     * program, does not count): on a loaded machine wall time stretches while an infinite loop's
     * CPU time does not, and the limit is there to stop the loop, not to fail a program for the
     * machine's load. A run that waits without using CPU is still ended after {@link #WALL_FACTOR}
     * times the limit in wall time from its start; loading the module may take
     * {@link #LOAD_ALLOWANCE} more.
     */
    private static int awaitWithin(FutureTask<Integer> task, Thread worker, Duration timeout,
            java.util.concurrent.atomic.AtomicLong runStart)
            throws InterruptedException, ExecutionException, WasmRunException {
        long start = System.nanoTime();
        long wallLimit = timeout.toNanos() * WALL_FACTOR;
        boolean measured = CPU.isThreadCpuTimeSupported() && CPU.isThreadCpuTimeEnabled();
        long step = Math.max(1, Math.min(100, timeout.toMillis() / 10));
        boolean running = false;
        while (true) {
            try {
                return task.get(step, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long from = runStart.get();
                if (!running && from >= 0) {
                    // Wall time counts from the program's start: loading a large module on a
                    // busy machine must not use up the program's own allowance.
                    running = true;
                    start = System.nanoTime();
                }
                long waited = System.nanoTime() - start - (running ? 0 : LOAD_ALLOWANCE.toNanos());
                long used = measured && from >= 0 ? CPU.getThreadCpuTime(worker.threadId()) - from : -1;
                if (!measured && waited >= timeout.toNanos()) {
                    throw timedOut(worker, seconds(timeout), e);
                }
                if (used >= timeout.toNanos()) {
                    throw timedOut(worker, seconds(timeout) + " of CPU time", e);
                }
                if (waited >= wallLimit) {
                    throw timedOut(worker, seconds(Duration.ofNanos(wallLimit)), e);
                }
            }
        }
    }

    /** The calling thread's CPU time, or 0 where the JVM does not measure it. */
    private static long threadCpuNanos() {
        return CPU.isThreadCpuTimeSupported() && CPU.isThreadCpuTimeEnabled() ? CPU.getCurrentThreadCpuTime() : 0;
    }

    private static WasmRunException timedOut(Thread worker, String limit, TimeoutException cause) {
        worker.interrupt();
        try {
            worker.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String how = worker.isAlive()
                ? "; it did not stop when interrupted, so its thread was abandoned"
                : "; it was stopped";
        return new WasmRunException("the module did not finish within " + limit + how, cause, true);
    }

    private static WasmRunException failure(Throwable cause) {
        return switch (cause) {
            case WasmRunException e -> e;
            case TrapException e -> new WasmRunException("the module trapped: " + e.getMessage(), e);
            case ChicoryInterruptedException e -> new WasmRunException("the module was interrupted", e);
            case StackOverflowError e -> new WasmRunException("the module exhausted the call stack", e);
            case OutOfMemoryError e -> new WasmRunException("the JVM ran out of memory running the module", e);
            case ChicoryException e -> new WasmRunException("the module failed: " + e.getMessage(), e);
            default -> new WasmRunException("the module failed: " + cause, cause);
        };
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
