package io.portalis.testing.engine;

import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.NativeLibraryLoader;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Trap;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.WasmtimeException;
import io.github.kawamuray.wasmtime.wasi.WasiCtx;
import io.github.kawamuray.wasmtime.wasi.WasiCtxBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs WASI command modules with Wasmtime through wasmtime-java 0.19 (JNI; the jar carries the
 * native library for Linux, macOS and Windows on x86_64 and aarch64). The time limit uses
 * Wasmtime's epoch interruption: a timer bumps the engine's epoch and the module traps with
 * {@code INTERRUPT} at its next loop head or call.
 *
 * <p>wasmtime-java 0.19 connects WASI's standard streams to files only, so output is collected
 * through temporary files. Its standard input does not reach the module (reads see end of
 * file), so a run that is given input fails rather than silently running without it.
 */
public final class WasmtimeEngine implements WasmEngine {
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "portalis-wasmtime-timer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String name() {
        return "wasmtime";
    }

    /** Why Wasmtime cannot run on this machine, or empty when its native library loaded. */
    public static Optional<String> unavailableReason() {
        return NativeLoad.FAILURE;
    }

    @Override
    public int run(byte[] wasm, String programName, List<String> args, InputStream stdin, OutputStream stdout,
                   OutputStream stderr, Duration timeout, Sandbox sandbox) throws WasmRunException {
        if (NativeLoad.FAILURE.isPresent()) {
            throw new WasmRunException("the wasmtime engine is not available on this machine: "
                    + NativeLoad.FAILURE.get(), null);
        }
        Path scratch = null;
        try {
            byte[] input = stdin.readAllBytes();
            if (input.length > 0) {
                throw new WasmRunException("the wasmtime engine cannot pass standard input to a module"
                        + " (wasmtime-java 0.19 limitation); use the chicory engine", null);
            }
            scratch = Files.createTempDirectory("portalis-wasmtime");
            Path out = Files.createFile(scratch.resolve("stdout"));
            Path err = Files.createFile(scratch.resolve("stderr"));
            List<String> argv = new ArrayList<>();
            argv.add(programName);
            argv.addAll(args);
            int code = execute(wasm, argv, out, err, timeout, sandbox);
            stdout.write(Files.readAllBytes(out));
            stderr.write(Files.readAllBytes(err));
            return code;
        } catch (IOException e) {
            throw new WasmRunException("cannot pass the module's streams: " + e.getMessage(), e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static int execute(byte[] wasm, List<String> argv, Path out, Path err, Duration timeout,
            Sandbox sandbox) throws WasmRunException {
        WasiCtxBuilder builder = new WasiCtxBuilder().args(argv).stdout(out).stderr(err);
        for (DirGrant grant : sandbox.dirs()) {
            builder.preopenedDir(grant.host().toAbsolutePath(), grant.guest());
        }
        sandbox.env().forEach(builder::env);
        WasiCtx wasi = builder.build();
        try (Config config = new Config().epochInterruption(true);
             Engine engine = new Engine(config);
             Store<Void> store = new Store<>(null, engine, wasi);
             Linker linker = new Linker(engine);
             io.github.kawamuray.wasmtime.Module module = compile(engine, wasm)) {
            store.setEpochDeadline(1);
            WasiCtx.addToLinker(linker);
            linker.module(store, "", module);
            Func start = linker.get(store, "", "_start").map(e -> e.func()).orElseThrow(() ->
                    new WasmRunException("not a WASI command module: it exports no `_start` function", null));
            var timer = TIMERS.schedule(engine::incrementEpoch, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (start) {
                start.call(store);
                return 0;
            } catch (WasmFunctionError.I32ExitError e) {
                return e.exitCode();
            } catch (WasmFunctionError.TrapError e) {
                throw e.trap() == Trap.INTERRUPT
                        ? new WasmRunException("the module did not finish within " + ChicoryEngine.seconds(timeout)
                                + "; it was stopped", e, true)
                        : new WasmRunException("the module trapped: " + e.trap(), e);
            } finally {
                timer.cancel(false);
            }
        } catch (WasmtimeException | WasmFunctionError e) {
            throw new WasmRunException("the module failed: " + e.getMessage(), e);
        }
    }

    private static io.github.kawamuray.wasmtime.Module compile(Engine engine, byte[] wasm) throws WasmRunException {
        try {
            return io.github.kawamuray.wasmtime.Module.fromBinary(engine, wasm);
        } catch (WasmtimeException e) {
            throw new WasmRunException("invalid WebAssembly module: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }

    /** Loads the JNI library once; a machine without it gets a message instead of a crash. */
    private static final class NativeLoad {
        static final Optional<String> FAILURE = load();

        private static Optional<String> load() {
            try {
                NativeLibraryLoader.load();
                return Optional.empty();
            } catch (Throwable e) {
                // UnsatisfiedLinkError, or an unsupported platform reported by the loader.
                return Optional.of(System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e);
            }
        }
    }
}
