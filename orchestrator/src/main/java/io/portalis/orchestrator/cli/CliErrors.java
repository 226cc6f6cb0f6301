package io.portalis.orchestrator.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** How the CLI reports usage errors (exit 2) and its own bugs (exit 1): one line, no stack trace. */
final class CliErrors {
    static final int USAGE = 2;
    static final int FAILED = 1;

    private CliErrors() {}

    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("portalis: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    /** An exception escaped a command: a bug in Portalis, reported on one line with a hint. */
    static int internalError(PrintStream err, Throwable e) {
        err.println("portalis: internal error: " + describe(e));
        err.println("hint: this is a bug in Portalis; please report it with the command line and input files"
                + " (run with -Dportalis.debug=true for the stack trace)");
        if (Boolean.getBoolean("portalis.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
