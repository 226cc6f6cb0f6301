package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.build.toolchain.Toolchains;
import io.portalis.packaging.embed.PythonException;
import io.portalis.packaging.embed.PythonModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library mode against CPython 3.12: {@code library/mathlib.py} translated with
 * {@code translate --lib}, then every call of {@code library/calls.json} made through
 * {@link PythonModule#callJson} (what {@code portalis call} runs) must answer exactly what
 * {@code library/abi_reference.py} computes in CPython: the same JSON text, or the same exception
 * type and message.
 */
class LibraryCallTest {
    static final Path LIBRARY = Path.of("src", "test", "resources", "library");
    /** Reads calls.json as CPython's json does (NaN, Infinity) and writes those back the same way. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    static Path dir;

    static Path wasm;
    static Optional<Path> python;

    @BeforeAll
    static void translate() throws Exception {
        assumeTrue(Toolchains.discover().wasm().isPresent(), "no rustc with a wasm32-wasi std (see portalis doctor)");
        python = Pythons.python312();
        Path source = Files.copy(LIBRARY.resolve("mathlib.py"), dir.resolve("mathlib.py"));
        CliRun run = CliRun.of("translate", source.toString(), "-o", dir.resolve("out").toString(), "--lib");
        assertEquals(0, run.exit(), run.toString());
        wasm = dir.resolve("out").resolve("mathlib.wasm");
        assertTrue(Files.isRegularFile(wasm), run.toString());
    }

    @Test
    void everyCallAnswersWhatCPythonAnswers() throws Exception {
        assumeTrue(python.isPresent(), "no CPython 3.12 to produce the expected answers");
        JsonNode calls = JSON.readTree(LIBRARY.resolve("calls.json").toFile());
        String[] expected = Pythons.stdout(python.get(), LIBRARY.resolve("abi_reference.py").toString(),
                dir.resolve("mathlib.py").toString(), LIBRARY.resolve("calls.json").toString()).split("\n");
        assertEquals(calls.size(), expected.length);
        assertTrue(calls.size() >= 30, "the issue asks for at least 30 calls");
        List<String> mismatches = new ArrayList<>();
        try (PythonModule lib = PythonModule.load(wasm, PythonModule.Options.defaults().withPoolSize(1))) {
            for (int i = 0; i < calls.size(); i++) {
                String function = calls.get(i).get(0).asText();
                String args = JSON.writeValueAsString(calls.get(i).get(1));
                String actual = answer(lib, function, args);
                String want = expectedAnswer(JSON.readTree(expected[i]));
                if (!want.equals(actual)) {
                    mismatches.add(function + args + ": expected " + want + ", got " + actual);
                }
            }
            assertEquals(0, lib.counters().inUse());
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void callCommandPrintsTheResultOrThePythonError() {
        CliRun ok = CliRun.of("call", wasm.toString(), "add", "--args", "[2, 40]");
        assertEquals(0, ok.exit(), ok.toString());
        assertEquals("42\n", ok.out());

        CliRun packaged = CliRun.of("call", wasm.resolveSibling("mathlib.portalis").toString(), "greet",
                "--args", "[\"Ada\"]");
        assertEquals(0, packaged.exit(), packaged.toString());
        assertEquals("\"hello, Ada!\"\n", packaged.out());

        CliRun raised = CliRun.of("call", wasm.toString(), "withdraw", "--args", "[1, 2]");
        assertEquals(1, raised.exit(), raised.toString());
        assertEquals("", raised.out());
        assertEquals("InsufficientFunds: balance 1 is less than 2\n", raised.err());

        CliRun repeated = CliRun.of("call", wasm.toString(), "add", "--args", "[1, 2]", "--repeat", "1000");
        assertEquals(0, repeated.exit(), repeated.toString());
        assertTrue(repeated.err().matches("(?s)1000 calls in .* calls/s, .* calls per CPU second.*, p50 .* µs, p99 .* µs.*"),
                repeated.err());
    }

    private static String answer(PythonModule lib, String function, String args) {
        try {
            return "ok " + lib.callJson(function, args);
        } catch (PythonException e) {
            return "raised " + e.pythonType() + ": " + e.pythonMessage();
        }
    }

    private static String expectedAnswer(JsonNode line) {
        return line.get("status").asInt() == 0 ? "ok " + line.get("json").asText()
                : "raised " + line.get("type").asText() + ": " + line.get("message").asText();
    }
}
