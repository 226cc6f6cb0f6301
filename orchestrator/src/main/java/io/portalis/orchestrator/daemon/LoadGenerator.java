package io.portalis.orchestrator.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Submits {@code jobs} small jobs to a daemon on a loopback address, {@code concurrency} at a
 * time, each polled until it ends, and measures throughput, latency percentiles (submission to
 * end) and the daemon's peak heap. A 429 is waited out as Retry-After says and counted. Bounded:
 * at most {@link #MAX_JOBS} jobs, {@link #MAX_CONCURRENCY} at once, and a wall-time limit.
 */
public final class LoadGenerator {
    public static final int MAX_JOBS = 10_000;
    public static final int MAX_CONCURRENCY = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one load run measured. */
    public record Report(int jobs, int concurrency, int succeeded, int failed, int unfinished, long rejections,
            Duration wall, double jobsPerSecond, Duration p50, Duration p95, Duration p99, Duration max,
            long peakHeapBytes) {
        public ObjectNode toJson() {
            ObjectNode node = JSON.createObjectNode();
            node.put("jobs", jobs);
            node.put("concurrency", concurrency);
            node.put("succeeded", succeeded);
            node.put("failed", failed);
            node.put("unfinished", unfinished);
            node.put("rejections429", rejections);
            node.put("wallMs", wall.toMillis());
            node.put("jobsPerSecond", Math.round(jobsPerSecond * 100) / 100.0);
            node.put("p50Ms", p50.toMillis());
            node.put("p95Ms", p95.toMillis());
            node.put("p99Ms", p99.toMillis());
            node.put("maxMs", max.toMillis());
            node.put("peakHeapBytes", peakHeapBytes);
            return node;
        }
    }

    private final URI base;
    private final Optional<String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public LoadGenerator(URI base, Optional<String> token) {
        if (!loopback(base)) {
            throw new IllegalArgumentException("load runs only against a loopback daemon, not " + base.getHost());
        }
        this.base = base;
        this.token = token;
    }

    static boolean loopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs the load. {@code program(i)} is job i's single file; {@code heap} samples the daemon's
     * used heap (in-process: the MemoryMXBean; remote: its /metrics).
     */
    public Report run(int jobs, int concurrency, Duration limit, java.util.function.IntFunction<String> program,
            LongSupplier heap) throws InterruptedException {
        if (jobs < 1 || jobs > MAX_JOBS || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("jobs must be 1.." + MAX_JOBS + " and concurrency 1.." + MAX_CONCURRENCY);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        long[] latencies = new long[jobs];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong rejections = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency + 1);
        long start = System.nanoTime();
        Future<?> sampler = workers.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(heap.getAsLong(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < jobs && System.nanoTime() < deadline) {
                    long began = System.nanoTime();
                    Optional<String> end = runOne(program.apply(i), deadline, rejections);
                    if (end.isPresent()) {
                        latencies[i] = System.nanoTime() - began;
                        (end.get().equals("succeeded") ? succeeded : failed).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load worker failed", e.getCause());
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        sampler.cancel(true);
        workers.shutdownNow();
        peakHeap.accumulateAndGet(heap.getAsLong(), Math::max);
        long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        int ended = done.length;
        return new Report(jobs, concurrency, succeeded.get(), failed.get(), jobs - ended, rejections.get(), wall,
                ended / Math.max(wall.toNanos() / 1e9, 1e-9), percentile(done, 50), percentile(done, 95),
                percentile(done, 99), percentile(done, 100), peakHeap.get());
    }

    /** Submits one job and polls it to its end; empty when the time limit came first. */
    private Optional<String> runOne(String source, long deadline, AtomicLong rejections) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("files").put("main.py", source);
        try {
            String id = null;
            while (id == null) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/v1/jobs"))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
                if (response.statusCode() == 202) {
                    id = JSON.readTree(response.body()).get("id").asText();
                } else if (response.statusCode() == 429 && System.nanoTime() < deadline) {
                    rejections.incrementAndGet();
                    long wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                    Thread.sleep(Math.min(wait * 1000, 1000));
                } else {
                    throw new IllegalStateException("POST /v1/jobs answered " + response.statusCode() + ": "
                            + response.body());
                }
            }
            long pause = 20;
            while (System.nanoTime() < deadline) {
                JsonNode job = JSON.readTree(send(HttpRequest.newBuilder(base.resolve("/v1/jobs/" + id))).body());
                String state = job.path("state").asText();
                if (state.equals("succeeded") || state.equals("failed")) {
                    return Optional.of(state);
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the daemon did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The daemon's heap as its /metrics reports it (0 when unreadable). */
    public long remoteHeap() {
        try {
            String metrics = send(HttpRequest.newBuilder(base.resolve("/metrics"))).body();
            return metrics.lines().filter(l -> l.startsWith("portalis_jvm_heap_used_bytes "))
                    .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1).trim())).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static Duration percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Duration.ofNanos(sorted[Math.max(0, Math.min(sorted.length - 1, index))]);
    }
}
