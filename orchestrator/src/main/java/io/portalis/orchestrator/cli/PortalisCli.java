package io.portalis.orchestrator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
            return commandLine(io, args).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli handles exceptions from commands; this catches failures while setting it up.
            return CliErrors.internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The commands, in the order {@code portalis --help} lists them. */
    private static final Map<String, Function<CliStreams, Object>> COMMANDS = commands();

    private static Map<String, Function<CliStreams, Object>> commands() {
        Map<String, Function<CliStreams, Object>> all = new LinkedHashMap<>();
        all.put("translate", TranslateCommand::new);
        all.put("run", RunCommand::new);
        all.put("call", CallCommand::new);
        all.put("doctor", DoctorCommand::new);
        all.put("ast", AstCommand::new);
        all.put("explain", ExplainCommand::new);
        all.put("bench-parse", BenchParseCommand::new);
        all.put("bench-humaneval", BenchHumanEvalCommand::new);
        all.put("bench", BenchCommand::new);
        all.put("assess", AssessCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("load", LoadCommand::new);
        all.put("scan", ScanCommand::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * The command line for {@code args}: when they name a command, only that command is built.
     * Picocli reflects over every command's options as it builds it, which costs about 0.2 s of
     * CPU for all of them, paid again by every {@code portalis run} of a short program.
     */
    static CommandLine commandLine(CliStreams io, String[] args) {
        CommandLine cli = new CommandLine(new PortalisCli());
        // Anything else (no command, --help, a misspelt command) needs them all, to list them.
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.apply(io));
            }
        });
        // Everything after the module file belongs to the module, even words starting with '-'.
        CommandLine run = cli.getSubcommands().get("run");
        if (run != null) {
            run.setStopAtPositional(true);
        }
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
