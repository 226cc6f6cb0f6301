package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.portalis.build.Target;
import io.portalis.orchestrator.cluster.ClusterNode;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.durable.JournalSettings;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Portalis nodes on loopback in one JVM, one journal and one artifact store: six jobs are
 * sharded over them by id; the node doing the most work freezes mid-work (its builds hang) and
 * leaves the cluster, and every job still finishes, the frozen node's unfinished jobs on the others.
 */
class ClusterShardingTest {
    private static final int JOBS = 6;
    private static final int MODULES = 4;

    @TempDir
    Path dir;

    @Test
    void jobsOfAStoppedNodeFinishOnTheOthers() throws Exception {
        Path state = dir.resolve("state");
        JournalSettings journal = JournalSettings.h2(state);
        Config config = ConfigFactory.parseString("""
                portalis.orchestrator { module-parallelism = 2, workers-per-stage = 2 }
                """).withFallback(PortalisConfig.embedded());
        int[] ports = {freePort(), freePort(), freePort()};
        List<String> seeds = List.of("127.0.0.1:" + ports[0]);
        List<ReplayStages> stages = new ArrayList<>();
        List<ClusterNode> nodes = new ArrayList<>();
        try {
            for (int port : ports) {
                ReplayStages s = new ReplayStages(Set.of(), Set.of());
                s.buildMillis = 400;
                stages.add(s);
                nodes.add(ClusterNode.start("127.0.0.1", port, seeds, List.of(), state, journal, config, s.stages()));
            }
            await("three members up", () -> nodes.get(0).membersUp() == 3 && nodes.get(2).membersUp() == 3);

            List<JobSpec> jobs = new ArrayList<>();
            for (int j = 0; j < JOBS; j++) {
                List<Path> files = new ArrayList<>();
                for (int m = 0; m < MODULES; m++) {
                    files.add(Files.writeString(dir.resolve("j" + j + "m" + m + ".py"), "print(" + j + m + ")\n"));
                }
                JobSpec spec = JobSpec.of(files, new JobOptions(dir.resolve("out" + j), Target.WASM32_WASI, "chicory",
                        true, dir.resolve("work" + j)));
                jobs.add(spec);
                nodes.get(0).submit(spec).toCompletableFuture().get(60, TimeUnit.SECONDS);
            }
            await("builds under way", () -> stages.stream().mapToInt(s -> s.builds.size()).sum() >= 3);
            // The busiest node freezes (its builds hang) and leaves: what it had not finished must go on elsewhere.
            int victim = busiest(stages);
            stages.get(victim).hangEveryBuild = true;
            nodes.get(victim).runtime().system().terminate();
            ClusterNode survivor = nodes.get(victim == 0 ? 1 : 0);

            for (JobSpec spec : jobs) {
                JobEntity.State end = awaitEnd(survivor, spec);
                assertEquals("succeeded", end.finished().orElseThrow(), end.toString());
                assertEquals(MODULES, end.modules().size(), end.toString());
                for (JobInput input : spec.inputs()) {
                    assertEquals("binary of " + input.stem(),
                            Files.readString(spec.options().outDir().resolve(input.stem() + ".wasm")));
                }
            }
            assertTrue(stages.get(victim).builds.size() > 0, "the stopped node had no work");
            // Some job the stopped node had started went on elsewhere: a survivor ingested its modules.
            Set<String> victimJobs = new java.util.HashSet<>();
            stages.get(victim).ingested.forEach(stem -> victimJobs.add(stem.substring(0, stem.indexOf('m'))));
            Set<String> continued = new java.util.HashSet<>();
            for (int i = 0; i < stages.size(); i++) {
                if (i != victim) {
                    stages.get(i).ingested.stream().map(stem -> stem.substring(0, stem.indexOf('m')))
                            .filter(victimJobs::contains).forEach(continued::add);
                }
            }
            assertTrue(!continued.isEmpty(), "no job of the stopped node " + victimJobs + " went on elsewhere");
        } finally {
            stages.forEach(s -> s.release.countDown());
            for (ClusterNode node : nodes) {
                node.close();
            }
        }
    }

    private static int busiest(List<ReplayStages> stages) {
        int best = 0;
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).builds.size() > stages.get(best).builds.size()) {
                best = i;
            }
        }
        return best;
    }

    private static JobEntity.State awaitEnd(ClusterNode node, JobSpec spec) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JobEntity.State state = null;
        while (System.nanoTime() < deadline) {
            try {
                state = node.state(spec.id()).toCompletableFuture().get(30, TimeUnit.SECONDS);
                if (state.finished().isPresent()) {
                    return state;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // the shard is moving; ask again
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + spec.id() + " did not finish: " + state);
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
