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
 * Portalis embedded in a JVM: starts an actor system whose guardian is the {@link Orchestrator},
 * submits jobs and hands back their results as {@link CompletionStage}s. Close it to shut the
 * actor system down.
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

    private final ActorSystem<Orchestrator.Command> system;
    private final AtomicLong clients = new AtomicLong();

    private PortalisRuntime(ActorSystem<Orchestrator.Command> system) {
        this.system = system;
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
        return new PortalisRuntime(ActorSystem.create(Orchestrator.create(stages, settings, store), "portalis", config));
    }

    public ActorSystem<Orchestrator.Command> system() {
        return system;
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
            system.tell(new Orchestrator.SubmitJob(spec.withListener(events), replies));
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

    /** Terminates the actor system and waits (up to 30 s) until it has stopped. */
    @Override
    public void close() {
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
