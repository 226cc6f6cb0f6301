package io.portalis.testing.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a module may see of its host besides its arguments and standard streams: the directories
 * granted to it and its environment variables. DESIGN.md §3: nothing unless the caller grants it,
 * so {@link #NONE} is the default.
 *
 * @param env the module's whole environment, in the order {@code os.environ} lists it
 */
public record Sandbox(List<DirGrant> dirs, Map<String, String> env) {
    public static final Sandbox NONE = new Sandbox(List.of(), Map.of());

    public Sandbox {
        dirs = List.copyOf(dirs);
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(env, "env")));
    }

    /** Only {@code dirs}, no environment. */
    public static Sandbox of(List<DirGrant> dirs) {
        return new Sandbox(dirs, Map.of());
    }

    /** This sandbox with {@code env} as the module's environment. */
    public Sandbox withEnv(Map<String, String> env) {
        return new Sandbox(dirs, env);
    }
}
