package io.portalis.testing.engine;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Chicory's compiled form of recently run modules, by the SHA-256 of their bytes. Compiling a
 * module to JVM bytecode costs far more than running a short program, and the same module is
 * often run again (verification then {@code portalis run}, a library called repeatedly); a small
 * LRU bounds the memory the generated classes hold.
 */
final class CompiledModules {
    record Compiled(WasmModule module, Function<Instance, Machine> machines) {}

    private static final int CAPACITY = 8;
    private static final Map<String, Compiled> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Compiled classes of earlier processes; this map only spares the loading within one. */
    private static final CompiledClassCache DISK = CompiledClassCache.standard();

    private CompiledModules() {}

    /** The compiled module for {@code wasm}, compiling it on first use. */
    static Compiled of(byte[] wasm, WasmModule parsed) {
        String key = sha256(wasm);
        synchronized (CACHE) {
            Compiled hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        // Compiled outside the lock: two threads compiling one module waste work but stay correct.
        Compiled compiled = new Compiled(parsed, MachineFactoryCompiler.builder(parsed)
                .withInterpreterFallback(InterpreterFallback.SILENT).withCache(DISK).compile());
        synchronized (CACHE) {
            CACHE.put(key, compiled);
        }
        return compiled;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
