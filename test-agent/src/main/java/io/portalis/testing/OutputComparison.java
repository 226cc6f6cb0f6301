package io.portalis.testing;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares a translation's run with CPython's: stdout byte for byte and the exit code
 * (DESIGN.md §6). Standard error is not compared, since tracebacks name files and lines that a
 * translation cannot reproduce; it is shown when the exit codes differ, because it usually
 * says why.
 */
final class OutputComparison {
    private static final int MAX_LINE = 200;
    private static final int MAX_STDERR = 1500;

    private OutputComparison() {}

    /** Empty when the runs agree; otherwise a {@code PTL0301} error saying what differs. */
    static Optional<Diagnostic> compare(ProgramRun expected, ProgramRun actual, String pythonFile) {
        boolean sameOut = Arrays.equals(expected.stdout(), actual.stdout());
        boolean sameCode = expected.exitCode() == actual.exitCode();
        if (sameOut && sameCode) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!sameOut) {
            parts.add(describeStdout(expected.stdout(), actual.stdout(), notes));
        }
        if (!sameCode) {
            parts.add("exit code " + actual.exitCode() + " differs from CPython's " + expected.exitCode());
            notes.add("translation's stderr:\n" + tail(actual.stderrText().stripTrailing()));
            notes.add("CPython's stderr:\n" + tail(expected.stderrText().stripTrailing()));
        }
        Diagnostic d = Diagnostic.error(DiagnosticCode.PTL0301, SourceSpan.wholeFile(pythonFile),
                String.join(", and ", parts));
        for (String note : notes) {
            d = d.withNote(note);
        }
        return Optional.of(d);
    }

    private static String describeStdout(byte[] expected, byte[] actual, List<String> notes) {
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : null;
            String g = i < got.size() ? got.get(i) : null;
            if (w == null || !w.equals(g)) {
                notes.add("expected (CPython) line " + (i + 1) + ": " + (w == null ? "<no line>" : quote(w)));
                notes.add("actual (translation) line " + (i + 1) + ": " + (g == null ? "<no line>" : quote(g)));
                notes.add("CPython printed " + want.size() + " line(s), the translation " + got.size());
                return "stdout differs from CPython at line " + (i + 1);
            }
        }
        // Same text line by line, different bytes: invalid UTF-8 or a different byte sequence
        // that decodes alike.
        int at = Arrays.mismatch(expected, actual);
        notes.add("the outputs decode to the same text but differ in their bytes");
        return "stdout differs from CPython at byte " + at;
    }

    /** Lines including their terminator, so a missing final newline is a difference. */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** A visible rendering: quotes, escapes for control characters, long lines cut. */
    static String quote(String s) {
        String cut = s.length() > MAX_LINE ? s.substring(0, MAX_LINE) + "…" : s;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    static String tail(String text) {
        return text.length() <= MAX_STDERR ? text : "…" + text.substring(text.length() - MAX_STDERR);
    }
}
