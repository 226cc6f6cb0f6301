package io.portalis.orchestrator.cli;

import io.portalis.agents.diagnostics.DiagnosticCode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code portalis explain PTL0001}: a code's title, explanation and an input that triggers it. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Explain a diagnostic code.",
        description = "Explains a diagnostic code (for example PTL0001) with an example.")
final class ExplainCommand implements Callable<Integer> {
    private final CliStreams io;

    @Parameters(paramLabel = "CODE", description = "a diagnostic code such as PTL0001")
    private String code;

    ExplainCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DiagnosticCode found;
        try {
            found = DiagnosticCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            io.err().println("portalis: error: unknown diagnostic code '" + code + "' (codes run from "
                    + DiagnosticCode.values()[0] + " to " + DiagnosticCode.values()[DiagnosticCode.values().length - 1]
                    + ")");
            return CliErrors.USAGE;
        }
        print(found, io.out());
        return 0;
    }

    static void print(DiagnosticCode code, PrintStream out) {
        out.println(code.name() + ": " + code.title());
        out.println();
        out.println(wrap(code.explanation(), 80));
        out.println();
        String example = code.example();
        if (example == null) {
            out.println("There is no Python example: the problem lies outside the source text.");
        } else if (example.isEmpty()) {
            out.println("Example: an empty file.");
        } else {
            out.println("Example:");
            out.println();
            example.lines().forEach(line -> out.println("    " + line));
        }
    }

    /** Breaks prose at spaces so that no line is longer than {@code width} (unless one word is). */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
