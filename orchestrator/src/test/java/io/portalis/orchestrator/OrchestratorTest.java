package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.JobId;
import io.portalis.agents.Stage;
import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuildRequest;
import io.portalis.build.Target;
import io.portalis.orchestrator.JobEvent.JobFinished;
import io.portalis.orchestrator.JobEvent.StageCompleted;
import io.portalis.orchestrator.JobEvent.StageFailed;
import io.portalis.orchestrator.JobEvent.StageRetried;
import io.portalis.orchestrator.JobEvent.StageStarted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The orchestrator with fake stages: flow, supervision and retries, failure isolation, timeouts. */
class OrchestratorTest {
    static final ActorTestKit testKit = ActorTestKit.create(PortalisConfig.embedded());
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Path OUT = Path.of("out");
    static final Path WORK = Path.of("work");

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    static JobSpec job(String... files) {
        return JobSpec.of(Arrays.stream(files).map(Path::of).toList(),
                new JobOptions(OUT, Target.WASM32_WASI, "chicory", true, WORK));
    }

    static ActorRef<Orchestrator.Command> orchestrator(PipelineStages stages, OrchestratorSettings settings) {
        return testKit.spawn(Orchestrator.create(stages, settings));
    }

    /** Submits the job and returns every event up to and including JobFinished. */
    static List<JobEvent> run(ActorRef<Orchestrator.Command> orchestrator, JobSpec spec, TestProbe<JobResult> replies) {
        TestProbe<JobEvent> events = testKit.createTestProbe();
        orchestrator.tell(new Orchestrator.SubmitJob(spec.withListener(events.getRef()), replies.getRef()));
        List<JobEvent> seen = new ArrayList<>();
        JobEvent event;
        do {
            event = events.receiveMessage(WAIT);
            seen.add(event);
        } while (!(event instanceof JobFinished));
        return seen;
    }

    @Test
    void moduleFlowsThroughAllSixStagesInOrder() {
        FakeStages fakes = new FakeStages();
        TestProbe<JobResult> replies = testKit.createTestProbe();
        List<JobEvent> events = run(orchestrator(fakes.stages(), FakeStages.fastSettings()), job("hello.py"), replies);

        List<Stage> completed = events.stream().filter(StageCompleted.class::isInstance)
                .map(e -> ((StageCompleted) e).stage()).toList();
        assertEquals(List.of(Stage.values()), completed);
        assertTrue(events.stream().filter(StageCompleted.class::isInstance)
                .allMatch(e -> ((StageCompleted) e).succeeded()));
        for (Stage stage : Stage.values()) {
            int started = indexOf(events, e -> e instanceof StageStarted s && s.stage() == stage);
            int done = indexOf(events, e -> e instanceof StageCompleted c && c.stage() == stage);
            assertTrue(started >= 0 && started < done, "started before completed: " + stage);
        }
        assertTrue(events.get(0) instanceof JobEvent.JobStarted);

        JobResult result = replies.receiveMessage(WAIT);
        assertTrue(result.allTranslated());
        ModuleOutcome hello = result.modules().get(0);
        assertEquals(ModuleOutcome.Status.TRANSLATED, hello.status());
        assertEquals(Optional.of(OUT.resolve("hello.wasm")), hello.outputs().binary());
        assertEquals("hello from hello\n", hello.verification().orElseThrow().stdout());
        assertEquals(Stage.values().length, hello.timings().size());
    }

    @Test
    void stageInputsComeFromEarlierOutputsAndJobOptions() {
        FakeStages fakes = new FakeStages();
        TestProbe<JobResult> replies = testKit.createTestProbe();
        JobSpec spec = JobSpec.of(List.of(Path.of("dir/prog.py")),
                new JobOptions(OUT, Target.NATIVE, "wasmtime", false, WORK));
        run(orchestrator(fakes.stages(), FakeStages.fastSettings()), spec, replies);

        assertEquals(Target.NATIVE, fakes.builds.get(0).target());
        assertEquals(WORK.resolve("prog"), fakes.builds.get(0).workDir());
        assertEquals("dir/prog.py", fakes.builds.get(0).pythonFile());
        assertEquals("wasmtime", fakes.verifications.get(0).engine());
        assertFalse(fakes.verifications.get(0).compareWithCPython());
        assertEquals(Path.of("dir/prog.py"), fakes.verifications.get(0).pythonSource());
        assertEquals("prog", fakes.packages.get(0).stem());
        assertTrue(fakes.packages.get(0).verification().isPresent());
        assertTrue(replies.receiveMessage(WAIT).allTranslated());
    }

    @Test
    void stageThatCrashesOnceIsRestartedAndTheJobCompletes() {
        FakeStages fakes = new FakeStages();
        AtomicInteger calls = new AtomicInteger();
        PipelineStages stages = fakes.stages().withTranspile(typed -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("injected fault");
            }
            return FakeStages.transpile(typed);
        });
        TestProbe<JobResult> replies = testKit.createTestProbe();
        List<JobEvent> events = run(orchestrator(stages, FakeStages.fastSettings()), job("hello.py"), replies);

        StageRetried retried = (StageRetried) events.stream().filter(StageRetried.class::isInstance).findFirst()
                .orElseThrow();
        assertEquals(Stage.TRANSPILE, retried.stage());
        assertEquals(2, retried.attempt());
        assertTrue(retried.reason().contains("injected fault"), retried.reason());
        assertEquals(2, calls.get());
        JobResult result = replies.receiveMessage(WAIT);
        assertTrue(result.allTranslated(), result.toString());
        assertTrue(result.modules().get(0).diagnostics().isEmpty());
    }

    /** A typed crate rustc rejects is translated again with dynamic values; the module succeeds with a warning. */
    @Test
    void aTypedCrateThatDoesNotCompileFallsBackToDynamicValues() {
        FakeStages fakes = new FakeStages();
        List<io.portalis.transpiler.TranspileRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        PipelineStages stages = fakes.stages().withTranspile(request -> {
            requests.add(request);
            var crate = FakeStages.transpile(request).value().orElseThrow();
            return StageResult.ok(request.typedAbandoned().isEmpty() ? crate
                    : new io.portalis.agents.artifacts.RustCrate(crate.module(), crate.crateName(), crate.files(),
                            crate.runtime(), crate.sourceMap(), new io.portalis.agents.artifacts.RustCrate.Lowering(
                                    io.portalis.agents.artifacts.RustCrate.Lowering.Kind.DYNAMIC,
                                    List.of(request.typedAbandoned().get()))));
        }).withBuild(request -> request.crate().lowering().dynamic() ? fakes.build(request)
                : StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0201,
                        SourceSpan.wholeFile(request.pythonFile()), "mismatched types")));
        TestProbe<JobResult> replies = testKit.createTestProbe();
        run(orchestrator(stages, FakeStages.fastSettings()), job("typed.py"), replies);

        JobResult result = replies.receiveMessage(WAIT);
        assertTrue(result.allTranslated(), result.toString());
        assertEquals(2, requests.size());
        assertEquals(Optional.empty(), requests.get(0).typedAbandoned());
        assertTrue(requests.get(1).typedAbandoned().orElseThrow().contains("did not compile (PTL0201: mismatched types)"),
                requests.get(1).toString());
        List<Diagnostic> diagnostics = result.modules().get(0).diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertEquals(io.portalis.agents.diagnostics.Severity.WARNING, diagnostics.get(0).severity());
        assertTrue(diagnostics.get(0).message().endsWith("translated with dynamic values instead"),
                diagnostics.get(0).message());
        assertTrue(fakes.verifications.get(0).built().crate().lowering().dynamic());
    }

    /** The fallback happens once: a dynamic crate that fails too fails the module with its own errors. */
    @Test
    void aModuleWhoseDynamicCrateFailsTooFailsOnce() {
        FakeStages fakes = new FakeStages();
        AtomicInteger transpiles = new AtomicInteger();
        PipelineStages stages = fakes.stages().withTranspile(request -> {
            transpiles.incrementAndGet();
            return FakeStages.transpile(request);
        }).withBuild(request -> StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0201,
                SourceSpan.wholeFile(request.pythonFile()), "mismatched types")));
        TestProbe<JobResult> replies = testKit.createTestProbe();
        run(orchestrator(stages, FakeStages.fastSettings()), job("typed.py"), replies);

        JobResult result = replies.receiveMessage(WAIT);
        assertFalse(result.allTranslated());
        assertEquals(2, transpiles.get());
        assertEquals(Optional.of(Stage.BUILD), result.modules().get(0).failedStage());
    }

    @Test
    void stageThatAlwaysCrashesFailsOnlyItsModule() {
        FakeStages fakes = new FakeStages();
        PipelineStages stages = fakes.stages().withAnalysis(parsed -> {
            if (parsed.id().stem().equals("bad")) {
                throw new IllegalStateException("always broken");
            }
            return FakeStages.analyze(parsed);
        });
        TestProbe<JobResult> replies = testKit.createTestProbe();
        List<JobEvent> events = run(orchestrator(stages, FakeStages.fastSettings()), job("bad.py", "good.py"),
                replies);

        JobResult result = replies.receiveMessage(WAIT);
        ModuleOutcome bad = result.modules().get(0);
        ModuleOutcome good = result.modules().get(1);
        assertEquals(ModuleOutcome.Status.FAILED, bad.status());
        assertEquals(Optional.of(Stage.ANALYSIS), bad.failedStage());
        Diagnostic crash = bad.diagnostics().get(0);
        assertEquals(DiagnosticCode.PTL0501, crash.code());
        assertEquals("bad.py: error[PTL0501]: the analysis stage crashed on this module 3 times", crash.headline());
        assertEquals(ModuleOutcome.Status.TRANSLATED, good.status());
        assertEquals(1, result.failedCount());
        // The failed module's report is still written, with the crash in it.
        assertEquals(1, fakes.reports.size());
        assertEquals(List.of(crash), fakes.reports.get(0).diagnostics());
        assertEquals(Optional.of(OUT.resolve("bad.report.json")), bad.outputs().report());
        assertTrue(events.stream().anyMatch(e -> e instanceof StageFailed f && f.stage() == Stage.ANALYSIS
                && f.attempts() == 3));
    }

    @Test
    void hungStageHitsItsTimeout() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeStages fakes = new FakeStages();
        PipelineStages stages = fakes.stages().withBuild(request -> {
            release.await();
            return fakes.build(request);
        });
        OrchestratorSettings settings = FakeStages.fastSettings()
                .withStageTimeout(Stage.BUILD, Duration.ofMillis(300))
                .withMaxAttempts(2);
        try {
            TestProbe<JobResult> replies = testKit.createTestProbe();
            List<JobEvent> events = run(orchestrator(stages, settings), job("slow.py"), replies);

            JobResult result = replies.receiveMessage(WAIT);
            ModuleOutcome slow = result.modules().get(0);
            assertEquals(Optional.of(Stage.BUILD), slow.failedStage());
            Diagnostic timeout = slow.diagnostics().get(0);
            assertEquals(DiagnosticCode.PTL0502, timeout.code());
            assertEquals("slow.py: error[PTL0502]: the build stage did not finish within 300ms (2 attempts)",
                    timeout.headline());
            assertTrue(events.stream().anyMatch(e -> e instanceof StageRetried r && r.stage() == Stage.BUILD
                    && r.reason().equals("no answer within 300ms")));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRetriedBuildDoesNotShareTheDirectoryOfTheAttemptItReplaces() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeStages fakes = new FakeStages();
        PipelineStages stages = fakes.stages().withBuild(request -> {
            if (fakes.builds.isEmpty()) {
                fakes.builds.add(request);
                release.await();
            }
            return fakes.build(request);
        });
        OrchestratorSettings settings = FakeStages.fastSettings()
                .withStageTimeout(Stage.BUILD, Duration.ofMillis(300))
                .withMaxAttempts(2);
        try {
            TestProbe<JobResult> replies = testKit.createTestProbe();
            run(orchestrator(stages, settings), job("slow.py"), replies);

            assertTrue(replies.receiveMessage(WAIT).allTranslated());
            // The first attempt is still blocked in its directory when the second one builds.
            assertEquals(List.of(WORK.resolve("slow"), WORK.resolve("slow-attempt2")),
                    fakes.builds.stream().map(BuildRequest::workDir).toList());
        } finally {
            release.countDown();
        }
    }

    @Test
    void errorDiagnosticStopsTheModuleAndItsReportCarriesIt() {
        FakeStages fakes = new FakeStages();
        Diagnostic syntax = Diagnostic.error(DiagnosticCode.PTL0001, SourceSpan.point("broken.py", 1, 7),
                "'(' was never closed");
        PipelineStages stages = fakes.stages().withIngest(file -> StageResult.failed(syntax));
        TestProbe<JobResult> replies = testKit.createTestProbe();
        List<JobEvent> events = run(orchestrator(stages, FakeStages.fastSettings()), job("broken.py"), replies);

        ModuleOutcome broken = replies.receiveMessage(WAIT).modules().get(0);
        assertEquals(List.of(syntax), broken.diagnostics());
        assertEquals(Optional.of(Stage.INGEST), broken.failedStage());
        assertTrue(fakes.builds.isEmpty());
        assertEquals(List.of(syntax), fakes.reports.get(0).diagnostics());
        assertTrue(events.stream().anyMatch(e -> e instanceof StageCompleted c && !c.succeeded()));
        assertTrue(events.stream().noneMatch(e -> e instanceof StageStarted s && s.stage() == Stage.ANALYSIS));
    }

    @Test
    void modulesRunWithBoundedParallelism() {
        FakeStages fakes = new FakeStages();
        // The first two modules wait in ingest for each other: parallelism 2 must be reached.
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        PipelineStages stages = fakes.stages().withIngest(file -> {
            both.countDown();
            both.await(5, java.util.concurrent.TimeUnit.SECONDS);
            return FakeStages.parse(file);
        });
        TestProbe<JobResult> replies = testKit.createTestProbe();
        OrchestratorSettings settings = FakeStages.fastSettings().withModuleParallelism(2);
        List<JobEvent> events = run(orchestrator(stages, settings),
                job("a.py", "b.py", "c.py", "d.py", "e.py"), replies);

        int inFlight = 0;
        int most = 0;
        for (JobEvent e : events) {
            if (e instanceof StageStarted s && s.stage() == Stage.INGEST && s.attempt() == 1) {
                most = Math.max(most, ++inFlight);
            } else if (e instanceof JobEvent.ModuleFinished) {
                inFlight--;
            }
        }
        assertEquals(2, most);
        JobResult result = replies.receiveMessage(WAIT);
        assertEquals(5, result.translatedCount());
        assertEquals(List.of("a", "b", "c", "d", "e"),
                result.modules().stream().map(m -> m.module().stem()).toList());
    }

    @Test
    void submissionsBeyondTheQueueAreRejected() throws InterruptedException {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FakeStages fakes = new FakeStages();
        PipelineStages stages = fakes.stages().withIngest(file -> {
            release.await();
            return FakeStages.parse(file);
        });
        ActorRef<Orchestrator.Command> orchestrator = orchestrator(stages,
                FakeStages.fastSettings().withJobLimits(1, 1));
        TestProbe<JobResult> replies = testKit.createTestProbe();
        try {
            JobSpec running = job("one.py");
            JobSpec queued = job("two.py");
            JobSpec rejected = job("three.py");
            orchestrator.tell(new Orchestrator.SubmitJob(running, replies.getRef()));
            orchestrator.tell(new Orchestrator.SubmitJob(queued, replies.getRef()));
            orchestrator.tell(new Orchestrator.SubmitJob(rejected, replies.getRef()));

            JobResult first = replies.receiveMessage(WAIT);
            assertEquals(rejected.id(), first.job());
            assertEquals(JobResult.Status.REJECTED, first.status());
            assertTrue(first.rejection().orElseThrow().contains("busy"), first.rejection().get());
            release.countDown();
            assertEquals(running.id(), replies.receiveMessage(WAIT).job());
            JobResult last = replies.receiveMessage(WAIT);
            assertEquals(queued.id(), last.job());
            assertTrue(last.allTranslated());
        } finally {
            release.countDown();
        }
    }

    @Test
    void duplicateStemsAndEmptyJobsAreHandled() {
        ActorRef<Orchestrator.Command> orchestrator = orchestrator(new FakeStages().stages(),
                FakeStages.fastSettings());
        TestProbe<JobResult> replies = testKit.createTestProbe();
        orchestrator.tell(new Orchestrator.SubmitJob(job("a/x.py", "b/x.py"), replies.getRef()));
        JobResult duplicate = replies.receiveMessage(WAIT);
        assertEquals(JobResult.Status.REJECTED, duplicate.status());
        assertTrue(duplicate.rejection().orElseThrow().contains("`x`"));

        JobSpec empty = new JobSpec(new JobId("empty"), List.of(), job().options(), Optional.empty());
        orchestrator.tell(new Orchestrator.SubmitJob(empty, replies.getRef()));
        JobResult done = replies.receiveMessage(WAIT);
        assertEquals(JobResult.Status.COMPLETED, done.status());
        assertTrue(done.modules().isEmpty());
    }

    private static int indexOf(List<JobEvent> events, java.util.function.Predicate<JobEvent> test) {
        for (int i = 0; i < events.size(); i++) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
