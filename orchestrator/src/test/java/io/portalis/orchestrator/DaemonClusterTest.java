package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.portalis.orchestrator.daemon.ClusterSettings;
import io.portalis.orchestrator.daemon.Daemon;
import io.portalis.orchestrator.daemon.DaemonSettings;
import io.portalis.orchestrator.durable.JournalSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daemons as nodes of one cluster ({@code serve --cluster}) on loopback, sharing the state
 * directory and journal, with fake stages: jobs submitted over HTTP to one node are sharded over
 * both, and the other node answers for every one of them — its state while it runs, then its
 * modules, artifacts and report.
 */
class DaemonClusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int JOBS = 6;

    @TempDir
    Path state;

    @Test
    void jobsSubmittedToOneNodeAreAnsweredForByTheOther() throws Exception {
        var config = ConfigFactory.parseString("portalis.orchestrator.module-parallelism = 2")
                .withFallback(PortalisConfig.load(PortalisConfig.Profile.DAEMON));
        JournalSettings journal = JournalSettings.h2(state);
        int seedPort = freePort();
        List<ReplayStages> stages = List.of(new ReplayStages(Set.of(), Set.of()), new ReplayStages(Set.of(), Set.of()));
        stages.forEach(s -> s.buildMillis = 300);
        List<Daemon> nodes = new ArrayList<>();
        try {
            nodes.add(Daemon.startInCluster(settings(config, journal),
                    ClusterSettings.selfSeeded("127.0.0.1", seedPort, List.of()), stages.get(0).stages(), () -> { }));
            nodes.add(Daemon.startInCluster(settings(config, journal), new ClusterSettings("127.0.0.1", freePort(),
                    List.of("127.0.0.1:" + seedPort), List.of("gpu")), stages.get(1).stages(), () -> { }));
            String submitTo = "http://127.0.0.1:" + nodes.get(0).port();
            String askOf = "http://127.0.0.1:" + nodes.get(1).port();

            List<String> ids = new ArrayList<>();
            for (int j = 0; j < JOBS; j++) {
                String body = "{\"files\": {\"j" + j + "a.py\": \"print(1)\\n\", \"j" + j + "b.py\": \"print(2)\\n\"}}";
                HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(submitTo + "/v1/jobs"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, accepted.statusCode(), accepted.body());
                ids.add(JSON.readTree(accepted.body()).get("id").asText());
            }
            HttpResponse<String> early = get(askOf + "/v1/jobs/" + ids.get(JOBS - 1));
            assertEquals(200, early.statusCode(), "the other node does not know a job still in flight: " + early.body());
            assertTrue(Set.of("queued", "running", "succeeded").contains(JSON.readTree(early.body()).get("state").asText()),
                    early.body());

            for (int j = 0; j < JOBS; j++) {
                JsonNode job = awaitEnd(askOf, ids.get(j));
                assertEquals("succeeded", job.get("state").asText(), job.toString());
                assertEquals("translated", job.get("modules").get("j" + j + "a").get("status").asText(), job.toString());
                HttpResponse<String> wasm = get(askOf + "/v1/jobs/" + ids.get(j) + "/artifacts/j" + j + "b.wasm");
                assertEquals(200, wasm.statusCode(), wasm.body());
                assertEquals("binary of j" + j + "b", wasm.body());
                assertEquals(2, JSON.readTree(get(askOf + "/v1/jobs/" + ids.get(j) + "/report").body())
                        .get("modules").size());
                assertEquals(job, JSON.readTree(get(submitTo + "/v1/jobs/" + ids.get(j)).body()));
            }
            // Each job ran once, on one node.
            List<String> ingested = new ArrayList<>(stages.get(0).ingested);
            ingested.addAll(stages.get(1).ingested);
            assertEquals(2 * JOBS, ingested.size(), ingested.toString());
            assertEquals(2 * JOBS, Set.copyOf(ingested).size(), ingested.toString());
        } finally {
            for (Daemon node : nodes) {
                node.close();
            }
        }
    }

    private DaemonSettings settings(com.typesafe.config.Config config, JournalSettings journal) {
        return DaemonSettings.fromConfig(config, "127.0.0.1", 0, state, journal, Optional.empty());
    }

    private static JsonNode awaitEnd(String base, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            job = JSON.readTree(get(base + "/v1/jobs/" + id).body());
            if (job.has("state") && Set.of("succeeded", "failed").contains(job.get("state").asText())) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not end: " + job);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
