package io.portalis.orchestrator.cli;

import io.portalis.orchestrator.assess.Assessment;
import io.portalis.orchestrator.assess.AssessmentHtml;
import io.portalis.orchestrator.assess.AssessmentJson;
import io.portalis.orchestrator.assess.AssessmentText;
import io.portalis.orchestrator.assess.Assessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis assess DIR}: how much of a codebase translates today, without building
 * anything. Exit 0 whatever the verdicts (it is a report); 2 when DIR is not a directory.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Assess how much of a codebase translates, without building.",
        description = {"Runs every module under DIR through ingest, analysis and the transpiler (no build, no run) "
            + "and classifies it: translatable, needs work (constructs or project imports Portalis does not "
            + "translate yet) or blocked (does not parse, runs Python source with eval/exec, or imports a "
            + "module neither DIR nor the runtime provides). Modules are listed in migration order, each after "
            + "the project modules it imports."})
final class AssessCommand implements Callable<Integer> {
    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the codebase's root directory")
    private Path dir;

    @Option(names = "--json", description = "print the assessment as one JSON object instead of text")
    private boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the assessment as an HTML page to FILE")
    private Path html;

    @Option(names = "--jobs", defaultValue = "2", paramLabel = "N",
            description = "modules assessed at once (default: ${DEFAULT-VALUE})")
    private int jobs;

    @Option(names = "--module-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "give up on one module after this long (default: ${DEFAULT-VALUE})")
    private int moduleTimeout;

    AssessCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Files.exists(dir) ? dir + " is not a directory" : "no such directory: " + dir);
        }
        if (jobs < 1 || moduleTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs and --module-timeout must be at least 1");
        }
        Assessment assessment = new Assessor(jobs, Duration.ofSeconds(moduleTimeout)).assess(dir);
        if (html != null) {
            Path parent = html.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(html, AssessmentHtml.render(assessment), StandardCharsets.UTF_8);
        }
        if (json) {
            io.out().println(AssessmentJson.toJson(assessment).toPrettyString());
        } else {
            AssessmentText.print(assessment, io.out());
        }
        return 0;
    }
}
