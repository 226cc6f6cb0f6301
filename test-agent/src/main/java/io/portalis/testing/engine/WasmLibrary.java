package io.portalis.testing.engine;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A library module (translated with {@code --lib}, docs/ABI.md) parsed and compiled to JVM
 * bytecode once by Chicory, from which any number of {@link LibraryInstance}s are made. Thread
 * safe; the instances are not.
 *
 * <p>Instances get WASI preview 1 with no arguments, environment, directories or sockets: only
 * the output streams the caller passes (a library that prints writes there).
 */
public final class WasmLibrary {
    private final WasmModule module;
    private final CompiledModules.Compiled compiled;
    private final int maxMemoryPages;

    private WasmLibrary(WasmModule module, CompiledModules.Compiled compiled, int maxMemoryPages) {
        this.module = module;
        this.compiled = compiled;
        this.maxMemoryPages = maxMemoryPages;
    }

    /** Parses and compiles {@code wasm}; refuses a module that does not export the ABI. */
    public static WasmLibrary load(byte[] wasm) throws WasmRunException {
        return load(wasm, ChicoryEngine.DEFAULT_MAX_MEMORY_PAGES);
    }

    public static WasmLibrary load(byte[] wasm, int maxMemoryPages) throws WasmRunException {
        WasmModule parsed;
        try {
            parsed = Parser.parse(wasm);
        } catch (ChicoryException e) {
            throw new WasmRunException("invalid WebAssembly module: " + e.getMessage(), e);
        }
        Set<String> exports = exportNames(parsed);
        for (String name : LibraryInstance.REQUIRED_EXPORTS) {
            if (!exports.contains(name)) {
                throw new WasmRunException("not a Portalis library module: it exports no `" + name
                        + "` (translate it with `portalis translate --lib`)", null);
            }
        }
        CompiledModules.Compiled compiled = CompiledModules.of(wasm, parsed);
        return new WasmLibrary(compiled.module(), compiled, maxMemoryPages);
    }

    /**
     * A new instance, initialised: its module body has run (an exception it raised is what
     * every call of that instance answers).
     */
    public LibraryInstance instantiate(OutputStream stdout, OutputStream stderr) throws WasmRunException {
        WasiOptions options = WasiOptions.builder().withStdout(stdout).withStderr(stderr).build();
        WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build();
        try {
            Instance.Builder builder = Instance.builder(module)
                    .withStart(false)
                    .withMemoryFactory(ByteArrayMemory::new)
                    .withMachineFactory(compiled.machines())
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
            memoryLimits().ifPresent(builder::withMemoryLimits);
            return LibraryInstance.start(builder.build(), wasi, exportNames(module).contains("_initialize"));
        } catch (RuntimeException | StackOverflowError e) {
            wasi.close();
            throw new WasmRunException("the library module failed to start: " + e, e);
        }
    }

    private Optional<MemoryLimits> memoryLimits() throws WasmRunException {
        var section = module.memorySection();
        if (section.isEmpty() || section.get().memoryCount() == 0) {
            return Optional.empty();
        }
        MemoryLimits declared = section.get().getMemory(0).limits();
        if (declared.initialPages() > maxMemoryPages) {
            throw new WasmRunException("the module needs " + declared.initialPages() + " memory pages at start,"
                    + " more than the limit of " + maxMemoryPages, null);
        }
        return Optional.of(new MemoryLimits(declared.initialPages(),
                Math.min(declared.maximumPages(), maxMemoryPages)));
    }

    private static Set<String> exportNames(WasmModule module) {
        Set<String> names = new HashSet<>();
        var exports = module.exportSection();
        for (int i = 0; exports != null && i < exports.exportCount(); i++) {
            names.add(exports.getExport(i).name());
        }
        return names;
    }
}
