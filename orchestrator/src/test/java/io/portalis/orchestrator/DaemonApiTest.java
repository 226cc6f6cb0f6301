package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.portalis.orchestrator.daemon.Daemon;
import io.portalis.orchestrator.daemon.DaemonSettings;
import io.portalis.orchestrator.durable.JournalSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The daemon's HTTP API with fake stages (no rustc): the token, every 4xx a bad request gets,
 * a job from submission to artifacts and report, 429 when full, health, metrics and the OpenAPI
 * description.
 * The 429 case runs last: its jobs hold build workers until released.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonApiTest {
    private static final String TOKEN = "s3cret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Path state;
    private static ReplayStages stages;
    private static Daemon daemon;

    @BeforeAll
    static void start() throws Exception {
        state = Files.createTempDirectory("portalis-daemon-api-");
        stages = new ReplayStages(Set.of("hang"), Set.of());
        var config = ConfigFactory.parseString("portalis.orchestrator.module-parallelism = 2")
                .withFallback(PortalisConfig.load(PortalisConfig.Profile.DAEMON));
        DaemonSettings settings = DaemonSettings.fromConfig(config, "127.0.0.1", 0, state, JournalSettings.h2(state),
                Optional.of(TOKEN)).withLimits(4096, 3);
        daemon = Daemon.start(settings, stages.stages(), () -> { });
    }

    @AfterAll
    static void stop() {
        stages.release.countDown();
        if (daemon != null) {
            daemon.drain();
        }
        try (var files = Files.walk(state)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary directory left behind
        }
    }

    @Test
    void healthNeedsNoTokenAndEverythingElseDoes() throws Exception {
        assertEquals(200, get("/health/live", false).statusCode());
        awaitReady();
        HttpResponse<String> denied = get("/metrics", false);
        assertEquals(401, denied.statusCode());
        assertEquals("unauthorised", JSON.readTree(denied.body()).get("error").asText());
        assertTrue(denied.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, post("{\"files\": {\"a.py\": \"print(1)\"}}".getBytes(StandardCharsets.UTF_8), false)
                .statusCode());
        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(uri("/v1/jobs/x"))
                .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void badRequestsGetJsonErrorsNamingTheProblem() throws Exception {
        assertError(post(bytes("{\"files\": "), true), 400, "malformed JSON");
        assertError(post(bytes("{}"), true), 400, "missing field \"files\"");
        assertError(post(bytes("{\"files\": {}}"), true), 400, "non-empty object");
        assertError(post(bytes("{\"files\": {\"a.py\": 1}}"), true), 400, "must be a JSON string");
        assertError(post(bytes("{\"files\": {\"../a.py\": \"x\"}}"), true), 400, "bad file name");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"options\": {\"target\": \"arm\"}}"), true), 400,
                "unknown target");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"extra\": 1}"), true), 400, "unknown field");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"options\": {\"env\": [\"HOME\"]}}"), true), 400,
                "must be an object of variable name to value");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"options\": {\"env\": {\"A=B\": \"x\"}}}"), true), 400,
                "bad environment variable name \"A=B\"");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"options\": {\"env\": {\"A\": 1}}}"), true), 400,
                "environment variable A must be a string");
        assertError(post(bytes("{\"files\": {\"a.py\": \"x\"}, \"options\": {\"stdin\": [\"x\"]}}"), true), 400,
                "option \"stdin\" must be a string");
        assertError(post(new byte[] {'{', '"', (byte) 0xff, '"', '}'}, true), 400, "not valid UTF-8");
        assertError(post(bytes("{\"files\": {\"a.py\": \"\\ud800\"}}"), true), 400, "not valid UTF-8");
        assertError(post(bytes("{\"files\": {\"a.py\": \"" + "x".repeat(5000) + "\"}}"), true), 413, "limit");
        assertError(get("/v1/nothing", true), 404, "no such endpoint");
        assertError(get("/v1/jobs/no-such-job", true), 404, "no such job");
    }

    @Test
    void aJobRunsAndItsArtifactsAndReportCanBeFetched() throws Exception {
        HttpResponse<String> accepted = post(bytes(
                "{\"files\": {\"a.py\": \"print(1)\\n\", \"b.py\": \"print(2)\\n\"}, \"options\": {\"verify\": true, "
                        + "\"env\": {\"GREETING\": \"hi\"}, \"stdin\": \"3 4\\n\"}}"),
                true);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = JSON.readTree(accepted.body()).get("id").asText();
        assertEquals("/v1/jobs/" + id, accepted.headers().firstValue("Location").orElse(""));
        JsonNode job = awaitEnd(id);
        assertEquals("succeeded", job.get("state").asText(), job.toString());
        assertEquals("translated", job.get("modules").get("a").get("status").asText());
        assertEquals("translated", job.get("modules").get("b").get("status").asText());
        HttpResponse<byte[]> wasm = HTTP.send(HttpRequest.newBuilder(uri("/v1/jobs/" + id + "/artifacts/a.wasm"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wasm.statusCode());
        assertEquals("binary of a", new String(wasm.body(), StandardCharsets.UTF_8));
        assertError(get("/v1/jobs/" + id + "/artifacts/zzz.wasm", true), 404, "no module zzz.wasm");
        JsonNode report = JSON.readTree(get("/v1/jobs/" + id + "/report", true).body());
        assertEquals(2, report.get("modules").size());
        assertEquals(id, report.get("job").asText());

        String metrics = get("/metrics", true).body();
        long series = metrics.lines().filter(l -> l.startsWith("portalis_")).count();
        assertTrue(series >= 3, metrics);
        assertTrue(metrics.contains("portalis_jobs_finished_total{state=\"succeeded\"}"), metrics);
        assertTrue(get("/openapi.yaml", true).body().startsWith("openapi: 3"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aFullDaemonAnswers429WithRetryAfter() throws Exception {
        // Three jobs that hang in the build fill the daemon (max-queued-jobs 3 here).
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 6 && (last == null || last.statusCode() == 202); i++) {
            last = post(bytes("{\"files\": {\"hang.py\": \"print(" + i + ")\\n\"}}"), true);
            if (last.statusCode() == 202) {
                accepted++;
            }
        }
        assertTrue(accepted <= 3, "accepted " + accepted);
        assertError(last, 429, "submit again later");
        assertEquals("5", last.headers().firstValue("Retry-After").orElse(""));
        stages.release.countDown();
    }

    private static void assertError(HttpResponse<String> response, int status, String words) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("message").asText().contains(words), response.body());
        assertTrue(body.has("error"), response.body());
    }

    private static JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            Thread.sleep(100);
            job = JSON.readTree(get("/v1/jobs/" + id, true).body());
        } while (Set.of("queued", "running").contains(job.get("state").asText()) && System.nanoTime() < deadline);
        return job;
    }

    private static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/health/ready", false).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(200, get("/health/ready", false).statusCode());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + daemon.port() + path);
    }

    private static HttpResponse<String> get(String path, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(byte[] body, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/v1/jobs")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
