package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliErrorsTest {
    @Test
    void internalErrorIsOneLineAndAHintWithoutStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = CliErrors.internalError(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new IllegalStateException("the parser fell over"));
        String err = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit);
        assertEquals("portalis: internal error: IllegalStateException: the parser fell over", err.lines().findFirst()
                .orElseThrow());
        assertEquals(2, err.lines().count());
        assertFalse(err.contains("\tat "));
    }
}
