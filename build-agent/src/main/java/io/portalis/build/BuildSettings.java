package io.portalis.build;

import io.portalis.build.toolchain.Toolchain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the build agent works.
 *
 * @param cacheRoot where compiled runtimes are kept ({@code <cacheRoot>/pyrt/<key>/libpyrt.rlib})
 * @param timeout   the CPU time one rustc run may take before it is killed (6 times that in wall-clock
 *                  time stops one that makes no progress)
 * @param toolchain the toolchain to use; empty means {@link io.portalis.build.toolchain.Toolchains#discover()}
 */
public record BuildSettings(Path cacheRoot, Duration timeout, BuildProfile profile, Optional<Toolchain> toolchain) {
    /** The environment variable that moves the cache. */
    public static final String CACHE_ENV = "PORTALIS_CACHE";

    /** The environment variable that sets the CPU seconds one rustc run may take. */
    public static final String TIMEOUT_ENV = "PORTALIS_BUILD_TIMEOUT";

    /** The help line of a diagnostic that says rustc reached its limit. */
    public static final String TIMEOUT_HELP = "set " + TIMEOUT_ENV + " (seconds) to allow rustc more time";

    public static BuildSettings defaults() {
        return new BuildSettings(defaultCacheRoot(), defaultTimeout(), BuildProfile.release(), Optional.empty());
    }

    /**
     * {@code $PORTALIS_BUILD_TIMEOUT} seconds, else 10 minutes: compiling the runtime crate once
     * takes minutes on a small or busy machine, and a wrongly killed build loses that work.
     */
    public static Duration defaultTimeout() {
        String env = System.getenv(TIMEOUT_ENV);
        if (env != null && !env.isBlank()) {
            try {
                long seconds = Long.parseLong(env.trim());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // fall through to the default: a malformed value must not stop the build
            }
        }
        return Duration.ofMinutes(10);
    }

    /** How a rustc limit reads in a diagnostic: rustc runs are limited in CPU time (ExternalProcess). */
    public static String describe(Duration limit) {
        return limit.toSeconds() + " s of CPU time (or " + limit.multipliedBy(
                io.portalis.build.process.ExternalProcess.WALL_BACKSTOP_FACTOR).toSeconds() + " s of wall-clock time)";
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
