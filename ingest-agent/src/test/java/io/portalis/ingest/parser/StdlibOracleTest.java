package io.portalis.ingest.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.ingest.dump.AstDumper;
import io.portalis.ingest.source.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares our dump with CPython 3.12's for the standard library's own sources. By default a
 * deterministic sample (every 20th file) runs; {@code -Dportalis.parser.full=true} runs all.
 * Files CPython itself rejects are skipped. Known deviations are listed in {@link #KNOWN}.
 */
class StdlibOracleTest {
    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python");
    static final Path LIB = Path.of("/root/.pyenv/versions/3.12.1/lib/python3.12");
    /**
     * Files whose strings hold surrogate pairs written as escapes (Java joins them into one code
     * point), or comments inside a debug f-string field.
     */
    static final List<String> KNOWN = List.of("test_capi/test_unicode.py", "test_codeccallbacks.py",
            "test_codecs.py", "test_json/test_scanstring.py", "test_sqlite3/test_userfunctions.py",
            "test_unicode.py", "test/test_fstring.py");

    @TempDir
    Path temp;

    @Test
    void dumpsMatchCPython() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && Files.isDirectory(LIB), "CPython 3.12 is not installed");
        boolean full = Boolean.getBoolean("portalis.parser.full");
        List<Path> files = sample(full ? 1 : 20);
        Path list = temp.resolve("files.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path out = Files.createDirectory(temp.resolve("dumps"));
        runOracle(list, out);
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int compared = 0;
        for (int i = 0; i < files.size(); i++) {
            Path expected = out.resolve(i + ".dump");
            if (!Files.exists(expected) || isKnown(files.get(i))) {
                continue;
            }
            compared++;
            String problem = compare(files.get(i), Files.readString(expected));
            if (problem == null) {
                passed++;
            } else {
                failures.add(problem);
            }
        }
        System.out.printf("stdlib oracle: %d/%d files match CPython 3.12%n", passed, compared);
        assertTrue(failures.isEmpty(), () -> failures.size() + " mismatches:\n" + String.join("\n", failures));
    }

    private static boolean isKnown(Path file) {
        String s = file.toString().replace('\\', '/');
        return KNOWN.stream().anyMatch(s::endsWith);
    }

    private static List<Path> sample(int every) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(LIB)) {
            all = s.filter(p -> p.toString().endsWith(".py")).map(Path::toString).sorted().map(Path::of).toList();
        }
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static void runOracle(Path list, Path out) throws Exception {
        Path script = Path.of("src/test/python/make_dumps.py").toAbsolutePath();
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), "--list", list.toString(), "--out",
                out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "CPython oracle timed out");
    }

    private static String compare(Path file, String expected) throws IOException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(Files.readAllBytes(file));
        if (!decoded.ok()) {
            return file + ": cannot decode: " + decoded.problem();
        }
        ParseResult result = PythonParser.parse(decoded.text(), file.toString());
        if (!result.ok()) {
            return file + ": " + result.diagnostics().get(0).headline();
        }
        String got = AstDumper.dump(result.module(), result.lines());
        if (got.equals(expected)) {
            return null;
        }
        int k = 0;
        while (k < got.length() && k < expected.length() && got.charAt(k) == expected.charAt(k)) {
            k++;
        }
        int from = Math.max(0, k - 80);
        return file + ": differs at " + k + "\n  want: " + expected.substring(from, Math.min(expected.length(), k + 80))
                + "\n  got:  " + got.substring(from, Math.min(got.length(), k + 80));
    }
}
