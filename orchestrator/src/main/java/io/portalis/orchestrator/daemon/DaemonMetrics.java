package io.portalis.orchestrator.daemon;

import io.portalis.agents.Stage;
import io.portalis.orchestrator.JobEvent;
import io.portalis.orchestrator.JobResult;
import io.portalis.orchestrator.ModuleOutcome;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The daemon's counters, written in the Prometheus text exposition format (version 0.0.4):
 * jobs by outcome, modules, stage latencies, job latency, queue depth and JVM heap.
 */
final class DaemonMetrics {
    private final LongAdder submitted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder modulesTranslated = new LongAdder();
    private final LongAdder modulesFailed = new LongAdder();
    private final LongAdder modulesReused = new LongAdder();
    private final LongAdder stageRetries = new LongAdder();
    private final Map<Stage, LongAdder> stageCount = new EnumMap<>(Stage.class);
    private final Map<Stage, AtomicLong> stageNanos = new EnumMap<>(Stage.class);
    private final LongAdder jobCount = new LongAdder();
    private final AtomicLong jobNanos = new AtomicLong();
    private final IntSupplier queued;
    private final IntSupplier running;

    DaemonMetrics(IntSupplier queued, IntSupplier running) {
        this.queued = queued;
        this.running = running;
        for (Stage stage : Stage.values()) {
            stageCount.put(stage, new LongAdder());
            stageNanos.put(stage, new AtomicLong());
        }
    }

    void submitted() {
        submitted.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void onEvent(JobEvent event) {
        if (event instanceof JobEvent.StageCompleted c && c.attempt() > 0) {
            stageCount.get(c.stage()).increment();
            stageNanos.get(c.stage()).addAndGet(c.elapsed().toNanos());
        } else if (event instanceof JobEvent.StageRetried) {
            stageRetries.increment();
        }
    }

    void finished(JobResult result, Duration elapsed) {
        (result.allTranslated() ? succeeded : failed).increment();
        jobCount.increment();
        jobNanos.addAndGet(elapsed.toNanos());
        for (ModuleOutcome m : result.modules()) {
            (m.translated() ? modulesTranslated : modulesFailed).increment();
            if (m.reused()) {
                modulesReused.increment();
            }
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        counter(out, "portalis_jobs_submitted_total", "Jobs accepted (202).", submitted.sum());
        counter(out, "portalis_jobs_rejected_total", "Jobs refused because the queue was full (429).", rejected.sum());
        out.append("# HELP portalis_jobs_finished_total Jobs that ended, by state.\n")
                .append("# TYPE portalis_jobs_finished_total counter\n")
                .append("portalis_jobs_finished_total{state=\"succeeded\"} ").append(succeeded.sum()).append('\n')
                .append("portalis_jobs_finished_total{state=\"failed\"} ").append(failed.sum()).append('\n');
        out.append("# HELP portalis_modules_total Modules that ended, by status.\n")
                .append("# TYPE portalis_modules_total counter\n")
                .append("portalis_modules_total{status=\"translated\"} ").append(modulesTranslated.sum()).append('\n')
                .append("portalis_modules_total{status=\"failed\"} ").append(modulesFailed.sum()).append('\n');
        counter(out, "portalis_modules_reused_total", "Modules taken from the artifact store.", modulesReused.sum());
        counter(out, "portalis_stage_retries_total", "Stage attempts that crashed or timed out and were retried.",
                stageRetries.sum());
        gauge(out, "portalis_jobs_queued", "Accepted jobs waiting to start.", queued.getAsInt());
        gauge(out, "portalis_jobs_running", "Jobs running now.", running.getAsInt());
        out.append("# HELP portalis_stage_duration_seconds Time of completed stage runs.\n")
                .append("# TYPE portalis_stage_duration_seconds summary\n");
        for (Stage stage : Stage.values()) {
            String label = "{stage=\"" + stage.label() + "\"}";
            out.append("portalis_stage_duration_seconds_sum").append(label).append(' ')
                    .append(seconds(stageNanos.get(stage).get())).append('\n');
            out.append("portalis_stage_duration_seconds_count").append(label).append(' ')
                    .append(stageCount.get(stage).sum()).append('\n');
        }
        out.append("# HELP portalis_job_duration_seconds Time from acceptance to the end of finished jobs.\n")
                .append("# TYPE portalis_job_duration_seconds summary\n")
                .append("portalis_job_duration_seconds_sum ").append(seconds(jobNanos.get())).append('\n')
                .append("portalis_job_duration_seconds_count ").append(jobCount.sum()).append('\n');
        gauge(out, "portalis_jvm_heap_used_bytes", "Heap in use.",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
