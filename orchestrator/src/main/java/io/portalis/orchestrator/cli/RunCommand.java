package io.portalis.orchestrator.cli;

import io.portalis.testing.engine.DirGrant;
import io.portalis.testing.engine.EnvGrants;
import io.portalis.testing.engine.Sandbox;
import io.portalis.testing.engine.WasmEngine;
import io.portalis.testing.engine.WasmEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code portalis run FILE.wasm [ARGS…]}: runs a WASI command module with this process's standard
 * streams and exits with the module's exit code. Arguments after the file go to the module.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Run a translated WebAssembly module.",
        description = "Runs a translated WebAssembly module with stdin, stdout and stderr passed through, "
            + "and exits with the module's exit code. Everything after FILE.wasm is passed to the "
            + "module. The module sees no file system unless --dir grants it directories: "
            + "`--dir data` makes ./data the module's working directory (its relative paths resolve "
            + "there), `--dir /srv/in::/in` shows /srv/in to it as /in. Without a grant, opening a file "
            + "raises PermissionError saying that the sandbox has no such directory. Likewise it sees no "
            + "environment variables unless --env grants them.")
final class RunCommand implements Callable<Integer> {
    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    private final CliStreams io;

    @Spec
    private CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = WasmEngines.DEFAULT,
            description = "chicory (default), chicory-interpreter or wasmtime")
    private String engine;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "stop the module after this many seconds (default 0: no limit)")
    private long timeoutSeconds;

    @Option(names = "--dir", paramLabel = "HOST[::GUEST]",
            description = "grant the module the host directory HOST, seen as GUEST (default `.`, its working "
                + "directory); repeatable")
    private List<String> dirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VALUE]",
            description = "grant the module this environment variable (repeatable); a bare NAME passes this "
                + "shell's value on")
    private List<String> env = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "FILE.wasm", description = "the module to run")
    private Path module;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the module")
    private List<String> args = new ArrayList<>();

    RunCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        WasmEngine wasmEngine;
        try {
            wasmEngine = WasmEngines.byName(engine);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // Usage errors first: a bad grant is reported before the module is read.
        List<DirGrant> grants = new ArrayList<>();
        for (String d : dirs) {
            DirGrant grant;
            try {
                grant = DirGrant.parse(d);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (!Files.isDirectory(grant.host())) {
                return fail(module + ": error: --dir " + grant.host() + ": no such directory", CliErrors.USAGE);
            }
            grants.add(grant);
        }
        Sandbox sandbox;
        try {
            sandbox = new Sandbox(grants, EnvGrants.resolve(env, System.getenv()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        byte[] wasm;
        try {
            wasm = Files.readAllBytes(module);
        } catch (NoSuchFileException e) {
            return fail(module + ": error: no such file", CliErrors.USAGE);
        } catch (IOException e) {
            return fail(module + ": error: cannot read the module: " + CliErrors.describe(e), CliErrors.FAILED);
        }
        if (!hasWasmHeader(wasm)) {
            return fail(module + ": error: not a WebAssembly module (it does not start with \\0asm)",
                    CliErrors.FAILED);
        }
        return run(wasmEngine, wasm, sandbox);
    }

    private int run(WasmEngine wasmEngine, byte[] wasm, Sandbox sandbox) {
        Duration limit = timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : Duration.ofDays(365);
        try {
            int exit = wasmEngine.run(wasm, module.getFileName().toString(), List.copyOf(args), io.in(), io.out(),
                    io.err(), limit, sandbox);
            io.out().flush();
            return exit;
        } catch (WasmEngine.WasmRunException e) {
            io.out().flush();
            return fail(module + ": error: " + e.getMessage(), CliErrors.FAILED);
        }
    }

    private int fail(String line, int exitCode) {
        io.err().println(line);
        return exitCode;
    }

    private static boolean hasWasmHeader(byte[] bytes) {
        if (bytes.length < 8) {
            return false;
        }
        for (int i = 0; i < WASM_MAGIC.length; i++) {
            if (bytes[i] != WASM_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
