package io.portalis.orchestrator.cli;

import io.portalis.build.BuildAgent;
import io.portalis.build.Target;
import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.daemon.ClusterSettings;
import io.portalis.orchestrator.daemon.Daemon;
import io.portalis.orchestrator.daemon.DaemonSettings;
import io.portalis.orchestrator.durable.JournalSettings;
import io.portalis.orchestrator.store.StateDirectory;
import io.portalis.testing.engine.WasmEngines;
import io.portalis.transpiler.runtime.PyrtSources;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portalis serve --port P}: the HTTP daemon (docs/DAEMON.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Run Portalis as a daemon with an HTTP API.",
        description = "Accepts translation jobs over HTTP (POST /v1/jobs), journals them so that a crash loses "
            + "none, and serves their status, modules and reports. SIGTERM stops taking jobs, lets the "
            + "accepted ones finish and exits 0. The API is described at /openapi.yaml.")
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "PORTALIS_TOKEN";

    private final CliStreams io;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port to listen on (0: any free port)")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)")
    private String host;

    @Option(names = "--state", paramLabel = "DIR",
            description = "journal, artifact store and job files (default: as for translate --state)")
    private Path stateDir;

    @Option(names = "--token", paramLabel = "T",
            description = "require Authorization: Bearer T on every endpoint but /health (default: $PORTALIS_TOKEN)")
    private String token;

    @Option(names = "--journal-url", paramLabel = "JDBC",
            description = "journal database, jdbc:postgresql://… (default: $PORTALIS_JOURNAL_URL, else H2 in DIR)")
    private String journalUrl;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body (default 8 MiB)")
    private Long maxBody;

    @Option(names = "--max-queued", paramLabel = "N",
            description = "jobs accepted and unfinished before 429 (default portalis.daemon.max-queued-jobs)")
    private Integer maxQueued;

    @Option(names = "--cluster", description = "run as a node of a Pekko cluster (docs/DAEMON.md, \"The cluster\"): "
            + "jobs are sharded over the nodes by id; every node must share --state and the journal")
    private boolean cluster;

    @Option(names = "--cluster-host", paramLabel = "ADDRESS",
            description = "this node's cluster address (default: --host)")
    private String clusterHost;

    @Option(names = "--cluster-port", paramLabel = "P", defaultValue = "25520",
            description = "this node's cluster port, not the HTTP port (default 25520)")
    private int clusterPort;

    @Option(names = "--seed-nodes", paramLabel = "HOST:PORT", split = ",",
            description = "cluster nodes to join, comma-separated (default: this node, which starts a new cluster)")
    private java.util.List<String> seedNodes;

    @Option(names = "--roles", paramLabel = "ROLE", split = ",",
            description = "this node's cluster roles, comma-separated (gpu: it hosts the GPU stages)")
    private java.util.List<String> roles;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    ServeCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path state = stateDir != null ? stateDir : StateDirectory.defaultFor(System.getenv());
        Optional<ClusterSettings> clusterSettings = clusterSettings();
        var config = PortalisConfig.load(clusterSettings.isPresent() ? PortalisConfig.Profile.CLUSTER
                : PortalisConfig.Profile.DAEMON);
        DaemonSettings settings = DaemonSettings.fromConfig(config, host, port, state,
                JournalSettings.choose(state, Optional.ofNullable(journalUrl), System.getenv()),
                Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv(TOKEN_ENV))));
        settings = settings.withLimits(maxBody != null ? maxBody : settings.maxBodyBytes(),
                maxQueued != null ? maxQueued : settings.maxQueuedJobs());
        CountDownLatch stop = new CountDownLatch(1);
        // SIGTERM and SIGINT drain instead of killing the JVM at once (which would exit 143).
        sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> stop.countDown());
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> stop.countDown());
        Daemon daemon;
        try {
            daemon = clusterSettings.isPresent()
                    ? Daemon.startInCluster(settings, clusterSettings.get(), PipelineStages.defaults(), ServeCommand::warmUp)
                    : Daemon.start(settings, PipelineStages.defaults(), ServeCommand::warmUp);
        } catch (java.net.BindException e) {
            io.err().println("portalis: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return CliErrors.FAILED;
        } catch (IllegalStateException e) {
            io.err().println("portalis: " + e.getMessage());
            return CliErrors.FAILED;
        }
        io.err().println("portalis: serving on http://" + host + ":" + daemon.port() + " (state " + state
                + ", " + daemon.describeJobs() + (settings.token().isPresent() ? ", token required" : "") + ")");
        io.err().flush();
        stop.await();
        io.err().println("portalis: stopping: no new jobs; waiting for accepted jobs to finish");
        daemon.drain();
        io.err().println("portalis: stopped");
        return 0;
    }

    /** The cluster options, checked: only with --cluster, seed nodes as host:port. */
    private Optional<ClusterSettings> clusterSettings() {
        if (!cluster) {
            if (seedNodes != null || roles != null || clusterHost != null
                    || spec.commandLine().getParseResult().hasMatchedOption("--cluster-port")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--cluster-host, --cluster-port, --seed-nodes and --roles need --cluster");
            }
            return Optional.empty();
        }
        String address = clusterHost != null ? clusterHost : host;
        java.util.List<String> nodeRoles = roles != null ? roles : java.util.List.of();
        try {
            return Optional.of(seedNodes == null || seedNodes.isEmpty()
                    ? ClusterSettings.selfSeeded(address, clusterPort, nodeRoles)
                    : new ClusterSettings(address, clusterPort, seedNodes, nodeRoles));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** What /health/ready waits for: the runtime crate compiled for wasm, the default engine loaded. */
    private static void warmUp() {
        new BuildAgent().warmRuntime(PyrtSources.load(), Target.WASM32_WASI);
        WasmEngines.byName(WasmEngines.DEFAULT);
    }
}
