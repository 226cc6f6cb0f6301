package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.build.toolchain.Toolchains;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: the daemon is killed with SIGKILL 3 s after a 6-program job is submitted and started
 * again on the same state: the job reaches {@code succeeded}, its modules download and print
 * what CPython prints; a request without the token gets 401; /metrics has portalis_ series;
 * SIGTERM ends the daemon with exit code 0.
 */
class DaemonCrashTest {
    private static final String TOKEN = "crash-test-token";
    private static final int PROGRAMS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    private int port;

    @Test
    void killedDaemonFinishesTheJobAfterRestart() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        Optional<Path> python = Pythons.python3();
        assumeTrue(python.isPresent(), "no CPython to produce the expected outputs");
        port = freePort();
        ObjectNode files = JSON.createObjectNode();
        for (int k = 1; k <= PROGRAMS; k++) {
            files.put("d" + k + ".py", program(k));
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("files", files);

        Process first = startDaemon("first.log");
        String id;
        try {
            HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/v1/jobs"))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), true);
            assertEquals(202, accepted.statusCode(), accepted.body());
            id = JSON.readTree(accepted.body()).get("id").asText();
            Thread.sleep(3000);
        } finally {
            ChildJvm.kill(first);
        }

        Process second = startDaemon("second.log");
        try {
            JsonNode job = awaitEnd(id);
            assertEquals("succeeded", job.get("state").asText(), job.toString() + log("second.log"));
            for (int k = 1; k <= PROGRAMS; k++) {
                HttpResponse<byte[]> wasm = HTTP.send(authorised(HttpRequest.newBuilder(
                        uri("/v1/jobs/" + id + "/artifacts/d" + k + ".wasm"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, wasm.statusCode());
                Path module = Files.write(dir.resolve("d" + k + ".wasm"), wasm.body());
                Path source = Files.writeString(dir.resolve("d" + k + ".py"), program(k));
                CliRun run = CliRun.of("run", module.toString());
                assertEquals(0, run.exit(), run.toString());
                assertEquals(Pythons.stdout(python.get(), source.toString()), run.out(), "d" + k);
            }
            assertEquals(401, send(HttpRequest.newBuilder(uri("/v1/jobs/" + id)), false).statusCode());
            String metrics = send(HttpRequest.newBuilder(uri("/metrics")), true).body();
            assertTrue(metrics.lines().filter(l -> l.startsWith("portalis_")).count() >= 3, metrics);

            second.destroy();  // SIGTERM: drain and exit 0
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the daemon did not stop on SIGTERM");
            assertEquals(0, second.exitValue(), log("second.log"));
        } finally {
            if (second.isAlive()) {
                ChildJvm.kill(second);
            }
        }
    }

    private Process startDaemon(String logName) throws Exception {
        Process process = ChildJvm.portalis(dir, Map.of("PORTALIS_TOKEN", TOKEN), "serve", "--port",
                Integer.toString(port), "--state", dir.resolve("state").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(logName).toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the daemon exited: " + log(logName));
            try {
                if (send(HttpRequest.newBuilder(uri("/health/live")), false).statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        ChildJvm.kill(process);
        throw new AssertionError("the daemon did not start: " + log(logName));
    }

    private JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/jobs/" + id)), true);
            assertEquals(200, response.statusCode(), response.body());
            job = JSON.readTree(response.body());
            if (!Set.of("queued", "running").contains(job.get("state").asText())) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + id + " did not end: " + job);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean token) throws Exception {
        return HTTP.send((token ? authorised(request) : request).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String log(String name) {
        try {
            return "\n--- " + name + "\n" + Files.readString(dir.resolve(name));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String program(int k) {
        return """
                def fib(n):
                    a, b = 0, 1
                    for _ in range(n):
                        a, b = b, a + b
                    return a


                print("daemon program %d", fib(%d), "%s")
                """.formatted(k, 10 + k, "x".repeat(k));
    }
}
