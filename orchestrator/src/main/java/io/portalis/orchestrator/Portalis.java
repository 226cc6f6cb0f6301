package io.portalis.orchestrator;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;

/**
 * The entry point for JVM applications that embed Portalis (DESIGN.md: {@code Portalis.embedded()}).
 *
 * <p>It lives in {@code orchestrator/} rather than {@code packaging-agent/}: the module map lets
 * only the orchestrator know every agent, and starting one means starting all of them. The
 * other half of the embedding API, {@code io.portalis.packaging.embed.PythonModule}, which calls
 * translated functions, needs no orchestrator and sits in {@code packaging-agent/}.
 *
 * <pre>{@code
 * try (PortalisRuntime portalis = Portalis.embedded()) {
 *     JobResult result = portalis.translate(List.of(Path.of("lib.py")),
 *             JobOptions.library(Path.of("out"), Files.createTempDirectory("work")))
 *             .toCompletableFuture().join();
 *     result.modules().forEach(m -> System.out.println(m.status() + " " + m.diagnostics()));
 * }
 * try (PythonModule lib = PythonModule.load(Path.of("out/lib.portalis"))) {
 *     Object five = lib.call("add", 2, 3);
 * }
 * }</pre>
 */
public final class Portalis {
    private Portalis() {}

    /** The embedded profile with the real agents, in an actor system of its own. */
    public static PortalisRuntime embedded() {
        return PortalisRuntime.start();
    }

    /** A configuration of the caller's, e.g. {@code PortalisConfig.load(Profile.CPU_ONLY)} with overrides. */
    public static PortalisRuntime embedded(Config config) {
        return PortalisRuntime.start(config);
    }

    /**
     * The orchestrator as an actor of the caller's actor system, with the embedded profile's
     * settings; closing the runtime stops the orchestrator and leaves the system running.
     */
    public static PortalisRuntime embedded(ActorSystem<?> system) {
        return PortalisRuntime.startIn(system, PortalisConfig.embedded(), PipelineStages.defaults());
    }
}
