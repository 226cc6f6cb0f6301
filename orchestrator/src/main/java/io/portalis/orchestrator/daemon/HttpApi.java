package io.portalis.orchestrator.daemon;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.portalis.agents.JobId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's HTTP API on the JDK's HttpServer (docs/openapi.yaml describes it): routes, the
 * bearer token, body limits and JSON errors. Every error is {@code {"error": "<code>",
 * "message": "<what was wrong>"}}.
 */
final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final Pattern JOB = Pattern.compile("/v1/jobs/([A-Za-z0-9-]{1,64})");
    private static final Pattern ARTIFACT = Pattern.compile("/v1/jobs/([A-Za-z0-9-]{1,64})/artifacts/([A-Za-z_][A-Za-z0-9_]*)(\\.wasm|\\.bin)");
    private static final Pattern REPORT = Pattern.compile("/v1/jobs/([A-Za-z0-9-]{1,64})/report");
    /** Seconds a client is asked to wait after a 429 or 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Daemon daemon;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Optional<byte[]> token;

    private HttpApi(Daemon daemon, HttpServer server, ExecutorService executor, Optional<String> token) {
        this.daemon = daemon;
        this.server = server;
        this.executor = executor;
        this.token = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
    }

    static HttpApi start(Daemon daemon, DaemonSettings settings) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "portalis-http");
            t.setDaemon(true);
            return t;
        });
        HttpApi api = new HttpApi(daemon, server, executor, settings.token());
        server.setExecutor(executor);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.error("request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            try {
                error(exchange, 500, "internal", "the daemon failed on this request: " + e);
            } catch (IOException | RuntimeException ignored) {
                // The response had already started; the client sees a cut-off answer.
            }
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/health/live")) {
            json(ex, 200, "{\"status\": \"live\"}");
            return;
        }
        if (path.equals("/health/ready")) {
            boolean ready = daemon.ready();
            json(ex, ready ? 200 : 503, "{\"status\": \"" + (ready ? "ready" : daemon.accepting() ? "warming up"
                    : "draining") + "\"}");
            return;
        }
        if (!authorised(ex)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"portalis\"");
            error(ex, 401, "unauthorised", "this endpoint needs the header Authorization: Bearer <token>");
            return;
        }
        Matcher m;
        if (path.equals("/v1/jobs")) {
            if (!method.equals("POST")) {
                methodNotAllowed(ex, "POST");
                return;
            }
            submit(ex);
        } else if ((m = JOB.matcher(path)).matches()) {
            if (get(ex)) {
                found(ex, daemon.jobJson(new JobId(m.group(1))), "application/json");
            }
        } else if ((m = REPORT.matcher(path)).matches()) {
            if (get(ex)) {
                JobId id = new JobId(m.group(1));
                Optional<String> report = daemon.reportJson(id);
                if (report.isEmpty() && daemon.running(id)) {
                    error(ex, 409, "not_finished", "job " + id.value() + " has not finished; its report comes at the end");
                } else {
                    found(ex, report, "application/json");
                }
            }
        } else if ((m = ARTIFACT.matcher(path)).matches()) {
            if (get(ex)) {
                artifact(ex, new JobId(m.group(1)), m.group(2), m.group(3));
            }
        } else if (path.equals("/metrics")) {
            if (get(ex)) {
                send(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                        daemon.metrics().render().getBytes(StandardCharsets.UTF_8));
            }
        } else if (path.equals("/openapi.yaml") || path.equals("/v1/openapi.yaml")) {
            if (get(ex)) {
                try (InputStream in = HttpApi.class.getResourceAsStream("openapi.yaml")) {
                    send(ex, 200, "application/yaml", in.readAllBytes());
                }
            }
        } else {
            error(ex, 404, "not_found", "no such endpoint: " + path + " (see /openapi.yaml)");
        }
    }

    private void submit(HttpExchange ex) throws IOException {
        long limit = daemon.settings().maxBodyBytes();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            error(ex, 413, "too_large", "the body is " + length + " bytes; the limit is " + limit
                    + " (portalis.daemon.max-body-size)");
            return;
        }
        byte[] body = ex.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            error(ex, 413, "too_large", "the body is over the limit of " + limit
                    + " bytes (portalis.daemon.max-body-size)");
            return;
        }
        JobSubmission submission;
        try {
            submission = JobSubmission.parse(body);
        } catch (JobSubmission.Invalid e) {
            error(ex, 400, "bad_request", e.getMessage());
            return;
        }
        switch (daemon.submit(submission)) {
            case Daemon.Accepted accepted -> {
                ex.getResponseHeaders().set("Location", "/v1/jobs/" + accepted.id().value());
                json(ex, 202, "{\"id\": \"" + accepted.id().value() + "\"}");
            }
            case Daemon.Busy busy -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                error(ex, 429, "busy", busy.unfinished() + " jobs are queued or running, the most this daemon "
                        + "holds (portalis.daemon.max-queued-jobs); submit again later");
            }
            case Daemon.Draining draining -> {
                ex.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                error(ex, 503, "draining", "the daemon is shutting down and takes no new jobs");
            }
        }
    }

    private void artifact(HttpExchange ex, JobId id, String stem, String extension) throws IOException {
        Optional<Path> file = daemon.artifact(id, stem, extension);
        if (file.isPresent()) {
            send(ex, 200, "application/wasm".replace("wasm", extension.equals(".wasm") ? "wasm" : "octet-stream"),
                    Files.readAllBytes(file.get()));
        } else if (daemon.running(id)) {
            error(ex, 409, "not_finished", "job " + id.value() + " has not finished");
        } else {
            error(ex, 404, "not_found", "job " + id.value() + " has no module " + stem + extension
                    + " (unknown job, unknown module, or the module failed: see /v1/jobs/" + id.value() + ")"
                    + forgotten());
        }
    }

    private boolean authorised(HttpExchange ex) {
        if (token.isEmpty()) {
            return true;
        }
        String given = ex.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(token.get(), given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean get(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD")) {
            return true;
        }
        methodNotAllowed(ex, "GET");
        return false;
    }

    private static void methodNotAllowed(HttpExchange ex, String allowed) throws IOException {
        ex.getResponseHeaders().set("Allow", allowed);
        error(ex, 405, "method_not_allowed", ex.getRequestMethod() + " is not allowed here; use " + allowed);
    }

    private void found(HttpExchange ex, Optional<String> body, String type) throws IOException {
        if (body.isPresent()) {
            send(ex, 200, type, body.get().getBytes(StandardCharsets.UTF_8));
        } else {
            error(ex, 404, "not_found", "no such job: " + ex.getRequestURI().getPath() + forgotten());
        }
    }

    /** Why a job that did exist may be unknown now. */
    private String forgotten() {
        Duration keep = daemon.settings().keepEndedJobs();
        return keep.isZero() ? ""
                : " (an ended job is kept for " + EndedJobSweeper.describe(keep) + ": portalis.daemon.keep-ended-jobs)";
    }

    static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", code);
        body.put("message", message);
        json(ex, status, body.toString());
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        // The body of a request we refuse may be unread; drain what is cheap so the connection stays sane.
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
