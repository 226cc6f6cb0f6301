package io.portalis.orchestrator.cli;

import io.portalis.agents.DoctorCheck;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code portalis doctor}: what Portalis found on this machine and how to install what is
 * missing. Exit 0 when {@code translate} can work (JDK 21+ and a rustc with a wasm std), else 1.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        header = "Check the JDK, Rust toolchains, CPython and GPU tools.",
        description = "Reports the JDK, the Rust toolchains and their WebAssembly targets, CPython, and "
            + "(for GPU work) nvcc and the GPU, with the command that installs what is missing. "
            + "Exit 0 when translate can work, 1 otherwise.")
final class DoctorCommand implements Callable<Integer> {
    private final CliStreams io;

    DoctorCommand(CliStreams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<DoctorCheck> checks = DoctorChecks.all();
        print(checks, io.out());
        long blocking = checks.stream().filter(c -> c.required() && !c.ok()).count();
        io.out().println();
        io.out().println(blocking == 0 ? "translate can work on this machine"
                : "translate cannot work yet: " + blocking + " required check" + (blocking == 1 ? "" : "s")
                        + " missing (see 'fix:' above)");
        return blocking == 0 ? 0 : CliErrors.FAILED;
    }

    static void print(List<DoctorCheck> checks, PrintStream out) {
        for (DoctorCheck check : checks) {
            String status = check.ok() ? "ok     " : "missing";
            out.println(status + "  " + check.name() + ": " + check.found());
            if (!check.ok() && !check.fix().isBlank()) {
                out.println("         fix: " + check.fix());
            }
        }
    }
}
