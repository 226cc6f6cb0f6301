package io.portalis.orchestrator;

import com.typesafe.config.Config;

/**
 * The entry point for JVM applications that embed Portalis (DESIGN.md: {@code Portalis.embedded()}).
 *
 * <pre>{@code
 * try (PortalisRuntime portalis = Portalis.embedded()) {
 *     JobResult result = portalis.submit(JobSpec.of(List.of(Path.of("app.py")),
 *             JobOptions.defaults(Path.of("out"), Files.createTempDirectory("work")))).toCompletableFuture().join();
 * }
 * }</pre>
 */
public final class Portalis {
    private Portalis() {}

    /** The embedded profile with the real agents. */
    public static PortalisRuntime embedded() {
        return PortalisRuntime.start();
    }

    /** A configuration of the caller's, e.g. {@code PortalisConfig.load(Profile.CPU_ONLY)} with overrides. */
    public static PortalisRuntime embedded(Config config) {
        return PortalisRuntime.start(config);
    }
}
