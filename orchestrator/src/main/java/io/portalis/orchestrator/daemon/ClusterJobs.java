package io.portalis.orchestrator.daemon;

import io.portalis.agents.JobId;
import io.portalis.orchestrator.JobListener;
import io.portalis.orchestrator.JobSpec;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.cluster.ClusterNode;
import io.portalis.orchestrator.durable.JobEntity;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Jobs sharded over a Pekko cluster ({@link ClusterNode}): a submission is journaled by the node
 * that hosts the job, which runs it; when a node leaves or dies its jobs go on elsewhere
 * (remember-entities), so there is nothing to resume by hand. The submitting daemon learns of
 * the end by asking the job's entity, since the job may run on another node.
 */
final class ClusterJobs implements JobBackend {
    private static final Duration POLL = Duration.ofMillis(500);

    private final ClusterNode node;
    private final ClusterSettings cluster;

    private ClusterJobs(ClusterNode node, ClusterSettings cluster) {
        this.node = node;
        this.cluster = cluster;
    }

    static ClusterJobs open(DaemonSettings settings, ClusterSettings cluster, PipelineStages stages,
            JobListener listener) {
        try {
            return new ClusterJobs(ClusterNode.start(cluster.host(), cluster.port(), cluster.seeds(), cluster.roles(),
                    settings.state(), settings.journal(), settings.config(), stages, listener), cluster);
        } catch (Exception e) {
            throw new IllegalStateException("cannot join the cluster at " + cluster.host() + ":" + cluster.port()
                    + " (seed nodes " + String.join(", ", cluster.seeds()) + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Submitted submit(JobSpec spec) {
        CompletionStage<?> journaled = node.submit(spec);
        return new Submitted(journaled, journaled.thenCompose(done -> ended(spec.id())));
    }

    private CompletionStage<JobEntity.State> ended(JobId id) {
        CompletableFuture<JobEntity.State> end = new CompletableFuture<>();
        poll(id, end);
        return end;
    }

    private void poll(JobId id, CompletableFuture<JobEntity.State> end) {
        node.state(id).whenComplete((state, failure) -> {
            if (failure == null && state.finished().isPresent()) {
                end.complete(state);
            } else if (node.runtime().system().getWhenTerminated().toCompletableFuture().isDone()) {
                end.completeExceptionally(new IllegalStateException("this cluster node stopped"));
            } else {
                // Unfinished, or its shard is moving between nodes: ask again.
                CompletableFuture.delayedExecutor(POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                        .execute(() -> poll(id, end));
            }
        });
    }

    @Override
    public List<Resumed> resumeUnfinished() {
        return List.of();
    }

    @Override
    public CompletionStage<JobEntity.State> state(JobId id) {
        return node.state(id);
    }

    @Override
    public String describe() {
        return "cluster node " + cluster.host() + ":" + cluster.port() + (cluster.roles().isEmpty() ? ""
                : " roles " + String.join(",", cluster.roles())) + ", seed nodes " + String.join(", ", cluster.seeds());
    }

    @Override
    public void close() {
        node.close();
    }
}
