package io.portalis.testing;

import io.portalis.build.BuiltModule;
import java.nio.file.Path;
import java.util.List;

/**
 * Run a built module and, when {@code compareWithCPython}, the original Python program on the
 * same (empty) input, each in a fresh scratch working directory holding copies of {@code data},
 * and compare stdout and exit code.
 *
 * @param env environment variables granted to both runs, as {@code translate --env} takes them
 *            ({@code NAME=VALUE}, or {@code NAME} for this process's value; {@link
 *            io.portalis.testing.engine.EnvGrants}), on top of {@link CPython#programEnvironment}
 */
public record VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                            List<Path> data, List<String> env) {
    public VerifyRequest {
        data = List.copyOf(data);
        env = List.copyOf(env);
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                         List<Path> data) {
        this(built, pythonSource, compareWithCPython, engine, data, List.of());
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine) {
        this(built, pythonSource, compareWithCPython, engine, List.of());
    }
}
