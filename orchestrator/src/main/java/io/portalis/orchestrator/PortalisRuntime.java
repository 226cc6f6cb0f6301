package io.portalis.orchestrator;

import com.typesafe.config.Config;
import io.portalis.orchestrator.store.ModuleStore;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.slf4j.LoggerFactory;

/**
 * Portalis embedded in a JVM: starts an actor system whose guardian is the {@link Orchestrator}
 * (or runs the orchestrator as an actor of a system the caller owns), submits jobs and hands back
 * their results as {@link CompletionStage}s. Close it to shut its own actor system down, or to
 * stop the orchestrator in the caller's.
 *
 * <pre>{@code
 * try (PortalisRuntime portalis = PortalisRuntime.start()) {
 *     JobResult result = portalis.submit(JobSpec.of(files, JobOptions.defaults(out, work)))
 *             .toCompletableFuture().join();
 * }
 * }</pre>
 */
public final class PortalisRuntime implements AutoCloseable {
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);

    private static final AtomicLong EMBEDDINGS = new AtomicLong();

    private final ActorSystem<?> system;
    private final ActorRef<Orchestrator.Command> orchestrator;
    private final boolean ownsSystem;
    private final AtomicLong clients = new AtomicLong();

    private PortalisRuntime(ActorSystem<?> system, ActorRef<Orchestrator.Command> orchestrator, boolean ownsSystem) {
        this.system = system;
        this.orchestrator = orchestrator;
        this.ownsSystem = ownsSystem;
    }

    /** The embedded profile and the real agents. */
    public static PortalisRuntime start() {
        return start(PortalisConfig.embedded());
    }

    public static PortalisRuntime start(Config config) {
        return start(config, PipelineStages.defaults());
    }

    public static PortalisRuntime start(Config config, PipelineStages stages) {
        return start(config, stages, Optional.empty());
    }

    /** With a store, identical work done earlier (by any process using the same store) is reused. */
    public static PortalisRuntime start(Config config, PipelineStages stages, Optional<ModuleStore> store) {
        OrchestratorSettings settings = OrchestratorSettings.fromConfig(config);
        if (config.hasPath("portalis.chaos")) {
            stages = new ChaosStages(ChaosStages.Settings.fromConfig(config)).wrap(stages);
        }
        // Initialise logging on this thread first: otherwise Pekko's threads race its initialisation
        // and SLF4J prints a "replayed calls" notice on stderr.
        LoggerFactory.getILoggerFactory();
        ActorSystem<Orchestrator.Command> system = ActorSystem.create(Orchestrator.create(stages, settings, store),
                "portalis", config);
        return new PortalisRuntime(system, system, true);
    }

    /**
     * The orchestrator as an actor of the caller's {@code system}, configured by {@code config}
     * (e.g. {@link PortalisConfig#embedded()}); {@link #close()} stops that actor, not the system.
     */
    public static PortalisRuntime startIn(ActorSystem<?> system, Config config, PipelineStages stages) {
        OrchestratorSettings settings = OrchestratorSettings.fromConfig(config);
        ActorRef<Orchestrator.Command> orchestrator = system.systemActorOf(Orchestrator.create(stages, settings),
                "portalis-" + EMBEDDINGS.incrementAndGet(), Props.empty());
        return new PortalisRuntime(system, orchestrator, false);
    }

    /** The orchestrator actor, for components that talk to it directly (cluster shards). */
    public ActorRef<Orchestrator.Command> orchestrator() {
        return orchestrator;
    }

    /** The actor system the orchestrator runs in (its own, or the caller's). */
    public ActorSystem<?> system() {
        return system;
    }

    /**
     * Translates {@code files} with {@code options}: the job's result, with each module's
     * diagnostics and artifacts ({@link ModuleOutcome#outputs()}), when every module has finished.
     */
    public CompletionStage<JobResult> translate(java.util.List<java.nio.file.Path> files, JobOptions options) {
        return submit(JobSpec.of(files, options));
    }

    public CompletionStage<JobResult> submit(JobSpec spec) {
        return submit(spec, event -> { });
    }

    /**
     * Submits {@code spec}; {@code onEvent} sees the job's progress events, one at a time, on an
     * actor's thread (it must not block for long).
     */
    public CompletionStage<JobResult> submit(JobSpec spec, Consumer<JobEvent> onEvent) {
        Objects.requireNonNull(onEvent, "onEvent");
        CompletableFuture<JobResult> result = new CompletableFuture<>();
        system.systemActorOf(client(spec, onEvent, result), "job-client-" + clients.incrementAndGet(), Props.empty());
        return result;
    }

    /** A short-lived actor per submission: it receives the events and the result, then stops. */
    private Behavior<Object> client(JobSpec spec, Consumer<JobEvent> onEvent, CompletableFuture<JobResult> result) {
        return Behaviors.setup(context -> {
            ActorRef<JobEvent> events = context.getSelf().narrow();
            ActorRef<JobResult> replies = context.getSelf().narrow();
            orchestrator.tell(new Orchestrator.SubmitJob(spec.withListener(events), replies));
            return Behaviors.receive(Object.class)
                    .onMessage(JobEvent.class, event -> {
                        try {
                            onEvent.accept(event);
                        } catch (RuntimeException e) {
                            context.getLog().warn("job event listener failed on {}", event, e);
                        }
                        return Behaviors.same();
                    })
                    .onMessage(JobResult.class, done -> {
                        result.complete(done);
                        return Behaviors.stopped();
                    })
                    .build();
        });
    }

    /**
     * Terminates its own actor system and waits (up to 30 s) until it has stopped; in a caller's
     * system, stops the orchestrator only.
     */
    @Override
    public void close() {
        if (!ownsSystem) {
            orchestrator.tell(new Orchestrator.Shutdown());
            return;
        }
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            system.log().warn("the actor system did not stop within {}", SHUTDOWN_LIMIT);
        }
    }
}
