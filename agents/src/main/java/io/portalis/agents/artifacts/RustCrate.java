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
 * @param output    a program ({@code src/main.rs}, run from {@code _start}) or a library
 *                  ({@code src/lib.rs}, a {@code cdylib} exporting the JSON ABI of docs/ABI.md)
 * @param pythonFiles for a generated file translated from another Python file than the crate's
 *                  own module (a program's other modules), that file's name; the source map's
 *                  Python lines are lines of it
 */
public record RustCrate(
        ModuleId module,
        String crateName,
        Map<String, String> files,
        RuntimeCrate runtime,
        Map<String, List<SourceMapping>> sourceMap,
        Lowering lowering,
        Output output,
        Map<String, String> pythonFiles) {

    /** What the crate builds to. */
    public enum Output {
        PROGRAM("src/main.rs"),
        LIBRARY("src/lib.rs");

        private final String entryFile;

        Output(String entryFile) {
            this.entryFile = entryFile;
        }

        /** The crate's root source file, relative to the crate directory. */
        public String entryFile() {
            return entryFile;
        }
    }

    public RustCrate {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        sourceMap = Map.copyOf(sourceMap);
        pythonFiles = Map.copyOf(pythonFiles);
        java.util.Objects.requireNonNull(lowering, "lowering");
        java.util.Objects.requireNonNull(output, "output");
    }

    /** A crate translated from one Python module. */
    public RustCrate(ModuleId module, String crateName, Map<String, String> files, RuntimeCrate runtime,
                     Map<String, List<SourceMapping>> sourceMap, Lowering lowering, Output output) {
        this(module, crateName, files, runtime, sourceMap, lowering, output, Map.of());
    }

    /** The Python file a generated file's source map points into, {@code crateModuleFile} unless another. */
    public String pythonFileOf(String rustFile, String crateModuleFile) {
        return pythonFiles.getOrDefault(rustFile, crateModuleFile);
    }

    /** A program crate. */
    public RustCrate(ModuleId module, String crateName, Map<String, String> files, RuntimeCrate runtime,
                     Map<String, List<SourceMapping>> sourceMap, Lowering lowering) {
        this(module, crateName, files, runtime, sourceMap, lowering, Output.PROGRAM);
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

    /** The text of the crate's entry file ({@code src/main.rs} or {@code src/lib.rs}). */
    public String mainSource() {
        return files.get(output.entryFile());
    }

    public boolean library() {
        return output == Output.LIBRARY;
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
