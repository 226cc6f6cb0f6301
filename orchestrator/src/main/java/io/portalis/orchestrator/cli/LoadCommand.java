package io.portalis.orchestrator.cli;

import io.portalis.orchestrator.PipelineStages;
import io.portalis.orchestrator.PortalisConfig;
import io.portalis.orchestrator.daemon.Daemon;
import io.portalis.orchestrator.daemon.DaemonSettings;
import io.portalis.orchestrator.daemon.LoadGenerator;
import io.portalis.orchestrator.durable.JournalSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portalis load}: N small jobs, C at a time, against a daemon on loopback (one started
 * in this JVM unless {@code --url} names a running one); prints throughput, latency
 * percentiles and the daemon's peak heap.
 */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Load-test a daemon on this machine.",
        description = "Submits --jobs small jobs, --concurrency at a time, to a Portalis daemon on a loopback "
            + "address and reports throughput, p50/p95/p99 latency (submission to end) and peak heap. Without "
            + "--url it starts a daemon in this JVM with a fresh state directory. Job i translates one of "
            + "--distinct programs, so after the first of each, jobs are served from the artifact store.")
final class LoadCommand implements Callable<Integer> {
    private final CliStreams io;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "100", description = "jobs to submit (at most 10000)")
    private int jobs;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "16",
            description = "jobs in flight at once (at most 256)")
    private int concurrency;

    @Option(names = "--distinct", paramLabel = "K", defaultValue = "10",
            description = "different programs among the jobs (1..N)")
    private int distinct;

    @Option(names = "--limit", paramLabel = "DURATION", defaultValue = "PT10M",
            description = "stop submitting and waiting after this long (ISO-8601, default PT10M)")
    private Duration limit;

    @Option(names = "--url", paramLabel = "URL", description = "a running daemon, e.g. http://127.0.0.1:8080")
    private URI url;

    @Option(names = "--token", paramLabel = "T", description = "its token (default: $PORTALIS_TOKEN)")
    private String token;

    @Option(names = "--json", description = "print the figures as one JSON object")
    private boolean json;

    LoadCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (distinct < 1 || distinct > jobs) {
            io.err().println("portalis: --distinct must be between 1 and --jobs");
            return CliErrors.USAGE;
        }
        LoadGenerator.Report report;
        if (url != null) {
            LoadGenerator load = new LoadGenerator(url, Optional.ofNullable(token)
                    .or(() -> Optional.ofNullable(System.getenv(ServeCommand.TOKEN_ENV))));
            report = load.run(jobs, concurrency, limit, this::program, load::remoteHeap);
        } else {
            report = againstLocalDaemon();
        }
        print(report);
        return report.succeeded() == jobs ? 0 : CliErrors.FAILED;
    }

    private LoadGenerator.Report againstLocalDaemon() throws Exception {
        Path state = Files.createTempDirectory("portalis-load-");
        var config = PortalisConfig.load(PortalisConfig.Profile.DAEMON);
        DaemonSettings settings = DaemonSettings.fromConfig(config, "127.0.0.1", 0, state, JournalSettings.h2(state),
                Optional.empty());
        try (Daemon daemon = Daemon.start(settings, PipelineStages.defaults(), () -> { })) {
            LoadGenerator load = new LoadGenerator(URI.create("http://127.0.0.1:" + daemon.port()), Optional.empty());
            return load.run(jobs, concurrency, limit, this::program,
                    () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        } finally {
            TreeDeletion.deleteQuietly(state);
        }
    }

    private String program(int job) {
        int k = job % distinct;
        return """
                def work(n):
                    return sum(i * i for i in range(n))


                print("load program %d", work(%d))
                """.formatted(k, 100 + k);
    }

    private void print(LoadGenerator.Report r) {
        if (json) {
            io.out().println(r.toJson().toPrettyString());
            return;
        }
        io.out().printf(Locale.ROOT, "jobs %d (concurrency %d): %d succeeded, %d failed, %d unfinished, %d times 429%n",
                r.jobs(), r.concurrency(), r.succeeded(), r.failed(), r.unfinished(), r.rejections());
        io.out().printf(Locale.ROOT, "wall %.1f s, %.2f jobs/s%n", r.wall().toMillis() / 1000.0, r.jobsPerSecond());
        io.out().printf(Locale.ROOT, "latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", r.p50().toMillis(),
                r.p95().toMillis(), r.p99().toMillis(), r.max().toMillis());
        io.out().printf(Locale.ROOT, "peak heap %.1f MiB%n", r.peakHeapBytes() / 1048576.0);
    }
}
