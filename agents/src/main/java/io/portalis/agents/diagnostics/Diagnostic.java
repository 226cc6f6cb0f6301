package io.portalis.agents.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found in the user's input, in the style of rustc's diagnostics: a catalogued
 * code, a severity, a message that stands alone (lowercase, no final period), a primary
 * label, secondary labels, notes and an optional help line.
 */
public record Diagnostic(
        DiagnosticCode code,
        Severity severity,
        String message,
        Label primary,
        List<Label> secondary,
        List<String> notes,
        Optional<String> help) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(primary, "primary");
        secondary = List.copyOf(secondary);
        notes = List.copyOf(notes);
        Objects.requireNonNull(help, "help");
    }

    public static Diagnostic error(DiagnosticCode code, SourceSpan span, String message) {
        return new Diagnostic(code, Severity.ERROR, message, new Label(span, ""), List.of(), List.of(),
                Optional.empty());
    }

    public static Diagnostic warning(DiagnosticCode code, SourceSpan span, String message) {
        return new Diagnostic(code, Severity.WARNING, message, new Label(span, ""), List.of(), List.of(),
                Optional.empty());
    }

    public SourceSpan span() {
        return primary.span();
    }

    public Diagnostic withHelp(String text) {
        return new Diagnostic(code, severity, message, primary, secondary, notes, Optional.of(text));
    }

    public Diagnostic withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Diagnostic(code, severity, message, primary, secondary, more, help);
    }

    public Diagnostic withLabel(String text) {
        return new Diagnostic(code, severity, message, new Label(primary.span(), text), secondary, notes, help);
    }

    /** The one line that names everything: {@code file:line:col: error[PTL0001]: message}. */
    public String headline() {
        return span().location() + ": " + severity.label() + "[" + code.name() + "]: " + message;
    }
}
