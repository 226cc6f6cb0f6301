package io.portalis.orchestrator.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Portalis keeps its journal and artifact store when no {@code --state} is given:
 * {@code $PORTALIS_STATE}, else {@code $XDG_STATE_HOME/portalis}, else
 * {@code ~/.local/state/portalis} (the XDG base-directory layout).
 */
public final class StateDirectory {
    public static final String ENV = "PORTALIS_STATE";

    private StateDirectory() {}

    public static Path defaultFor(Map<String, String> env) {
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "portalis");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "portalis");
    }

    /** The artifact store inside a state directory. */
    public static Path storeIn(Path state) {
        return state.resolve("store");
    }
}
