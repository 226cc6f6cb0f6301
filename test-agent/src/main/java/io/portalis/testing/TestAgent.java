package io.portalis.testing;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuiltModule;
import io.portalis.build.process.ExternalProcess;
import io.portalis.testing.engine.DirGrant;
import io.portalis.testing.engine.EnvGrants;
import io.portalis.testing.engine.Sandbox;
import io.portalis.testing.engine.WasmEngine;
import io.portalis.testing.engine.WasmEngine.WasmRunException;
import io.portalis.testing.engine.WasmEngines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The test stage: runs the translation (in a WASM engine, or as a process for native builds)
 * and the original program under CPython, with empty input and no arguments, each in a fresh
 * scratch working directory (the module gets it as its only directory, {@code "."}) holding
 * copies of the request's data files, with the same environment
 * ({@link CPython#programEnvironment} of the request's grants), and compares stdout and exit
 * code. A difference is an error: a translation is never shipped wrong
 * (DESIGN.md §2, "No silent wrong answers").
 */
public final class TestAgent {
    private final TestSettings settings;
    private final Supplier<Optional<CPython>> cpython;

    public TestAgent() {
        this(TestSettings.defaults());
    }

    public TestAgent(TestSettings settings) {
        this(settings, CPython::find);
    }

    /** With {@code cpython} deciding which interpreter to compare with (tests pass a fixed one, or none). */
    public TestAgent(TestSettings settings, Supplier<Optional<CPython>> cpython) {
        this.settings = settings;
        this.cpython = cpython;
    }

    public StageResult<Verification> verify(VerifyRequest request) {
        String file = request.pythonSource().toString();
        Path scratch;
        try {
            scratch = ScratchDirs.create("portalis-run-", request.data());
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0302, SourceSpan.wholeFile(file),
                    "cannot prepare the scratch directory the translation runs in: " + e.getMessage()));
        }
        try {
            return verifyIn(request, file, scratch);
        } finally {
            ScratchDirs.delete(scratch);
        }
    }

    private StageResult<Verification> verifyIn(VerifyRequest request, String file, Path scratch) {
        Map<String, String> env;
        try {
            env = CPython.programEnvironment(EnvGrants.resolve(request.env(), System.getenv()));
        } catch (IllegalArgumentException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0302, SourceSpan.wholeFile(file),
                    "cannot run the translation: " + e.getMessage()));
        }
        byte[] input;
        try {
            input = request.stdin().isPresent() ? Files.readAllBytes(request.stdin().get()) : new byte[0];
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0302, SourceSpan.wholeFile(file),
                    "cannot read the standard input for the runs: " + e.getMessage()));
        }
        StageResult<ProgramRun> translated = runTranslation(request, file, scratch, env, input);
        if (translated.value().isEmpty()) {
            return StageResult.failed(translated.diagnostics());
        }
        ProgramRun run = translated.value().get();
        if (!request.compareWithCPython()) {
            return StageResult.ok(new Verification(run, Optional.empty(), false));
        }
        Optional<CPython> python = cpython.get();
        if (python.isEmpty()) {
            return StageResult.of(new Verification(run, Optional.empty(), false), List.of(
                    Diagnostic.warning(DiagnosticCode.PTL0303, SourceSpan.wholeFile(file),
                            "cpython was not found, so the translation was not compared with it")
                            .withHelp("install python3, or set " + CPython.PYTHON_ENV + " to an interpreter")));
        }
        return compare(run, python.get(), request, env, input);
    }

    private StageResult<Verification> compare(ProgramRun run, CPython python, VerifyRequest request,
                                              Map<String, String> env, byte[] input) {
        Path source = request.pythonSource();
        String file = source.toString();
        ExternalProcess.Outcome reference;
        Path scratch = null;
        try {
            scratch = ScratchDirs.create("portalis-cpython-", request.data());
            reference = python.runWithOutcome(source, settings.cpythonTimeout(), scratch, env, input);
        } catch (IOException e) {
            return notCompared(run, file, "cpython could not run the program: " + e.getMessage());
        } finally {
            ScratchDirs.delete(scratch);
        }
        if (reference.timedOut()) {
            return notCompared(run, file, "cpython did not finish the program within "
                    + settings.cpythonTimeout().toSeconds() + "s, so the translation was not compared with it");
        }
        ProgramRun expected = CPython.toProgramRun(reference);
        Optional<Diagnostic> difference = OutputComparison.compare(expected, run, file);
        Verification verification = new Verification(run, Optional.of(expected), difference.isEmpty(),
                Optional.of(python.version()));
        return StageResult.of(verification, difference.stream().toList());
    }

    private static StageResult<Verification> notCompared(ProgramRun run, String file, String why) {
        return StageResult.of(new Verification(run, Optional.empty(), false),
                List.of(Diagnostic.warning(DiagnosticCode.PTL0303, SourceSpan.wholeFile(file), why)));
    }

    private StageResult<ProgramRun> runTranslation(VerifyRequest request, String file, Path scratch,
                                                   Map<String, String> env, byte[] input) {
        BuiltModule built = request.built();
        return switch (built.target()) {
            case WASM32_WASI -> runWasm(built, request.engine(), file, scratch, env, input);
            case NATIVE -> runNative(built, file, scratch, env, input);
        };
    }

    private StageResult<ProgramRun> runWasm(BuiltModule built, String engineName, String file, Path scratch,
                                            Map<String, String> env, byte[] input) {
        WasmEngine engine;
        try {
            engine = WasmEngines.byName(engineName);
        } catch (IllegalArgumentException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0302, SourceSpan.wholeFile(file),
                    "cannot run the translation: " + e.getMessage()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try {
            byte[] wasm = Files.readAllBytes(built.binary());
            int code = engine.run(wasm, built.binary().getFileName().toString(), List.of(),
                    new ByteArrayInputStream(input), out, err, settings.runTimeout(),
                    new Sandbox(List.of(new DirGrant(scratch, ".")), env));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return StageResult.ok(new ProgramRun(code, out.toByteArray(), err.toByteArray(), elapsed));
        } catch (WasmRunException e) {
            return StageResult.failed(runFailure(e.timedOut() ? DiagnosticCode.PTL0304 : DiagnosticCode.PTL0302, file,
                    engine.name() + ": " + e.getMessage(), out, err));
        } catch (IOException e) {
            return StageResult.failed(runFailure(DiagnosticCode.PTL0302, file,
                    "cannot read " + built.binary() + ": " + e.getMessage(), out, err));
        }
    }

    private StageResult<ProgramRun> runNative(BuiltModule built, String file, Path scratch, Map<String, String> env,
                                              byte[] input) {
        Path exe = built.binary().toAbsolutePath();
        // The executable gets only the granted environment, as a WASM module does.
        var spec = ExternalProcess.Spec.of(List.of(exe.toString()), scratch, settings.runTimeout())
                .withEnvironment(env).withStdin(input);
        try {
            var outcome = ExternalProcess.run(spec);
            if (outcome.timedOut()) {
                return StageResult.failed(runFailure(DiagnosticCode.PTL0304, file, "the native executable did not finish within "
                        + settings.runTimeout().toSeconds() + "s and was killed", outcome));
            }
            return StageResult.ok(CPython.toProgramRun(outcome));
        } catch (IOException e) {
            return StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0302, SourceSpan.wholeFile(file),
                    "cannot start " + exe + ": " + e.getMessage()));
        }
    }

    private static Diagnostic runFailure(DiagnosticCode code, String file, String why, ByteArrayOutputStream out,
                                         ByteArrayOutputStream err) {
        return runFailure(code, file, why, new ExternalProcess.Outcome(-1, out.toByteArray(), err.toByteArray(),
                Duration.ZERO, false));
    }

    private static Diagnostic runFailure(DiagnosticCode code, String file, String why, ExternalProcess.Outcome partial) {
        Diagnostic d = Diagnostic.error(code, SourceSpan.wholeFile(file),
                "the translated program failed to run: " + why);
        if (partial.stdout().length > 0) {
            d = d.withNote("stdout before it stopped:\n" + OutputComparison.tail(partial.stdoutText().stripTrailing()));
        }
        if (partial.stderr().length > 0) {
            d = d.withNote("stderr before it stopped:\n" + OutputComparison.tail(partial.stderrText().stripTrailing()));
        }
        return d;
    }
}
