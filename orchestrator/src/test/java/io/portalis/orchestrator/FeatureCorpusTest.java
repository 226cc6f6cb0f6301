package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature corpus (corpus/features/NAME.py, issue 4): every program goes through the whole
 * pipeline into WASM, as {@code portalis translate NAME.py -o DIR} does, and its stdout and exit
 * code must equal what CPython printed (NAME.out, NAME.exit, produced by corpus/make_expected.py),
 * byte for byte; for an uncaught exception the last stderr line (NAME.err) must match too.
 * NAME.stdin, when present, is the program's standard input. One dynamic test per program; a line
 * per program goes to target/feature-corpus.txt for a quick overview. {@code
 * -Dportalis.corpus.only=REGEX} keeps only the programs whose stem matches (for development).
 */
class FeatureCorpusTest {
    @TempDir
    static Path dir;

    private static CorpusRun run;

    @TestFactory
    Stream<org.junit.jupiter.api.DynamicTest> everyCorpusProgramPrintsWhatCPythonPrints() throws IOException {
        Path features = corpus().orElseThrow(() -> new IllegalStateException("corpus/features not found above "
                + Path.of("").toAbsolutePath()));
        List<Path> programs;
        try (Stream<Path> files = Files.list(features)) {
            String only = System.getProperty("portalis.corpus.only", "");
            programs = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> only.isBlank() || JobInput.stemOf(p).matches(only))
                    .sorted().toList();
        }
        assertTrue(programs.size() > 0, "no programs in " + features);
        run = new CorpusRun(dir, Path.of("target", "feature-corpus.txt"), "feature corpus");
        return run.tests(programs, JobInput::stemOf);
    }

    @AfterAll
    static void stop() {
        if (run != null) {
            run.close();
        }
    }

    /** The first line where the outputs part, both sides quoted. */
    static String firstDifference(byte[] expected, byte[] actual) {
        return CorpusRun.firstDifference(expected, actual);
    }

    /** corpus/features in the repository: the test runs in orchestrator/, the corpus is beside it. */
    static Optional<Path> corpus() {
        return CorpusRun.corpusDir("features");
    }
}
