package io.portalis.agents.artifacts;

import io.portalis.agents.ModuleId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the transpiler hands to the build agent: a generated crate's files (paths relative to
 * the crate root, e.g. {@code src/main.rs}) and the runtime crate it links against. The runtime
 * travels with the crate so that the build agent never depends on the transpiler (DESIGN.md §1).
 *
 * @param sourceMap for each generated file, Rust line (1-based) to Python line (1-based)
 * @param lowering  which translation produced the code, and why not the typed one
 */
public record RustCrate(
        ModuleId module,
        String crateName,
        Map<String, String> files,
        RuntimeCrate runtime,
        Map<String, List<SourceMapping>> sourceMap,
        Lowering lowering) {

    public RustCrate {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        sourceMap = Map.copyOf(sourceMap);
        java.util.Objects.requireNonNull(lowering, "lowering");
    }

    /** A crate of typed code. */
    public RustCrate(ModuleId module, String crateName, Map<String, String> files, RuntimeCrate runtime,
                     Map<String, List<SourceMapping>> sourceMap) {
        this(module, crateName, files, runtime, sourceMap, Lowering.typed());
    }

    /**
     * Typed code uses native Rust values; dynamic code uses {@code pyrt::value::Value}, is slower
     * and links most of the runtime. {@code reasons}: why the typed translation was not possible
     * (the first few, as {@code line N: message}); empty for typed code.
     */
    public record Lowering(Kind kind, List<String> reasons) {
        public enum Kind { TYPED, DYNAMIC }

        public Lowering {
            reasons = List.copyOf(reasons);
        }

        public static Lowering typed() {
            return new Lowering(Kind.TYPED, List.of());
        }

        public boolean dynamic() {
            return kind == Kind.DYNAMIC;
        }
    }

    /** The crate's entry file. */
    public String mainSource() {
        return files.get("src/main.rs");
    }

    /** One line of generated Rust and the Python line it came from. */
    public record SourceMapping(int rustLine, int pythonLine) {}

    /**
     * The {@code pyrt} sources, keyed by path relative to the runtime crate's root, with a
     * hash of all of them that keys the build agent's cache of compiled runtimes.
     */
    public record RuntimeCrate(String name, Map<String, String> files) {
        public RuntimeCrate {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        }

        public String contentHash() {
            StringBuilder all = new StringBuilder();
            files.forEach((path, text) -> all.append(path).append('\0').append(text).append('\0'));
            return ContentStore.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
