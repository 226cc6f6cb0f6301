package io.portalis.orchestrator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code portalis} command. Exit codes: 0 success, 1 a module or check failed, 2 bad usage;
 * {@code portalis run} exits with the module's own code.
 */
@Command(name = "portalis", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Translates Python programs into Rust and WebAssembly, verified against CPython.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'portalis COMMAND --help' for a command's options."})
public final class PortalisCli implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        // The platform encoding of stdout may be ASCII (POSIX locale); Portalis writes UTF-8.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(args, System.in, out, err));
    }

    /** Runs one command line with the given streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, System.in, out, err);
    }

    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CliStreams io = new CliStreams(in, out, err);
        try {
            return commandLine(io).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli handles exceptions from commands; this catches failures while setting it up.
            return CliErrors.internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(CliStreams io) {
        CommandLine cli = new CommandLine(new PortalisCli());
        cli.addSubcommand("translate", new TranslateCommand(io));
        cli.addSubcommand("run", new RunCommand(io));
        cli.addSubcommand("call", new CallCommand(io));
        cli.addSubcommand("doctor", new DoctorCommand(io));
        cli.addSubcommand("ast", new AstCommand(io));
        cli.addSubcommand("explain", new ExplainCommand(io));
        cli.addSubcommand("bench-parse", new BenchParseCommand(io));
        cli.addSubcommand("bench-humaneval", new BenchHumanEvalCommand(io));
        cli.addSubcommand("bench", new BenchCommand(io));
        cli.addSubcommand("assess", new AssessCommand(io));
        cli.addSubcommand("serve", new ServeCommand(io));
        cli.addSubcommand("load", new LoadCommand(io));
        cli.addSubcommand("scan", new ScanCommand(io));
        // Everything after the module file belongs to the module, even words starting with '-'.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        cli.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler(CliErrors::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> CliErrors.internalError(io.err(), e));
        return cli;
    }

    /** {@code portalis} alone: show what it can do, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.USAGE;
    }
}
