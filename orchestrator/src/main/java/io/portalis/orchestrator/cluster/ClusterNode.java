package io.portalis.orchestrator.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.PortalisRuntime;
import io.portalis.orchestrator.durable.JobEntity;
import io.portalis.orchestrator.durable.JobRecord;
import io.portalis.orchestrator.durable.JournalSettings;
import io.portalis.orchestrator.store.ModuleStore;
import io.portalis.orchestrator.store.StateDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.Done;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.persistence.jdbc.testkit.javadsl.SchemaUtils;

/**
 * One node of a Portalis cluster: an orchestrator with its stage pools, Pekko Cluster on a
 * loopback or given address, and Cluster Sharding of {@link ShardedJob}s by job id (with
 * remember-entities, so a job whose node leaves or dies is restarted on another). Every node
 * must share the journal (PostgreSQL, or one H2 database) and the state directory's artifact
 * store.
 */
public final class ClusterNode implements AutoCloseable {
    private static final Duration ASK_LIMIT = Duration.ofSeconds(60);

    private final PortalisRuntime runtime;
    private final ClusterSharding sharding;

    private ClusterNode(PortalisRuntime runtime, JobListener listener) {
        this.runtime = runtime;
        this.sharding = ClusterSharding.get(runtime.system());
        sharding.init(Entity.of(ShardedJob.TYPE, entity -> ShardedJob.create(entity, runtime.orchestrator(), listener)));
    }

    /**
     * Starts a node listening on {@code host:port} that joins {@code seeds} ({@code host:port}
     * each; the first node lists itself), with {@code roles} (e.g. {@code gpu}).
     */
    public static ClusterNode start(String host, int port, List<String> seeds, List<String> roles, Path state,
            JournalSettings journal, Config config, PipelineStages stages) throws Exception {
        return start(host, port, seeds, roles, state, journal, config, stages, JobListener.NONE);
    }

    /** As above; {@code listener} hears the jobs this node hosts. */
    public static ClusterNode start(String host, int port, List<String> seeds, List<String> roles, Path state,
            JournalSettings journal, Config config, PipelineStages stages, JobListener listener) throws Exception {
        Config cluster = ConfigFactory.parseString("""
                pekko.actor.provider = cluster
                pekko.cluster.jmx.enabled = off
                # A node that dies (not leaves) is downed by the majority after stable-after, so its
                # shards, and its jobs, move on.
                pekko.cluster.downing-provider-class = "org.apache.pekko.cluster.sbr.SplitBrainResolverProvider"
                pekko.cluster.split-brain-resolver.active-strategy = keep-majority
                pekko.cluster.split-brain-resolver.stable-after = 10s
                pekko.cluster.sharding.remember-entities = on
                pekko.cluster.sharding.remember-entities-store = eventsourced
                pekko.cluster.sharding.number-of-shards = 30
                pekko.cluster.sharding.passivation.strategy = none
                pekko.actor.serialization-bindings {
                  "io.portalis.orchestrator.durable.JournalSerializable" = jackson-json
                }
                """)
                .withValue("pekko.remote.artery.canonical.hostname", ConfigValueFactory.fromAnyRef(host))
                .withValue("pekko.remote.artery.canonical.port", ConfigValueFactory.fromAnyRef(port))
                .withValue("pekko.cluster.seed-nodes", ConfigValueFactory.fromIterable(
                        seeds.stream().map(s -> "pekko://portalis@" + s).toList()))
                .withValue("pekko.cluster.roles", ConfigValueFactory.fromIterable(roles));
        PortalisRuntime runtime = PortalisRuntime.start(cluster.withFallback(journal.toConfig()).withFallback(config),
                stages, Optional.of(new ModuleStore(StateDirectory.storeIn(state))));
        try {
            SchemaUtils.createIfNotExists(runtime.system()).toCompletableFuture()
                    .get(ASK_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            runtime.close();
            throw e;
        }
        return new ClusterNode(runtime, listener);
    }

    /** Journals the job on the node that hosts it, which starts it; complete once journaled. */
    public CompletionStage<Done> submit(JobSpec spec) {
        return sharding.entityRefFor(ShardedJob.TYPE, spec.id().value())
                .ask(replyTo -> new ShardedJob.Submit(JobRecord.of(spec), replyTo), ASK_LIMIT);
    }

    public CompletionStage<JobEntity.State> state(JobId id) {
        return sharding.entityRefFor(ShardedJob.TYPE, id.value()).ask(ShardedJob.Get::new, ASK_LIMIT);
    }

    /** Members that are up, as this node sees them. */
    public int membersUp() {
        int up = 0;
        for (var member : Cluster.get(runtime.system()).state().getMembers()) {
            if (member.status() == org.apache.pekko.cluster.MemberStatus.up()) {
                up++;
            }
        }
        return up;
    }

    public PortalisRuntime runtime() {
        return runtime;
    }

    /** Leaves the cluster (its shards move to the other nodes) and stops. */
    @Override
    public void close() {
        runtime.close();
    }
}
