package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the typed translation refuses is reported at the right line with a help line (such
 * modules then go to the dynamic translation). {@code diagnostics/cases.txt} lists them.
 */
class DiagnosticsTest {
    static final Path CASES = Path.of("src/test/resources/diagnostics");

    @TestFactory
    Stream<DynamicTest> untranslatableConstructsAreReported() throws IOException {
        return Files.readAllLines(CASES.resolve("cases.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(line -> DynamicTest.dynamicTest(line, () -> check(line)));
    }

    private static void check(String line) {
        String[] parts = line.split("[:\\s]+");
        Path file = CASES.resolve(parts[0]);
        DiagnosticCode code = DiagnosticCode.valueOf(parts[1]);
        int expectedLine = Integer.parseInt(parts[2]);
        Pipeline.Outcome outcome = Pipeline.typedOnly(file);
        assertFalse(outcome.crate().succeeded(), "the typed translation must refuse " + file);
        boolean found = outcome.diagnostics().stream()
                .anyMatch(d -> d.code() == code && d.span().line() == expectedLine);
        assertTrue(found, () -> "expected " + code + " at line " + expectedLine + ", got:\n" + outcome.rendered());
        for (Diagnostic d : outcome.diagnostics()) {
            assertTrue(d.help().isPresent(), () -> "every diagnostic has a help line: " + d.headline());
        }
    }
}
