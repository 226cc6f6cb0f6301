package io.portalis.orchestrator.cli;

import io.portalis.agents.Stage;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.Severity;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.VerificationSummary;
import java.util.Optional;

/**
 * How one HumanEval program ended, read off its {@link ModuleOutcome}: the furthest stage it
 * reached and, for a failure, a one-line reason. {@link Kind#WRONG_OUTPUT} is the case the issue
 * forbids: the translation ran to completion (exit 0) and printed something CPython did not.
 */
record HumanEvalVerdict(String task, Kind kind, String reason) {

    enum Kind {
        /** Rejected before Rust existed: ingest, analysis or transpile. */
        TRANSLATE,
        /** Rust was generated but did not compile to wasm32-wasi. */
        BUILD,
        /** Built, but the module trapped, timed out or raised (exit code ≠ 0). */
        RUN,
        /** Built and ran, and the test's {@code assert} failed: the translation computed a wrong answer. */
        ASSERTION,
        /** Ran to completion with stdout or exit code different from CPython's. */
        WRONG_OUTPUT,
        PASS;

        boolean translated() {
            return this != TRANSLATE;
        }

        boolean built() {
            return translated() && this != BUILD;
        }

        String label() {
            return name().replace('_', ' ');
        }
    }

    static HumanEvalVerdict of(String task, ModuleOutcome outcome) {
        Optional<VerificationSummary> run = outcome.verification();
        if (outcome.failedStage().isEmpty()) {
            int exit = run.map(VerificationSummary::exitCode).orElse(0);
            if (exit == 0) {
                return new HumanEvalVerdict(task, Kind.PASS, "");
            }
            HumanEvalVerdict failed = ranAndFailed(task, run.get());
            String same = run.get().comparedWithCPython() ? " (CPython fails the same way)" : "";
            return new HumanEvalVerdict(task, failed.kind(), failed.reason() + same);
        }
        Stage stage = outcome.failedStage().get();
        return switch (stage) {
            case INGEST, ANALYSIS, TRANSPILE -> new HumanEvalVerdict(task, Kind.TRANSLATE,
                    stage.label() + ": " + firstError(outcome));
            case BUILD -> new HumanEvalVerdict(task, Kind.BUILD, "build: " + firstError(outcome));
            case TEST -> run.map(r -> r.exitCode() == 0
                            ? new HumanEvalVerdict(task, Kind.WRONG_OUTPUT, "exit 0 but " + firstError(outcome))
                            : ranAndFailed(task, r))
                    .orElse(new HumanEvalVerdict(task, Kind.RUN, "run: " + firstError(outcome)));
            case PACKAGE -> new HumanEvalVerdict(task, Kind.RUN, "package: " + firstError(outcome));
        };
    }

    private static HumanEvalVerdict ranAndFailed(String task, VerificationSummary run) {
        String last = lastLine(run.stderr());
        Kind kind = last.startsWith("AssertionError") ? Kind.ASSERTION : Kind.RUN;
        return new HumanEvalVerdict(task, kind, "run: exit " + run.exitCode() + ": " + last);
    }

    /** The headline of the first error, else of the first diagnostic at all. */
    static String firstError(ModuleOutcome outcome) {
        return outcome.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .or(() -> outcome.diagnostics().stream().findFirst())
                .map(Diagnostic::headline).map(HumanEvalVerdict::firstLine).orElse("no diagnostic");
    }

    /** A traceback's last line names the exception: {@code TypeName: message}. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no stderr)" : lines[lines.length - 1].strip();
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The same verdict with {@code prefix} (the programs' directory) taken out of the reason. */
    HumanEvalVerdict relativeTo(String prefix) {
        return new HumanEvalVerdict(task, kind, reason.replace(prefix, ""));
    }

    String line() {
        return kind == Kind.PASS ? "PASS " + task : kind.label() + " " + task + ": " + reason;
    }
}
