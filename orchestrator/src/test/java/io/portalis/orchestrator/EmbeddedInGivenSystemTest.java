package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Portalis.embedded(system)}: the orchestrator as an actor of the caller's system. */
class EmbeddedInGivenSystemTest {
    static final ActorTestKit testKit = ActorTestKit.create();

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    @Test
    void translatesInTheCallersSystemAndLeavesItRunningOnClose() {
        ActorSystem<Void> system = testKit.system();
        FakeStages fakes = new FakeStages();
        JobResult result;
        try (PortalisRuntime portalis = PortalisRuntime.startIn(system, PortalisConfig.embedded(), fakes.stages())) {
            result = portalis.translate(List.of(dir.resolve("hello.py")),
                    JobOptions.defaults(dir.resolve("out"), dir.resolve("work"))).toCompletableFuture().join();
            assertEquals(system, portalis.system());
        }
        assertEquals(1, result.translatedCount());
        assertFalse(system.whenTerminated().isCompleted());
    }
}
