package io.portalis.testing.engine;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiPreview1;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One instance of a library module and the host side of its JSON ABI (docs/ABI.md): write the
 * arguments into the buffer {@code portalis_alloc} gives, call {@code portalis_call}, read the
 * answer at {@code portalis_output_ptr}. Not thread-safe: one call at a time. After a call that
 * failed in the engine (a trap, stack overflow) the instance is {@link #broken()} and must be
 * closed: its memory may be half updated.
 */
public final class LibraryInstance implements AutoCloseable {
    /** The ABI version this host speaks. */
    public static final int ABI_VERSION = 1;
    static final List<String> REQUIRED_EXPORTS = List.of("memory", "portalis_abi_version", "portalis_alloc",
            "portalis_init", "portalis_describe", "portalis_call", "portalis_output_ptr", "portalis_output_len");

    /** What a call answered: a status (docs/ABI.md) and the JSON text it wrote. */
    public record Answer(int status, String json) {
        public static final int OK = 0;
        public static final int RAISED = 1;
        public static final int ABI_ERROR = 2;

        public boolean ok() {
            return status == OK;
        }
    }

    private final Instance instance;
    private final WasiPreview1 wasi;
    private final Memory memory;
    private final ExportFunction alloc;
    private final ExportFunction call;
    private final ExportFunction outputPtr;
    private final ExportFunction outputLen;
    private final ExportFunction describe;
    private final Answer init;
    private boolean broken;
    /** The input buffer the guest gave at the last {@code portalis_alloc}, reused while arguments fit. */
    private int inputAddress;
    private int inputCapacity = -1;

    private LibraryInstance(Instance instance, WasiPreview1 wasi) {
        this.instance = instance;
        this.wasi = wasi;
        this.memory = instance.memory();
        this.alloc = instance.export("portalis_alloc");
        this.call = instance.export("portalis_call");
        this.outputPtr = instance.export("portalis_output_ptr");
        this.outputLen = instance.export("portalis_output_len");
        this.describe = instance.export("portalis_describe");
        this.init = answer((int) instance.export("portalis_init").apply()[0]);
    }

    static LibraryInstance start(Instance instance, WasiPreview1 wasi, boolean reactor) throws WasmRunException {
        if (reactor) {
            // A WASI reactor (newer rustc's cdylibs) runs its constructors here.
            instance.export("_initialize").apply();
        }
        int version = (int) instance.export("portalis_abi_version").apply()[0];
        if (version != ABI_VERSION) {
            throw new WasmRunException("the module speaks ABI version " + version + "; this host speaks "
                    + ABI_VERSION + " (rebuild it with this Portalis)", null);
        }
        return new LibraryInstance(instance, wasi);
    }

    /** What running the module body answered: {@code OK}, or {@code RAISED} with its exception. */
    public Answer init() {
        return init;
    }

    /** {@code {"abi": 1, "module": …, "functions": [{"name", "params", "returns"}…]}}. */
    public String describe() throws WasmRunException {
        return guarded(() -> answer((int) describe.apply()[0])).json();
    }

    /** Calls export {@code index} with {@code argsJson}, a JSON array in UTF-8. */
    public Answer call(int index, byte[] argsJson) throws WasmRunException {
        return guarded(() -> {
            if (argsJson.length > inputCapacity) {
                // Room to spare, so that slightly longer arguments next time need no new buffer.
                int capacity = Math.max(64, argsJson.length * 2);
                inputAddress = (int) alloc.apply(capacity)[0];
                inputCapacity = capacity;
            }
            memory.write(inputAddress, argsJson);
            long packed = call.apply(index, argsJson.length)[0];
            int address = (int) packed;
            int length = (int) ((packed >>> 32) & 0x1FFF_FFFFL);
            int status = (int) (packed >>> 61);
            return new Answer(status, new String(memory.readBytes(address, length), StandardCharsets.UTF_8));
        });
    }

    /** Whether a call failed inside the engine, leaving the instance unusable. */
    public boolean broken() {
        return broken;
    }

    private Answer answer(int status) {
        int address = (int) outputPtr.apply()[0];
        int length = (int) outputLen.apply()[0];
        return new Answer(status, new String(memory.readBytes(address, length), StandardCharsets.UTF_8));
    }

    private interface Step {
        Answer run();
    }

    private Answer guarded(Step step) throws WasmRunException {
        if (broken) {
            throw new WasmRunException("this instance failed earlier and cannot be used", null);
        }
        try {
            return step.run();
        } catch (StackOverflowError e) {
            broken = true;
            throw new WasmRunException("the call exhausted the JVM thread's stack (deep recursion: call from a "
                    + "thread with a larger stack)", e);
        } catch (RuntimeException e) {
            broken = true;
            throw new WasmRunException("the module trapped: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        wasi.close();
    }

    /** The instance itself, for hosts that need more than the ABI. */
    Instance instance() {
        return instance;
    }
}
