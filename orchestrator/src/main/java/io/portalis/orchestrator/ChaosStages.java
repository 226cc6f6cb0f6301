package io.portalis.orchestrator;

import com.typesafe.config.Config;
import io.portalis.agents.Stage;
import io.portalis.agents.StageFunction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chaos switch ({@code portalis.chaos}): wraps chosen stages so that a share of their
 * attempts fail on purpose, to show that supervision holds: a stage that throws is restarted
 * and the work re-sent; one that hangs is timed out and re-sent; after {@code max-attempts} the
 * module fails with PTL0501 or PTL0502 and the job goes on. The {@code crash} fault halts the
 * JVM at once (as SIGKILL would), for demonstrating replay.
 */
public final class ChaosStages {
    /** What an injected fault does. */
    public enum Fault { EXCEPTION, HANG, CRASH }

    /** {@code rate} is the chance that one attempt of a chosen stage faults; 0 turns chaos off. */
    public record Settings(double rate, Set<Stage> stages, List<Fault> faults, Duration hang, long seed) {
        public Settings {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("portalis.chaos.rate must be within 0..1, was " + rate);
            }
            stages = stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
            faults = List.copyOf(faults);
            if (rate > 0 && faults.isEmpty()) {
                throw new IllegalArgumentException("portalis.chaos.faults is empty");
            }
        }

        public static Settings fromConfig(Config config) {
            Config c = config.getConfig("portalis.chaos");
            return new Settings(c.getDouble("rate"),
                    Set.copyOf(c.getStringList("stages").stream()
                            .map(s -> Stage.valueOf(s.toUpperCase(Locale.ROOT))).toList()),
                    c.getStringList("faults").stream().map(f -> Fault.valueOf(f.toUpperCase(Locale.ROOT))).toList(),
                    c.getDuration("hang"), c.getLong("seed"));
        }

        public boolean enabled() {
            return rate > 0 && !stages.isEmpty();
        }
    }

    /** Thrown by an injected exception fault. */
    public static final class InjectedFault extends RuntimeException {
        InjectedFault(String message) {
            super(message, null, false, false);
        }
    }

    private final Settings settings;
    private final Random random;
    private final AtomicLong injected = new AtomicLong();

    public ChaosStages(Settings settings) {
        this.settings = settings;
        this.random = settings.seed() == 0 ? new Random() : new Random(settings.seed());
    }

    /** How many faults were injected so far. */
    public long injected() {
        return injected.get();
    }

    public PipelineStages wrap(PipelineStages work) {
        if (!settings.enabled()) {
            return work;
        }
        return new PipelineStages(wrap(Stage.INGEST, work.ingest()), wrap(Stage.ANALYSIS, work.analysis()),
                wrap(Stage.TRANSPILE, work.transpile()), wrap(Stage.BUILD, work.build()),
                wrap(Stage.TEST, work.test()), wrap(Stage.PACKAGE, work.pack()), work.reportFailure());
    }

    private <I, O> StageFunction<I, O> wrap(Stage stage, StageFunction<I, O> work) {
        if (!settings.stages().contains(stage)) {
            return work;
        }
        return input -> {
            Fault fault = pick();
            if (fault == null) {
                return work.apply(input);
            }
            injected.incrementAndGet();
            switch (fault) {
                case EXCEPTION -> throw new InjectedFault("chaos: fault injected into the " + stage.label() + " stage");
                case HANG -> {
                    Thread.sleep(settings.hang().toMillis());
                    throw new InjectedFault("chaos: the " + stage.label() + " stage hung for " + settings.hang());
                }
                case CRASH -> Runtime.getRuntime().halt(137);
            }
            throw new IllegalStateException("unreachable");
        };
    }

    private Fault pick() {
        synchronized (random) {
            if (random.nextDouble() >= settings.rate()) {
                return null;
            }
            return settings.faults().get(random.nextInt(settings.faults().size()));
        }
    }
}
