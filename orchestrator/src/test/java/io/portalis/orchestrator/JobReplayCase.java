package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.portalis.build.Target;
import io.portalis.orchestrator.durable.DurableJobs;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.durable.JournalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay test, run on each journal (H2, PostgreSQL): a six-module job is cut off when two
 * modules have finished and a third has been built; a new process on the same state finds the
 * job unfinished in the journal and resumes it: the two finished modules come from the store
 * without any stage running, the built one skips the build, the others run, and every module
 * is there exactly once. The journal gives the job back with all its options (its data files too).
 */
abstract class JobReplayCase {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    abstract JournalSettings journal(Path state);

    void unfinishedJobResumesFromItsLastCompletedStage() throws Exception {
        Path state = dir.resolve("state");
        List<Path> files = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            files.add(Files.writeString(dir.resolve("p" + k + ".py"), "print(" + k + ")\n"));
        }
        JobOptions options = new JobOptions(dir.resolve("out"), Target.WASM32_WASI, "chicory", true,
                dir.resolve("work")).withData(List.of(Files.writeString(dir.resolve("input.txt"), "data\n")));
        JobSpec spec = JobSpec.of(files, options);

        ReplayStages first = new ReplayStages(Set.of("p4"), Set.of("p3"));
        DurableJobs before = DurableJobs.start(state, journal(state), config(), first.stages());
        before.submit(spec, event -> { });
        JobEntity.State cut = awaitState(before, spec, s -> s.modules().size() == 2 && s.built().containsKey("p3"));
        crash(before, first);

        ReplayStages second = new ReplayStages(Set.of(), Set.of());
        try (DurableJobs after = DurableJobs.start(state, journal(state), config(), second.stages())) {
            List<JobEntity.State> open = after.unfinished();
            assertEquals(1, open.size(), open.toString());
            assertEquals(cut.modules().keySet(), open.get(0).modules().keySet());
            assertEquals(options, open.get(0).job().orElseThrow().toSpec(java.util.Map.of()).options(),
                    "the job's options as the journal gives them back");
            JobResult result = after.resume(open.get(0), event -> { }).toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(spec.id(), result.job());
            assertEquals(6, result.modules().size());
            assertTrue(result.allTranslated(), result.toString());
            Set<String> finishedBefore = cut.modules().keySet();
            for (ModuleOutcome m : result.modules()) {
                String stem = m.module().stem();
                assertEquals(finishedBefore.contains(stem), m.reused(), stem + " reused");
                assertTrue(Files.isRegularFile(options.outDir().resolve(stem + ".wasm")), stem);
                assertEquals("binary of " + stem, Files.readString(options.outDir().resolve(stem + ".wasm")));
            }
            for (String stem : finishedBefore) {
                assertTrue(!second.ingested.contains(stem), stem + " was redone: " + second.ingested);
            }
            assertTrue(!second.builds.contains("p3"), "p3 was built again: " + second.builds);
            assertEquals(Set.of("p4", "p5", "p6"), Set.copyOf(second.builds), "built again");
            assertEquals(second.builds.size(), Set.copyOf(second.builds).size(), "a module built twice");
            awaitState(after, spec, s -> s.finished().isPresent());
            assertTrue(after.unfinished().isEmpty(), "the job is still unfinished in the journal");
        }
    }

    private static Config config() {
        return ConfigFactory.parseString("portalis.orchestrator.module-parallelism = 2")
                .withFallback(PortalisConfig.embedded());
    }

    /** The process dies: the actor system goes down mid-job, so nothing more reaches the journal. */
    private static void crash(DurableJobs jobs, ReplayStages hung) throws Exception {
        jobs.runtime().system().terminate();
        Thread.sleep(500);
        hung.release.countDown();
        jobs.runtime().system().getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static JobEntity.State awaitState(DurableJobs jobs, JobSpec spec,
            java.util.function.Predicate<JobEntity.State> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JobEntity.State state;
        do {
            Thread.sleep(100);
            state = jobs.state(spec.id()).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } while (!done.test(state) && System.nanoTime() < deadline);
        assertTrue(done.test(state), "the journal never reached the expected state: " + state);
        return state;
    }
}
