package io.portalis.ingest.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pathological nesting ends in a syntax error like CPython's, never a StackOverflowError. */
class DeepNestingTest {
    private static String firstError(String source) {
        ParseResult r = PythonParser.parse(source, "<deep>");
        assertFalse(r.ok(), "expected an error");
        return r.diagnostics().get(0).message();
    }

    @Test
    void tenThousandParenthesesAreTooManyNested() {
        assertEquals("too many nested parentheses", firstError("(".repeat(10000)));
        assertEquals("too many nested parentheses", firstError("[".repeat(10000) + "]".repeat(10000)));
        assertEquals("too many nested parentheses", firstError("x = " + "{".repeat(10000)));
    }

    @Test
    void longUnaryAndNotChainsFailCleanly() {
        assertTrue(firstError("-".repeat(100000) + "1").contains("too complex"));
        assertTrue(firstError("not ".repeat(100000) + "x").contains("too complex"));
    }

    @Test
    void deepButLegalNestingParses() {
        assertTrue(PythonParser.parse("(".repeat(199) + "1" + ")".repeat(199) + "\n", "<ok>").ok());
        assertTrue(PythonParser.parse("x = " + "-".repeat(3000) + "1\n", "<ok>").ok());
        assertTrue(PythonParser.parse("x = " + "lambda: ".repeat(500) + "1\n", "<ok>").ok());
        assertTrue(PythonParser.parse("x = " + "a + ".repeat(50000) + "1\n", "<ok>").ok());
    }

    @Test
    void tooManyIndentationLevels() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(101)).append("pass\n");
        assertEquals("too many levels of indentation", firstError(sb.toString()));
    }
}
