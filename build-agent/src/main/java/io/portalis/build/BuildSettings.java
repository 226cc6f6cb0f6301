package io.portalis.build;

import io.portalis.build.toolchain.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the build agent works.
 *
 * @param cacheRoot where compiled runtimes are kept ({@code <cacheRoot>/pyrt/<key>/libpyrt.rlib})
 * @param timeout   the longest one rustc run may take before it is killed
 * @param toolchain the toolchain to use; empty means {@link io.portalis.build.toolchain.Toolchains#discover()}
 */
public record BuildSettings(Path cacheRoot, Duration timeout, BuildProfile profile, Optional<Toolchain> toolchain) {
    /** The environment variable that moves the cache. */
    public static final String CACHE_ENV = "PORTALIS_CACHE";

    /** The environment variable that sets the longest one rustc run may take, in seconds (default 300). */
    public static final String TIMEOUT_ENV = "PORTALIS_RUSTC_TIMEOUT";

    public static BuildSettings defaults() {
        return new BuildSettings(defaultCacheRoot(), defaultTimeout(), BuildProfile.release(), Optional.empty());
    }

    /**
     * {@code $PORTALIS_RUSTC_TIMEOUT} seconds, else five minutes: on a loaded machine a cold
     * release build of {@code pyrt} can take longer.
     */
    static Duration defaultTimeout() {
        String env = System.getenv(TIMEOUT_ENV);
        if (env != null && env.strip().matches("[1-9][0-9]{0,6}")) {
            return Duration.ofSeconds(Long.parseLong(env.strip()));
        }
        return Duration.ofMinutes(5);
    }

    /** {@code $PORTALIS_CACHE}, else {@code ~/.cache/portalis}. */
    public static Path defaultCacheRoot() {
        String env = System.getenv(CACHE_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "portalis");
    }

    public BuildSettings withCacheRoot(Path root) {
        return new BuildSettings(root, timeout, profile, toolchain);
    }

    public BuildSettings withTimeout(Duration limit) {
        return new BuildSettings(cacheRoot, limit, profile, toolchain);
    }

    public BuildSettings withProfile(BuildProfile p) {
        return new BuildSettings(cacheRoot, timeout, p, toolchain);
    }

    public BuildSettings withToolchain(Toolchain t) {
        return new BuildSettings(cacheRoot, timeout, profile, Optional.of(t));
    }
}
