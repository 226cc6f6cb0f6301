package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs through the whole CLI: each gives a diagnostic whose headline names the file, exit 1
 * or 2, and no stack trace. The codes come from the ingest agent.
 */
class IngestErrorsCliTest {
    @TempDir
    Path dir;

    private CliRun translate(Path input) {
        return CliRun.of("translate", input.toString(), "-o", dir.resolve("out").toString());
    }

    private static void assertHeadline(CliRun run, Path file, String code) {
        assertTrue(run.exit() == 1 || run.exit() == 2, run.toString());
        assertTrue(run.clean(), run.toString());
        String headline = run.err().lines().filter(l -> l.contains("[PTL")).findFirst().orElse("");
        assertTrue(headline.startsWith(file.toString()), run.toString());
        assertTrue(headline.contains("error[" + code + "]"), run.toString());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.py");
        assertHeadline(translate(file), file, "PTL0003");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.py"), "");
        assertHeadline(translate(file), file, "PTL0005");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = Files.write(dir.resolve("binary.py"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff});
        assertHeadline(translate(file), file, "PTL0004");
    }

    @Test
    void syntaxError() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.py"), "print(\"unclosed\"\n", StandardCharsets.UTF_8);
        CliRun run = translate(file);
        assertHeadline(run, file, "PTL0001");
        assertTrue(run.err().contains(file + ":1:"), "the headline has a line and column: " + run);
    }
}
