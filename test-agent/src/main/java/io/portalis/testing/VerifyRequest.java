package io.portalis.testing;

import io.portalis.build.BuiltModule;
import java.nio.file.Path;

/**
 * Run a built module and, when {@code compareWithCPython}, the original Python program on the
 * same (empty) input, and compare stdout and exit code.
 */
public record VerifyRequest(BuiltModule built, Path pythonSource, boolean compareWithCPython, String engine) {}
