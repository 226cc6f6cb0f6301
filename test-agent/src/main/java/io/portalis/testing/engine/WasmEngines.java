package io.portalis.testing.engine;

import io.portalis.agents.DoctorCheck;
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

    /** The lines {@code portalis doctor} prints for the engines: Chicory is pure Java and always there. */
    public static List<DoctorCheck> checks() {
        DoctorCheck chicory = new DoctorCheck("WASM engine chicory (default)", true, true,
                "Chicory (pure Java, runs inside the JVM)", "");
        DoctorCheck wasmtime = WasmtimeEngine.unavailableReason()
                .map(why -> new DoctorCheck("WASM engine wasmtime (optional)", false, false, why,
                        "use --engine chicory; wasmtime-java ships native code for Linux, macOS and Windows"
                                + " on x86_64 and aarch64 only"))
                .orElse(new DoctorCheck("WASM engine wasmtime (optional)", true, false, "wasmtime-java 0.19.0", ""));
        return List.of(chicory, wasmtime);
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
