package io.portalis.ingest.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code repr(str)} escapes exactly the code points CPython 3.12 escapes (its Unicode 15.0 tables). */
class PyReprPrintableTest {
    static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python");

    @Test
    void everyNonSurrogateCodePointReprsAsCPythonDoes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "CPython 3.12 is not installed");
        String script = "import sys\n"
                + "out = [repr(chr(c)).encode('utf-8').hex() for c in range(0x110000) if not 0xd800 <= c < 0xe000]\n"
                + "sys.stdout.write('\\n'.join(out))\n";
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> expected = new String(out, StandardCharsets.US_ASCII).lines().toList();
        List<String> mismatches = new ArrayList<>();
        int k = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            if (cp >= 0xd800 && cp < 0xe000) {
                continue;
            }
            String got = hex(PyRepr.str(new String(Character.toChars(cp))));
            if (!got.equals(expected.get(k)) && mismatches.size() < 20) {
                mismatches.add(String.format("U+%04X: want %s got %s", cp, expected.get(k), got));
            }
            k++;
        }
        assertEquals(expected.size(), k);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static String hex(String repr) {
        return java.util.HexFormat.of().formatHex(repr.getBytes(StandardCharsets.UTF_8));
    }
}
