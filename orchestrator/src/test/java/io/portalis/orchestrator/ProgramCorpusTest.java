package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program corpus (corpus/programs/NAME/main.py): programs made of several modules and
 * packages. Each main.py goes through the whole pipeline into WASM, finding its modules beside
 * it as {@code portalis translate NAME/main.py} does, and must print what CPython printed
 * (main.out, main.exit, main.err, where {@code {DIR}} stands for the program's directory). A line
 * per program goes to target/program-corpus.txt. {@code -Dportalis.corpus.only=REGEX} keeps the
 * programs whose directory name matches.
 */
class ProgramCorpusTest {
    @TempDir
    static Path dir;

    private static CorpusRun run;

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() throws IOException {
        Path corpus = CorpusRun.corpusDir("programs").orElseThrow(() -> new IllegalStateException(
                "corpus/programs not found above " + Path.of("").toAbsolutePath()));
        List<Path> programs;
        try (Stream<Path> dirs = Files.list(corpus)) {
            String only = System.getProperty("portalis.corpus.only", "");
            programs = dirs.map(d -> d.resolve("main.py")).filter(Files::isRegularFile)
                    .filter(p -> only.isBlank() || name(p).matches(only))
                    .sorted().toList();
        }
        assertTrue(programs.size() > 0, "no programs in " + corpus);
        run = new CorpusRun(dir, Path.of("target", "program-corpus.txt"), "program corpus");
        return run.tests(programs, ProgramCorpusTest::name);
    }

    @AfterAll
    static void stop() {
        if (run != null) {
            run.close();
        }
    }

    private static String name(Path main) {
        return main.getParent().getFileName().toString();
    }
}
