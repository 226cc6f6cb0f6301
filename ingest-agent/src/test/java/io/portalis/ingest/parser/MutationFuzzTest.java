package io.portalis.ingest.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.portalis.agents.StageResult;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates real Python files deterministically (fixed seed) and ingests every mutant: each one must
 * parse or come back with diagnostics, within a time bound, and never throw.
 */
class MutationFuzzTest {
    static final long SEED = 0x5EED_3_12L;
    static final int MUTANTS = 10_000;
    static final long PER_INPUT_MILLIS = 2_000;
    static final long TOTAL_MILLIS = 90_000;
    static final Path LIB = Path.of("/root/.pyenv/versions/3.12.1/lib/python3.12");
    /** Small stdlib files with a variety of constructs, used when CPython is installed. */
    static final List<String> STDLIB = List.of("bisect.py", "heapq.py", "string.py", "fnmatch.py", "keyword.py",
            "dataclasses.py", "re/_parser.py", "ast.py", "typing.py", "enum.py");

    @Test
    void mutantsParseOrYieldDiagnostics() throws Exception {
        List<byte[]> seeds = seeds();
        assertFalse(seeds.isEmpty(), "no seed files");
        SourceMutator mutator = new SourceMutator(SEED);
        IngestAgent agent = new IngestAgent();
        SourceFile name = SourceFile.of(Path.of("fuzz.py"));
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        int parsed = 0;
        try {
            for (int i = 0; i < MUTANTS; i++) {
                byte[] input = mutator.mutate(seeds.get(i % seeds.size()));
                Future<StageResult<ParsedModule>> f = pool.submit(() -> agent.ingestBytes(name, input));
                StageResult<ParsedModule> r = outcome(f, i, input);
                assertTrue(r.succeeded() || !r.diagnostics().isEmpty(), () -> "mutant failed silently:\n" + text(input));
                parsed += r.succeeded() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("fuzz: %d mutants, %d parsed, %d rejected, %d ms%n", MUTANTS, parsed, MUTANTS - parsed, millis);
        assertTrue(millis < TOTAL_MILLIS, "fuzzing took " + millis + " ms");
    }

    private static StageResult<ParsedModule> outcome(Future<StageResult<ParsedModule>> f, int i, byte[] input)
            throws InterruptedException {
        try {
            return f.get(PER_INPUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("mutant " + i + " took over " + PER_INPUT_MILLIS + " ms:\n" + text(input));
        } catch (ExecutionException e) {
            throw new AssertionError("mutant " + i + " threw " + e.getCause() + ":\n" + text(input), e.getCause());
        }
    }

    private static String text(byte[] input) {
        String s = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/parser"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                seeds.add(Files.readAllBytes(p));
            }
        }
        for (String rel : STDLIB) {
            Path p = LIB.resolve(rel);
            if (Files.isRegularFile(p)) {
                // Large files are cut to their first 16 KiB so the run stays within its time budget.
                byte[] all = Files.readAllBytes(p);
                seeds.add(Arrays.copyOf(all, Math.min(all.length, 16 * 1024)));
            }
        }
        return seeds;
    }
}
