package io.portalis.agents.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void headlineNamesFilePositionCodeAndMessage() {
        Diagnostic d = Diagnostic.error(DiagnosticCode.PTL0001, SourceSpan.point("app.py", 3, 7), "invalid syntax");
        assertEquals("app.py:3:7: error[PTL0001]: invalid syntax", d.headline());
    }

    @Test
    void headlineWithoutPositionNamesTheFile() {
        Diagnostic d = Diagnostic.error(DiagnosticCode.PTL0003, SourceSpan.wholeFile("gone.py"),
                "cannot read input file: no such file");
        assertEquals("gone.py: error[PTL0003]: cannot read input file: no such file", d.headline());
    }

    @Test
    void rendersSourceLineCaretNotesAndHelp() {
        Diagnostic d = Diagnostic.error(DiagnosticCode.PTL0002, new SourceSpan("m.py", 2, 5, 2, 9),
                        "`with` statements are not supported yet")
                .withLabel("here")
                .withNote("the rest of the module was translated")
                .withHelp("rewrite with try/finally");
        String text = DiagnosticRenderer.render(d, List.of("x = 1", "    with f:"));
        assertEquals("""
                m.py:2:5: error[PTL0002]: `with` statements are not supported yet
                  |
                2 |     with f:
                  |     ^^^^ here
                  = note: the rest of the module was translated
                  = help: rewrite with try/finally
                """, text);
    }

    @Test
    void everyCodeIsExplained() {
        Set<String> titles = new HashSet<>();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertTrue(code.name().matches("PTL\\d{4}"), code.name());
            assertFalse(code.explanation().isBlank(), code.name());
            assertTrue(titles.add(code.title()), "duplicate title " + code.title());
        }
    }

    @Test
    void warningsDoNotFailAStage() {
        StageResult<String> result = StageResult.of("v", List.of(
                Diagnostic.warning(DiagnosticCode.PTL0303, SourceSpan.wholeFile("a.py"), "no CPython")));
        assertTrue(result.succeeded());
        assertFalse(StageResult.failed(Diagnostic.error(DiagnosticCode.PTL0005, SourceSpan.wholeFile("a.py"),
                "input file is empty")).succeeded());
    }
}
