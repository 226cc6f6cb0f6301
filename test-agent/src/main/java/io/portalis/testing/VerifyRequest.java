package io.portalis.testing;

import io.portalis.build.BuiltModule;
import java.nio.file.Path;
import java.util.List;

/**
 * Run a built module and, when {@code compareWithCPython}, the original Python program on the
 * same (empty) input, each in a fresh scratch working directory holding copies of {@code data},
 * and compare stdout and exit code.
 */
public record VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine,
                            List<Path> data) {
    public VerifyRequest {
        data = List.copyOf(data);
    }

    public VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine) {
        this(built, pythonSource, compareWithCPython, engine, List.of());
    }
}
