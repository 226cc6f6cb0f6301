package io.portalis.orchestrator.seams;

import io.portalis.testing.engine.WasmEngine;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * Finds a WASM engine by its command-line name for {@code portalis run}.
 *
 * <p>TODO(lead): switch to {@code io.portalis.testing.engine.WasmEngines.byName(name)} when it
 * lands, and delete this class. Until then it is called reflectively when present, whether it
 * returns the engine or an {@code Optional} of it.
 */
public final class WasmEngineLookup {
    private WasmEngineLookup() {}

    /** The engine, or empty when the name is unknown or no engine is available in this build. */
    public static Optional<WasmEngine> byName(String name) {
        Object found;
        try {
            Class<?> engines = Class.forName("io.portalis.testing.engine.WasmEngines");
            found = engines.getMethod("byName", String.class).invoke(null, name);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return Optional.empty();
        } catch (InvocationTargetException e) {
            // Unknown names may be reported by throwing IllegalArgumentException.
            return Optional.empty();
        }
        if (found instanceof Optional<?> optional) {
            return optional.filter(WasmEngine.class::isInstance).map(WasmEngine.class::cast);
        }
        return found instanceof WasmEngine engine ? Optional.of(engine) : Optional.empty();
    }

    /** Whether the test agent's engine registry exists in this build at all. */
    public static boolean registryPresent() {
        try {
            Class.forName("io.portalis.testing.engine.WasmEngines");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
