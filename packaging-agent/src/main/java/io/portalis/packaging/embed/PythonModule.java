package io.portalis.packaging.embed;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.packaging.PortalisPackage;
import io.portalis.testing.engine.LibraryInstance;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import io.portalis.testing.engine.WasmLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Python module translated with {@code portalis translate --lib}, loaded into the JVM: its
 * public functions called with Java values, which cross as JSON (docs/ABI.md). Thread-safe: each
 * call borrows a WASM instance from a bounded pool (FIFO among waiting callers, with an
 * acquisition timeout) and gives it back; close the module to close every instance.
 *
 * <pre>{@code
 * try (PythonModule lib = PythonModule.load(Path.of("out/lib.portalis"))) {
 *     Object sum = lib.call("add", 2, 3);                       // 5 (an Integer)
 *     PythonFunction<Long> add = lib.function("add", Long.class);
 *     long big = add.call(1L << 62, 1L << 62);                  // PythonException if it raises
 * }
 * }</pre>
 *
 * <p>Each instance ran the module body once (imports, constants, classes), so module-level
 * state is per instance: a function that mutates a global sees its own instance's copy.
 */
public final class PythonModule implements AutoCloseable {
    /**
     * How a module is pooled.
     *
     * @param poolSize       the most instances (and concurrent calls); callers beyond wait
     * @param acquireTimeout how long a call waits for an instance before {@link ModuleFailure}
     * @param stdout         where the functions' {@code print} output goes
     * @param stderr         where their {@code sys.stderr} output goes
     */
    public record Options(int poolSize, Duration acquireTimeout, OutputStream stdout, OutputStream stderr) {
        public Options {
            if (poolSize < 1) {
                throw new IllegalArgumentException("poolSize must be at least 1, not " + poolSize);
            }
            Objects.requireNonNull(acquireTimeout, "acquireTimeout");
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
        }

        /** One instance per processor, 30 s to get one, output to this process's streams. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30), System.out,
                    System.err);
        }

        public Options withPoolSize(int size) {
            return new Options(size, acquireTimeout, stdout, stderr);
        }

        public Options withAcquireTimeout(Duration timeout) {
            return new Options(poolSize, timeout, stdout, stderr);
        }

        public Options withOutput(OutputStream out, OutputStream err) {
            return new Options(poolSize, acquireTimeout, out, err);
        }
    }

    /** One exported function as the module describes it. */
    public record Signature(String name, List<String> params, List<String> annotations, String returns) {}

    private final String moduleName;
    private final Map<String, Integer> indexes;
    private final List<Signature> signatures;
    private final InstancePool pool;

    private PythonModule(String moduleName, List<Signature> signatures, InstancePool pool) {
        this.moduleName = moduleName;
        this.signatures = List.copyOf(signatures);
        this.indexes = new LinkedHashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            indexes.put(signatures.get(i).name(), i);
        }
        this.pool = pool;
    }

    /** Loads {@code path}: a {@code .portalis} package or a library {@code .wasm}, with default options. */
    public static PythonModule load(Path path) {
        return load(path, Options.defaults());
    }

    /**
     * Loads {@code path} and starts one instance, which runs the module body.
     *
     * @throws PythonException if the module body raised
     * @throws ModuleFailure   if the file is not a library module or cannot be read
     */
    public static PythonModule load(Path path, Options options) {
        byte[] wasm;
        try {
            wasm = PortalisPackage.isPackage(path) ? PortalisPackage.read(path).wasm() : Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ModuleFailure("cannot read " + path + ": " + e.getMessage(), e);
        }
        return load(wasm, options);
    }

    /** Loads a library module's bytes. */
    public static PythonModule load(byte[] wasm, Options options) {
        WasmLibrary library;
        try {
            library = WasmLibrary.load(wasm);
        } catch (WasmRunException e) {
            throw new ModuleFailure(e.getMessage(), e);
        }
        InstancePool pool = new InstancePool(library, options.poolSize(), options.acquireTimeout(),
                options.stdout(), options.stderr());
        LibraryInstance first = pool.acquire();
        boolean loaded = false;
        try {
            LibraryInstance.Answer init = first.init();
            if (!init.ok()) {
                throw raised(init);
            }
            JsonNode described = AbiJson.read(first.describe(), AbiJson.MAPPER.constructType(JsonNode.class));
            PythonModule module = new PythonModule(described.path("module").asText(), signatures(described), pool);
            loaded = true;
            return module;
        } catch (WasmRunException e) {
            throw new ModuleFailure(e.getMessage(), e);
        } finally {
            pool.release(first);
            if (!loaded) {
                pool.close();
            }
        }
    }

    private static List<Signature> signatures(JsonNode described) {
        List<Signature> out = new ArrayList<>();
        for (JsonNode f : described.path("functions")) {
            List<String> names = new ArrayList<>();
            List<String> annotations = new ArrayList<>();
            f.path("params").forEach(p -> {
                names.add(p.path("name").asText());
                annotations.add(p.path("annotation").asText());
            });
            out.add(new Signature(f.path("name").asText(), names, annotations, f.path("returns").asText()));
        }
        return out;
    }

    /** The Python module's name. */
    public String name() {
        return moduleName;
    }

    /** The exported functions, in source order. */
    public List<Signature> functions() {
        return signatures;
    }

    /**
     * Calls {@code function} with {@code args} mapped to JSON; the result as Jackson reads JSON
     * into {@code Object}: {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double},
     * {@code String}, {@code Boolean}, {@code null}, {@code List}, {@code Map}.
     *
     * @throws PythonException if the function raised
     * @throws ModuleFailure   if there is no such function, no instance became free in time, or
     *                         the engine failed
     */
    public Object call(String function, Object... args) {
        return function(function, Object.class).call(args);
    }

    /** {@code function} with results read as {@code resultType}. */
    public <R> PythonFunction<R> function(String function, Class<R> resultType) {
        return new PythonFunction<>(this, index(function), function, AbiJson.MAPPER.constructType(resultType));
    }

    /** Calls {@code function} with a JSON array of arguments; the JSON of its result. */
    public String callJson(String function, String argsJson) {
        return callJson(index(function), function, argsJson);
    }

    String callJson(int index, String function, String argsJson) {
        LibraryInstance instance = pool.acquire();
        LibraryInstance.Answer answer;
        try {
            answer = instance.call(index, argsJson.getBytes(StandardCharsets.UTF_8));
        } catch (WasmRunException e) {
            throw new ModuleFailure(function + ": " + e.getMessage(), e);
        } finally {
            pool.release(instance);
        }
        return switch (answer.status()) {
            case LibraryInstance.Answer.OK -> answer.json();
            case LibraryInstance.Answer.RAISED -> throw raised(answer);
            default -> throw new ModuleFailure(function + ": " + raised(answer).getMessage(), null);
        };
    }

    private int index(String function) {
        Integer index = indexes.get(function);
        if (index == null) {
            throw new ModuleFailure("module " + moduleName + " exports no function " + function
                    + " (it exports " + String.join(", ", indexes.keySet()) + ")", null);
        }
        return index;
    }

    private static PythonException raised(LibraryInstance.Answer answer) {
        JsonNode error = AbiJson.read(answer.json(), AbiJson.MAPPER.constructType(JsonNode.class));
        return new PythonException(error.path("type").asText(), error.path("message").asText());
    }

    /** The pool's counters now. */
    public PoolCounters counters() {
        return pool.counters();
    }

    /** Closes every instance (those lent to running calls when they return) and the engine. */
    @Override
    public void close() {
        pool.close();
    }
}
