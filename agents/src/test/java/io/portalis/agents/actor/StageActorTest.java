package io.portalis.agents.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.JobId;
import io.portalis.agents.Stage;
import io.portalis.agents.StageResult;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StageActorTest {
    private static final ActorTestKit testKit = ActorTestKit.create();
    private static final StageActor.Backoff FAST =
            new StageActor.Backoff(Duration.ofMillis(10), Duration.ofMillis(50), 0.0);

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    @Test
    void answersWithTheFunctionsResult() {
        ActorRef<StageActor.Command<String, Integer>> stage =
                testKit.spawn(StageActor.create(Stage.INGEST, s -> StageResult.ok(s.length()), FAST));
        TestProbe<StageActor.Reply<Integer>> probe = testKit.createTestProbe();

        stage.tell(new StageActor.Run<>(new JobId("j1"), 1, "hello", probe.getRef()));

        StageActor.Completed<Integer> done = assertInstanceOf(StageActor.Completed.class, probe.receiveMessage());
        assertEquals(5, done.result().value().orElseThrow());
        assertEquals(Stage.INGEST, done.stage());
    }

    @Test
    void aCrashIsReportedAndTheActorIsRestartedToServeTheNextRun() {
        AtomicInteger calls = new AtomicInteger();
        ActorRef<StageActor.Command<String, Integer>> stage = testKit.spawn(StageActor.create(Stage.BUILD, s -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault");
            }
            return StageResult.ok(42);
        }, FAST));
        TestProbe<StageActor.Reply<Integer>> probe = testKit.createTestProbe();

        stage.tell(new StageActor.Run<>(new JobId("j2"), 1, "x", probe.getRef()));
        StageActor.Crashed<Integer> crashed = assertInstanceOf(StageActor.Crashed.class, probe.receiveMessage());
        assertTrue(crashed.reason().contains("injected fault"), crashed.reason());

        stage.tell(new StageActor.Run<>(new JobId("j2"), 2, "x", probe.getRef()));
        StageActor.Completed<Integer> done = assertInstanceOf(StageActor.Completed.class, probe.receiveMessage());
        assertEquals(2, done.attempt());
        assertEquals(42, done.result().value().orElseThrow());
        assertEquals(2, calls.get());
    }
}
