package io.portalis.testing.engine;

import java.util.List;
import java.util.Locale;

/** The WASM engines Portalis can run modules with, by the names used on the command line. */
public final class WasmEngines {
    /** What an engine is called when none is named. */
    public static final String DEFAULT = "chicory";
    private static final List<String> NAMES = List.of("chicory", "chicory-interpreter", "wasmtime");

    private WasmEngines() {}

    public static List<String> names() {
        return NAMES;
    }

    /**
     * The engine called {@code name} (case-insensitive); {@code null} or blank means {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming the valid engines, when {@code name} is none of them
     */
    public static WasmEngine byName(String name) {
        String key = name == null || name.isBlank() ? DEFAULT : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "chicory" -> new ChicoryEngine();
            case "chicory-interpreter" -> new ChicoryEngine(ChicoryEngine.Mode.INTERPRETED,
                    ChicoryEngine.DEFAULT_MAX_MEMORY_PAGES);
            case "wasmtime" -> new WasmtimeEngine();
            default -> throw new IllegalArgumentException(
                    "unknown WASM engine `" + name + "`; valid engines: " + String.join(", ", NAMES));
        };
    }
}
