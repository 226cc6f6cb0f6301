package io.portalis.transpiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus's typed programs without classes ({@code typed_*.py} other than {@code
 * typed_class_*}, which {@link TypedClassLoweringTest} runs): each must take the typed lowering
 * and, built with rustc 1.63, print what CPython printed. The corpus test alone would not see a
 * typed crate that fails, since the orchestrator then retries with dynamic values.
 */
class TypedProgramsTest {
    /** Programs tested on their own, with checks of the generated code (BoundedIntsTest, DictAddToTest). */
    private static final Set<String> ELSEWHERE = Set.of("typed_bounded_ints.py", "typed_dict_count.py");

    @TestFactory
    Stream<DynamicTest> typedProgramsPrintWhatCPythonPrints() throws IOException {
        Assumptions.assumeTrue(NativeRustc.available(), "needs /usr/bin/rustc (Debian rustc 1.63)");
        try (Stream<Path> files = Files.list(TypedClassLoweringTest.PROGRAMS)) {
            return files.filter(py -> {
                String name = py.getFileName().toString();
                return name.startsWith("typed_") && name.endsWith(".py") && !name.startsWith("typed_class_")
                        && !ELSEWHERE.contains(name);
            }).sorted().toList().stream()
                    .map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
                            () -> TypedClassLoweringTest.check(py)));
        }
    }
}
