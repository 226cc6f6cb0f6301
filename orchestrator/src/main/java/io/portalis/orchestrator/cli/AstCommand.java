package io.portalis.orchestrator.cli;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticRenderer;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.dump.AstDumper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portalis ast}: the syntax tree exactly as CPython 3.12's
 * {@code ast.dump(ast.parse(src), include_attributes=True)} prints it, for one file or, in one JVM,
 * for every {@code *.py} under a directory.
 */
@Command(name = "ast", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Print Python syntax trees as CPython 3.12's ast.dump does.",
        description = "Prints Python syntax trees exactly as CPython 3.12's ast.dump(ast.parse(src), "
            + "include_attributes=True) does (followed by a newline).")
final class AstCommand implements Callable<Integer> {
    private final CliStreams io;
    private final IngestAgent ingest = new IngestAgent();

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Mode mode;

    static final class Mode {
        @Option(names = "--dump", paramLabel = "FILE", description = "print FILE's tree on stdout")
        Path file;

        @Option(names = "--dump-dir", arity = "2", paramLabel = "DIR", description = {
            "SRC_DIR OUT_DIR: write OUT_DIR/<path>.dump for every <path>.py under SRC_DIR;",
            "errors are reported per file on stderr, exit 1 if any file failed"})
        List<Path> dirs;
    }

    AstCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        return mode.file != null ? dumpFile(mode.file) : dumpDir(mode.dirs.get(0), mode.dirs.get(1));
    }

    private int dumpFile(Path file) {
        StageResult<ParsedModule> parsed = ingest.ingest(SourceFile.of(file), IngestAgent.EmptyFiles.ACCEPT);
        printDiagnostics(parsed.diagnostics(), file);
        if (!parsed.succeeded()) {
            return CliErrors.FAILED;
        }
        ParsedModule module = parsed.value().orElseThrow();
        io.out().print(AstDumper.dump(module.tree(), module.lines()) + "\n");
        io.out().flush();
        return 0;
    }

    private int dumpDir(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + source + "' is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        }
        int failed = 0;
        for (Path file : files) {
            if (!dumpOne(file, target.resolve(dumpName(source.relativize(file))))) {
                failed++;
            }
        }
        io.err().println("portalis: dumped " + (files.size() - failed) + " of " + files.size() + " files"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed == 0 ? 0 : CliErrors.FAILED;
    }

    /** One file of a directory dump; a bug on one file is reported and the walk goes on. */
    private boolean dumpOne(Path file, Path dump) {
        try {
            StageResult<ParsedModule> parsed = ingest.ingest(SourceFile.of(file), IngestAgent.EmptyFiles.ACCEPT);
            printDiagnostics(parsed.diagnostics(), file);
            if (!parsed.succeeded()) {
                return false;
            }
            ParsedModule module = parsed.value().orElseThrow();
            String text = AstDumper.dump(module.tree(), module.lines()) + "\n";
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            io.err().println(dump + ": error: cannot write the dump: " + CliErrors.describe(e));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            io.err().println(file + ": internal error: " + CliErrors.describe(e));
            return false;
        }
    }

    private static String dumpName(Path relative) {
        String text = relative.toString();
        return text.substring(0, text.length() - ".py".length()) + ".dump";
    }

    private void printDiagnostics(List<Diagnostic> diagnostics, Path file) {
        List<String> lines = diagnostics.isEmpty() ? List.of() : sourceLines(file);
        for (Diagnostic d : diagnostics) {
            io.err().print(DiagnosticRenderer.render(d, lines));
        }
    }

    private static List<String> sourceLines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | OutOfMemoryError e) {
            return List.of();
        }
    }
}
