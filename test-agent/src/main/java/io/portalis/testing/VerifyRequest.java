package io.portalis.testing;

import io.portalis.build.BuiltModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run a built module and, when {@code compareWithCPython}, the original Python program on the
 * same input (the bytes of {@code stdin}, else none), each in a fresh scratch working directory holding copies of {@code data},
 * and compare stdout and exit code.
 *
 * @param env environment variables granted to both runs, as {@code translate --env} takes them
 *            ({@code NAME=VALUE}, or {@code NAME} for this process's value; {@link
 *            io.portalis.testing.engine.EnvGrants}), on top of {@link CPython#programEnvironment}
 * @param stdin a file whose bytes both runs read as standard input ({@code translate --stdin})
 */
public record VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                            List<Path> data, List<String> env, Optional<Path> stdin) {
    public VerifyRequest {
        data = List.copyOf(data);
        env = List.copyOf(env);
        java.util.Objects.requireNonNull(stdin, "stdin");
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                         List<Path> data, List<String> env) {
        this(built, pythonSource, compareWithCPython, engine, data, env, Optional.empty());
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                         List<Path> data) {
        this(built, pythonSource, compareWithCPython, engine, data, List.of());
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine) {
        this(built, pythonSource, compareWithCPython, engine, List.of());
    }
}
