package io.portalis.orchestrator;

import io.portalis.agents.Stage;
import io.portalis.agents.StageResult;
import io.portalis.agents.actor.StageActor;
import io.portalis.agents.artifacts.ArtifactRef;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.analysis.TypedModule;
import io.portalis.build.BuildRequest;
import io.portalis.build.BuiltModule;
import io.portalis.ingest.ParsedModule;
import io.portalis.orchestrator.JobEvent.StageCompleted;
import io.portalis.orchestrator.JobEvent.StageFailed;
import io.portalis.orchestrator.JobEvent.StageRetried;
import io.portalis.orchestrator.JobEvent.StageStarted;
import io.portalis.packaging.PackageRequest;
import io.portalis.packaging.PackagedModule;
import io.portalis.testing.Verification;
import io.portalis.testing.VerifyRequest;
import io.portalis.transpiler.TranspileRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * Moves one module through ingest → analysis → transpile → build → test → package, building each
 * stage's input from what earlier stages produced. Each attempt is an ask with the stage's
 * timeout: a {@code Crashed} reply or no reply re-sends the work as the next attempt, up to
 * {@code max-attempts}; then the module fails with PTL0501 or PTL0502. A module that fails at a
 * stage still gets its report written (the {@link Step#REPORT} step) before the runner stops.
 */
final class ModuleRunner extends AbstractBehavior<ModuleRunner.Command> {

    sealed interface Command permits StepReplied, StepTimedOut {}

    private record StepReplied(Step step, int attempt, StageActor.Reply<?> reply) implements Command {}

    private record StepTimedOut(Step step, int attempt) implements Command {}

    /** The pipeline's stages in order, then the report written for a module that failed. */
    enum Step {
        INGEST(Stage.INGEST),
        ANALYSIS(Stage.ANALYSIS),
        TRANSPILE(Stage.TRANSPILE),
        BUILD(Stage.BUILD),
        TEST(Stage.TEST),
        PACKAGE(Stage.PACKAGE),
        REPORT(Stage.PACKAGE);

        final Stage stage;

        Step(Stage stage) {
            this.stage = stage;
        }
    }

    private final ModuleTask task;
    private final StageRefs stages;
    private final OrchestratorSettings settings;
    private final ActorRef<JobRunner.ModuleDone> parent;

    private Step step = Step.INGEST;
    private int attempt;
    private long stepStartedNanos;
    private Optional<Stage> failedStage = Optional.empty();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Stage, Duration> timings = new EnumMap<>(Stage.class);

    // What the stages produced so far; null until the stage has run.
    private ParsedModule parsed;
    private TypedModule typed;
    private RustCrate crate;
    private BuiltModule built;
    private Verification verification;
    private PackagedModule packaged;
    private Path report;
    /** Why the typed crate was given up for dynamic values (it failed to build or to match CPython); null while it holds. */
    private String typedAbandoned;

    private ModuleRunner(ActorContext<Command> context, ModuleTask task, StageRefs stages,
            OrchestratorSettings settings, ActorRef<JobRunner.ModuleDone> parent) {
        super(context);
        this.task = task;
        this.stages = stages;
        this.settings = settings;
        this.parent = parent;
    }

    static Behavior<Command> create(ModuleTask task, StageRefs stages, OrchestratorSettings settings,
            ActorRef<JobRunner.ModuleDone> parent) {
        return Behaviors.setup(context -> new ModuleRunner(context, task, stages, settings, parent).begin(Step.INGEST));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(StepReplied.class, this::onReplied)
                .onMessage(StepTimedOut.class, this::onTimedOut)
                .build();
    }

    private Behavior<Command> begin(Step next) {
        step = next;
        attempt = 1;
        stepStartedNanos = System.nanoTime();
        if (step == Step.BUILD && typedAbandoned == null) {
            Optional<BuiltModule> resumed = builtBefore();
            if (resumed.isPresent()) {
                built = resumed.get();
                task.publish(new StageCompleted(task.job(), task.input().module(), Stage.BUILD, 0, true, elapsed(),
                        task.builtBefore()));
                return begin(next(Step.BUILD));
            }
        }
        send();
        return this;
    }

    /**
     * The binary a run before a crash built for this module, restored from the store: a resumed
     * job does not build it again. Ingest, analysis and transpile are redone (they take
     * milliseconds and their products live in memory); the crate they give is the same.
     */
    private Optional<BuiltModule> builtBefore() {
        if (task.builtBefore().isEmpty() || task.store().isEmpty()) {
            return Optional.empty();
        }
        JobOptions options = task.options();
        Path binary = options.workDir().resolve(task.input().stem()).resolve("resumed")
                .resolve(task.input().stem() + (options.target() == io.portalis.build.Target.NATIVE ? "" : ".wasm"));
        try {
            return task.store().get().restoreBinary(task.builtBefore().get(), binary)
                    .map(rustc -> new BuiltModule(task.input().module(), options.target(), binary, crate, rustc));
        } catch (java.io.IOException e) {
            getContext().getLog().warn("cannot restore the binary of {}; building it again", task.displayName(), e);
            return Optional.empty();
        }
    }

    /** Keeps a fresh build's binary in the store, so that a job resumed after a crash need not build it again. */
    private Optional<ArtifactRef> keepBinary() {
        if (step != Step.BUILD || built == null || task.store().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.store().get().keepBinary(built.binary(), built.rustcVersion()));
        } catch (java.io.IOException | RuntimeException e) {
            getContext().getLog().warn("cannot keep the binary of {}", task.displayName(), e);
            return Optional.empty();
        }
    }

    private void send() {
        if (step != Step.REPORT) {
            task.publish(new StageStarted(task.job(), task.input().module(), step.stage, attempt));
        }
        JobOptions options = task.options();
        switch (step) {
            case INGEST -> ask(stages.ingest(), task.input().source());
            case ANALYSIS -> ask(stages.analysis(), parsed);
            case TRANSPILE -> ask(stages.transpile(), transpileRequest());
            case BUILD -> ask(stages.build(), new BuildRequest(crate, options.target(), buildDir(), task.displayName()));
            case TEST -> ask(stages.test(),
                    new VerifyRequest(built, task.sourcePath(), options.verify(), options.engine(), options.data(),
                            options.env(), options.stdin()));
            case PACKAGE -> ask(stages.pack(), new PackageRequest(options.outDir(), task.input().stem(),
                    task.sourcePath(), built, Optional.ofNullable(verification), List.copyOf(diagnostics)));
            case REPORT -> ask(stages.reportFailure(),
                    new FailureReport(options.outDir(), task.input().stem(), task.sourcePath(), diagnostics));
        }
    }

    /**
     * Where this attempt builds. A retry after a timeout builds beside the attempt it replaces,
     * never in its directory: that attempt may still be running rustc there, and would delete
     * or overwrite the retry's crate (rustc then fails with "Current directory is invalid").
     */
    private Path buildDir() {
        String stem = task.input().stem();
        Path first = task.options().workDir().resolve(stem);
        return attempt == 1 ? first : first.resolveSibling(stem + "-attempt" + attempt);
    }

    /** One attempt: the reply, or the timeout, comes back tagged with the step and attempt it answers. */
    @SuppressWarnings("unchecked")
    private <I, O> void ask(ActorRef<StageActor.Command<I, O>> stage, I input) {
        Step asked = step;
        int askedAttempt = attempt;
        Class<StageActor.Reply<O>> replyClass = (Class<StageActor.Reply<O>>) (Class<?>) StageActor.Reply.class;
        getContext().ask(replyClass, stage, settings.timeout(asked.stage),
                replyTo -> new StageActor.Run<>(task.job(), askedAttempt, input, replyTo),
                (reply, failure) -> reply != null
                        ? new StepReplied(asked, askedAttempt, reply)
                        : new StepTimedOut(asked, askedAttempt));
    }

    private Behavior<Command> onReplied(StepReplied replied) {
        if (replied.step() != step || replied.attempt() != attempt) {
            return this;
        }
        return switch (replied.reply()) {
            case StageActor.Completed<?> completed -> onCompleted(completed.result());
            case StageActor.Crashed<?> crashed -> retryOrFail(crashed.reason(), false);
        };
    }

    private Behavior<Command> onTimedOut(StepTimedOut timedOut) {
        if (timedOut.step() != step || timedOut.attempt() != attempt) {
            return this;
        }
        return retryOrFail("no answer within " + StageFaults.describe(settings.timeout(step.stage)), true);
    }

    private TranspileRequest transpileRequest() {
        TranspileRequest request = task.options().library() ? TranspileRequest.library(typed)
                : TranspileRequest.program(typed);
        return typedAbandoned == null ? request : request.withoutTypedLowering(typedAbandoned);
    }

    private Behavior<Command> onCompleted(StageResult<?> result) {
        if (!result.succeeded() && typedFailed(result)) {
            return retryDynamic(result);
        }
        diagnostics.addAll(result.diagnostics());
        result.value().ifPresent(this::keep);
        if (step == Step.REPORT) {
            return finish();
        }
        Duration elapsed = elapsed();
        timings.put(step.stage, elapsed);
        task.publish(new StageCompleted(task.job(), task.input().module(), step.stage, attempt, result.succeeded(),
                elapsed, result.succeeded() ? keepBinary() : Optional.empty()));
        if (!result.succeeded()) {
            if (!result.hasErrors()) {
                diagnostics.add(StageFaults.noResult(task.displayName(), step.stage));
            }
            return failAt(step.stage);
        }
        return step == Step.PACKAGE ? finish() : begin(next(step));
    }

    /**
     * A typed crate that rustc rejects, or whose program does not reproduce CPython's run, is a
     * fault of the typed lowering, not of the user's program: the dynamic lowering, which covers
     * more of Python, gets its chance before the module fails.
     */
    private boolean typedFailed(StageResult<?> result) {
        if (typedAbandoned != null || crate == null || crate.lowering().dynamic()) {
            return false;
        }
        var codes = result.diagnostics().stream().map(Diagnostic::code).toList();
        return switch (step) {
            case BUILD -> codes.contains(io.portalis.agents.diagnostics.DiagnosticCode.PTL0201);
            case TEST -> codes.contains(io.portalis.agents.diagnostics.DiagnosticCode.PTL0301)
                    || codes.contains(io.portalis.agents.diagnostics.DiagnosticCode.PTL0302);
            default -> false;
        };
    }

    private Behavior<Command> retryDynamic(StageResult<?> result) {
        Diagnostic first = result.diagnostics().stream()
                .filter(d -> d.severity() == io.portalis.agents.diagnostics.Severity.ERROR).findFirst()
                .orElse(result.diagnostics().getFirst());
        String stage = step == Step.BUILD ? "did not compile" : "did not reproduce CPython's run";
        typedAbandoned = "the typed translation " + stage + " (" + first.code() + ": " + first.message() + ")";
        diagnostics.add(Diagnostic.warning(first.code(), first.span(), typedAbandoned
                        + "; translated with dynamic values instead")
                .withHelp("this is a gap in Portalis's typed lowering; please report it with the input file"));
        timings.put(step.stage, elapsed());
        task.publish(new StageCompleted(task.job(), task.input().module(), step.stage, attempt, false, elapsed(),
                Optional.empty()));
        built = null;
        verification = null;
        return begin(Step.TRANSPILE);
    }

    /**
     * The step after {@code done}; the test stage is skipped when the options say not to run, and
     * for libraries, which have no program run to compare with CPython's.
     */
    private Step next(Step done) {
        Step next = Step.values()[done.ordinal() + 1];
        boolean skipTest = !task.options().run() || task.options().library();
        return next == Step.TEST && skipTest ? Step.PACKAGE : next;
    }

    private Behavior<Command> retryOrFail(String reason, boolean timedOut) {
        if (attempt < settings.maxAttempts()) {
            attempt++;
            if (step != Step.REPORT) {
                task.publish(new StageRetried(task.job(), task.input().module(), step.stage, attempt, reason));
            }
            send();
            return this;
        }
        diagnostics.add(timedOut
                ? StageFaults.timedOut(task.displayName(), step.stage, attempt, settings.timeout(step.stage))
                : StageFaults.crashed(task.displayName(), step.stage, attempt, reason));
        if (step == Step.REPORT) {
            return finish();
        }
        timings.put(step.stage, elapsed());
        task.publish(new StageFailed(task.job(), task.input().module(), step.stage, attempt, reason));
        return failAt(step.stage);
    }

    private Behavior<Command> failAt(Stage stage) {
        failedStage = Optional.of(stage);
        return begin(Step.REPORT);
    }

    /** Keeps what a stage produced; a failed test stage may still say what the translation printed. */
    private void keep(Object value) {
        switch (step) {
            case INGEST -> parsed = (ParsedModule) value;
            case ANALYSIS -> typed = (TypedModule) value;
            case TRANSPILE -> crate = (RustCrate) value;
            case BUILD -> built = (BuiltModule) value;
            case TEST -> verification = (Verification) value;
            case PACKAGE -> packaged = (PackagedModule) value;
            case REPORT -> report = (Path) value;
        }
    }

    private Behavior<Command> finish() {
        boolean translated = failedStage.isEmpty() && packaged != null;
        ModuleOutcome.Outputs outputs = packaged != null
                ? new ModuleOutcome.Outputs(Optional.of(packaged.binary()), Optional.of(packaged.crateDir()),
                        Optional.of(packaged.report()))
                : new ModuleOutcome.Outputs(Optional.empty(), Optional.empty(), Optional.ofNullable(report));
        ModuleOutcome outcome = new ModuleOutcome(task.input().module(), task.sourcePath(),
                translated ? ModuleOutcome.Status.TRANSLATED : ModuleOutcome.Status.FAILED, failedStage, diagnostics,
                outputs, Optional.ofNullable(verification).map(VerificationSummary::of), timings);
        parent.tell(new JobRunner.ModuleDone(task.index(), outcome));
        return Behaviors.stopped();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - stepStartedNanos);
    }
}
