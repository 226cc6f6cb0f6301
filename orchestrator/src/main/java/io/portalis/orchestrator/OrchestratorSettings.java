package io.portalis.orchestrator;

import com.typesafe.config.Config;
import io.portalis.agents.Stage;
import io.portalis.agents.actor.StageActor;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The orchestrator's limits, read from {@code portalis.orchestrator} (see portalis-defaults.conf
 * in the config module for what each means).
 */
public record OrchestratorSettings(
        int maxAttempts,
        int moduleParallelism,
        int maxConcurrentJobs,
        int queueCapacity,
        int workersPerStage,
        Map<Stage, Duration> stageTimeouts,
        StageActor.Backoff backoff) {

    public OrchestratorSettings {
        requirePositive(maxAttempts, "max-attempts");
        requirePositive(moduleParallelism, "module-parallelism");
        requirePositive(maxConcurrentJobs, "max-concurrent-jobs");
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queue-capacity must not be negative");
        }
        requirePositive(workersPerStage, "workers-per-stage");
        EnumMap<Stage, Duration> timeouts = new EnumMap<>(Stage.class);
        timeouts.putAll(stageTimeouts);
        for (Stage stage : Stage.values()) {
            if (!timeouts.containsKey(stage)) {
                throw new IllegalArgumentException("no timeout for stage " + stage.label());
            }
        }
        stageTimeouts = java.util.Collections.unmodifiableMap(timeouts);
    }

    public static OrchestratorSettings fromConfig(Config config) {
        Config c = config.getConfig("portalis.orchestrator");
        Map<Stage, Duration> timeouts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            timeouts.put(stage, c.getDuration("stage-timeouts." + stage.label()));
        }
        StageActor.Backoff backoff = new StageActor.Backoff(c.getDuration("backoff.min"),
                c.getDuration("backoff.max"), c.getDouble("backoff.random-factor"));
        return new OrchestratorSettings(c.getInt("max-attempts"), c.getInt("module-parallelism"),
                c.getInt("max-concurrent-jobs"), c.getInt("queue-capacity"), c.getInt("workers-per-stage"), timeouts,
                backoff);
    }

    public Duration timeout(Stage stage) {
        return stageTimeouts.get(stage);
    }

    public OrchestratorSettings withStageTimeout(Stage stage, Duration timeout) {
        Map<Stage, Duration> timeouts = new EnumMap<>(stageTimeouts);
        timeouts.put(stage, timeout);
        return new OrchestratorSettings(maxAttempts, moduleParallelism, maxConcurrentJobs, queueCapacity,
                workersPerStage, timeouts, backoff);
    }

    public OrchestratorSettings withMaxAttempts(int attempts) {
        return new OrchestratorSettings(attempts, moduleParallelism, maxConcurrentJobs, queueCapacity,
                workersPerStage, stageTimeouts, backoff);
    }

    public OrchestratorSettings withModuleParallelism(int modules) {
        return new OrchestratorSettings(maxAttempts, modules, maxConcurrentJobs, queueCapacity, workersPerStage,
                stageTimeouts, backoff);
    }

    public OrchestratorSettings withJobLimits(int concurrentJobs, int queue) {
        return new OrchestratorSettings(maxAttempts, moduleParallelism, concurrentJobs, queue, workersPerStage,
                stageTimeouts, backoff);
    }

    public OrchestratorSettings withBackoff(StageActor.Backoff restart) {
        return new OrchestratorSettings(maxAttempts, moduleParallelism, maxConcurrentJobs, queueCapacity,
                workersPerStage, stageTimeouts, restart);
    }

    private static void requirePositive(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
    }
}
