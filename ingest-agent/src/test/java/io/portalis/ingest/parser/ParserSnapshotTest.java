package io.portalis.ingest.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.ingest.dump.AstDumper;
import io.portalis.ingest.source.SourceDecoder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Snapshot cases: {@code parser/ok/*.py} must dump exactly as CPython 3.12 dumped them into the
 * {@code .dump} files, and {@code parser/err/*.py} must fail with CPython's first error (line,
 * 1-based column, message in the {@code .err} files). Regenerate with src/test/python/make_dumps.py.
 */
class ParserSnapshotTest {
    static Path cases(String kind) throws URISyntaxException {
        return Path.of(ParserSnapshotTest.class.getResource("/parser/" + kind).toURI());
    }

    static ParseResult parseFile(Path file) throws IOException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(Files.readAllBytes(file));
        assertNotNull(decoded.text(), () -> file + ": " + decoded.problem());
        return PythonParser.parse(decoded.text(), file.getFileName().toString());
    }

    @TestFactory
    Stream<DynamicTest> okCasesDumpLikeCPython() throws Exception {
        return pyFiles(cases("ok")).map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            ParseResult result = parseFile(py);
            assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::headline).toList());
            String expected = Files.readString(sibling(py, ".dump")).strip();
            assertEquals(expected, AstDumper.dump(result.module(), result.lines()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> errCasesFailLikeCPython() throws Exception {
        return pyFiles(cases("err")).map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            ParseResult result = parseFile(py);
            assertFalse(result.ok(), "CPython rejects this file");
            List<String> expected = Files.readAllLines(sibling(py, ".err"));
            Diagnostic d = result.diagnostics().get(0);
            String want = expected.get(0) + ":" + expected.get(1) + ": " + expected.get(2);
            assertEquals(want, d.span().line() + ":" + d.span().column() + ": " + d.message());
        }));
    }

    static Stream<Path> pyFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
        }
    }

    private static Path sibling(Path py, String ext) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }
}
