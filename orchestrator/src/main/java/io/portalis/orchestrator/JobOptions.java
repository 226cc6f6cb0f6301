package io.portalis.orchestrator;

import io.portalis.build.Target;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a job's modules are built and checked.
 *
 * @param outDir where packaging writes {@code <stem>.wasm}, {@code <stem>/} and {@code <stem>.report.json}
 * @param engine the WASM engine the test stage runs the module in ({@code chicory}, {@code wasmtime})
 * @param verify whether the test stage compares the translation's output with CPython's
 * @param workDir scratch space for builds; each module uses {@code workDir/<stem>}, so jobs that
 *                run at the same time need different work directories
 * @param run     whether the test stage runs the translation at all (false: build and package
 *                only, as benchmarks want, which time the runs themselves)
 * @param library translate each module as a library (its public functions exported through the
 *                JSON ABI of docs/ABI.md) instead of a program; libraries have no run to verify
 * @param data    files and directories copied into the scratch working directory that CPython and
 *                the translation each run in for verification ({@code translate --data})
 * @param env     environment variables granted to CPython and the translation for verification,
 *                as {@code translate --env} takes them ({@code NAME=VALUE}, or {@code NAME} for this
 *                process's value, read when the verification runs)
 * @param stdin   a file whose bytes CPython and the translation each read as standard input for
 *                verification ({@code translate --stdin}); without it they read nothing
 */
public record JobOptions(Path outDir, Target target, String engine, boolean verify, Path workDir, boolean run,
                         boolean library, java.util.List<Path> data, java.util.List<String> env,
                         java.util.Optional<Path> stdin) {
    public static final String DEFAULT_ENGINE = io.portalis.testing.engine.WasmEngines.DEFAULT;

    public JobOptions {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(workDir, "workDir");
        data = java.util.List.copyOf(data);
        env = java.util.List.copyOf(env);
        Objects.requireNonNull(stdin, "stdin");
    }

    public JobOptions(Path outDir, Target target, String engine, boolean verify, Path workDir, boolean run,
                      boolean library, java.util.List<Path> data, java.util.List<String> env) {
        this(outDir, target, engine, verify, workDir, run, library, data, env, java.util.Optional.empty());
    }

    public JobOptions(Path outDir, Target target, String engine, boolean verify, Path workDir, boolean run,
                      boolean library) {
        this(outDir, target, engine, verify, workDir, run, library, java.util.List.of(), java.util.List.of());
    }

    /** The same options, with {@code data} copied into each verification run's working directory. */
    public JobOptions withData(java.util.List<Path> data) {
        return new JobOptions(outDir, target, engine, verify, workDir, run, library, data, env, stdin);
    }

    /** The same options, with {@code env} granted to each verification run. */
    public JobOptions withEnv(java.util.List<String> env) {
        return new JobOptions(outDir, target, engine, verify, workDir, run, library, data, env, stdin);
    }

    /** The same options, with {@code stdin} read by each verification run. */
    public JobOptions withStdin(java.util.Optional<Path> stdin) {
        return new JobOptions(outDir, target, engine, verify, workDir, run, library, data, env, stdin);
    }

    /** Options for programs. */
    public JobOptions(Path outDir, Target target, String engine, boolean verify, Path workDir, boolean run) {
        this(outDir, target, engine, verify, workDir, run, false);
    }

    /** The same options, translating libraries ({@code library}) or programs. */
    public JobOptions withLibrary(boolean library) {
        return new JobOptions(outDir, target, engine, verify, workDir, run, library, data, env, stdin);
    }

    /** Options whose test stage runs the translation. */
    public JobOptions(Path outDir, Target target, String engine, boolean verify, Path workDir) {
        this(outDir, target, engine, verify, workDir, true);
    }

    /**
     * Libraries (docs/ABI.md) for wasm32-wasi: each module's public functions exported, packaged
     * as {@code outDir/<stem>.portalis}; libraries have no program run to verify.
     */
    public static JobOptions library(Path outDir, Path workDir) {
        return new JobOptions(outDir, Target.WASM32_WASI, DEFAULT_ENGINE, false, workDir, false, true);
    }

    /** wasm32-wasi, Chicory, verified against CPython. */
    public static JobOptions defaults(Path outDir, Path workDir) {
        return new JobOptions(outDir, Target.WASM32_WASI, DEFAULT_ENGINE, true, workDir);
    }
}
