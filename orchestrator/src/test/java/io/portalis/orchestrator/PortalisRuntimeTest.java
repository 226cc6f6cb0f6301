package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import io.portalis.build.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PortalisRuntimeTest {
    @Test
    void submitsAJobAndShutsDown() throws Exception {
        FakeStages fakes = new FakeStages();
        List<JobEvent> events = new CopyOnWriteArrayList<>();
        JobResult result;
        PortalisRuntime portalis = PortalisRuntime.start(PortalisConfig.embedded(), fakes.stages());
        try (portalis) {
            JobSpec spec = JobSpec.of(List.of(Path.of("a.py"), Path.of("b.py")),
                    new JobOptions(Path.of("out"), Target.WASM32_WASI, "chicory", true, Path.of("work")));
            result = portalis.submit(spec, events::add).toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
        assertTrue(result.allTranslated());
        assertEquals(2, result.modules().size());
        assertTrue(events.stream().anyMatch(JobEvent.JobStarted.class::isInstance));
        assertEquals(2, events.stream().filter(JobEvent.ModuleFinished.class::isInstance).count());
        await().atMost(Duration.ofSeconds(10)).until(() -> portalis.system().whenTerminated().isCompleted());
    }
}
