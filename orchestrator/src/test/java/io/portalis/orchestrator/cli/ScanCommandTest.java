package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.cuda.census.GpuProbe;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portalis scan} against an exact oracle: CPython 3.12's own {@code ast}, run by
 * {@code scan/census_oracle.py}, counts the dynamic features in each file that parses. The
 * corpus is the top level of CPython's standard library, the tokenizer-heavy tests, and
 * {@code scan/tricky} (strings, f-strings, continuations, attributes and definitions named
 * like the features). Set {@code -Dportalis.scan.fullStdlib=true} to check the whole Lib (2,231
 * files, about a minute of CPython on a busy 2-core VM).
 */
class ScanCommandTest {
    private static final List<String> AST_DECIDED = List.of("eval_exec_calls", "getattr_setattr_delattr_calls",
            "dict_class_accesses", "metaclass_keywords", "star_imports", "import_statements");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScanCommandTest.class.getResource("/scan/" + name).toURI());
    }

    /** CPython 3.12's Lib directory, next to the interpreter Pythons finds. */
    private static Optional<Path> stdlib(Path python) throws IOException, InterruptedException {
        Path lib = Path.of(Pythons.stdout(python, "-c", "import os; print(os.path.dirname(os.__file__))").strip());
        return Files.isDirectory(lib) ? Optional.of(lib) : Optional.empty();
    }

    private static List<Path> corpus(Path lib) throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        if (Boolean.getBoolean("portalis.scan.fullStdlib")) {
            files.add(lib);
        } else {
            try (Stream<Path> top = Files.list(lib)) {
                top.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
            }
            for (String test : List.of("test_fstring.py", "test_grammar.py", "test_tokenize.py", "test_builtin.py")) {
                files.add(lib.resolve("test").resolve(test));
            }
        }
        files.add(resource("tricky"));
        return files;
    }

    private static JsonNode scan(List<Path> roots, String device) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", "--json", "--device", device));
        roots.forEach(r -> args.add(r.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.clean(), run.err());
        return MAPPER.readTree(run.out());
    }

    @Test
    void featureCountsEqualCPythonsAstOnEveryFileThatParses() throws Exception {
        Optional<Path> python = Pythons.python312();
        assumeTrue(python.isPresent(), "no CPython 3.12 on this machine: the ast oracle cannot run");
        Optional<Path> lib = stdlib(python.get());
        assumeTrue(lib.isPresent(), "CPython 3.12's Lib directory not found");
        List<Path> roots = corpus(lib.get());
        JsonNode census = scan(roots, "cpu");

        List<String> oracleArgs = new ArrayList<>();
        oracleArgs.add(resource("census_oracle.py").toString());
        for (JsonNode file : census.get("files")) {
            oracleArgs.add(file.get("path").asText());
        }
        Map<String, JsonNode> oracle = new HashMap<>();
        for (String line : Pythons.stdout(python.get(), oracleArgs.toArray(String[]::new)).split("\n")) {
            if (!line.isBlank()) {
                JsonNode entry = MAPPER.readTree(line);
                oracle.put(entry.get("path").asText(), entry);
            }
        }

        int compared = 0;
        long evalExec = 0;
        List<String> mismatches = new ArrayList<>();
        for (JsonNode file : census.get("files")) {
            JsonNode truth = oracle.get(file.get("path").asText());
            if (truth == null || !truth.get("parses").asBoolean()) {
                continue;
            }
            assertFalse(file.has("error"), () -> "a file CPython parses was not scanned: " + file);
            compared++;
            evalExec += truth.get("eval_exec_calls").asLong();
            for (String key : AST_DECIDED) {
                if (file.get(key).asLong() != truth.get(key).asLong()) {
                    mismatches.add(file.get("path").asText() + " " + key + ": scan " + file.get(key) + ", ast "
                            + truth.get(key));
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(compared > 150, "compared only " + compared + " files");
        assertTrue(evalExec > 20, "the corpus should exercise eval/exec, found " + evalExec);
    }

    @Test
    void cpuAndAutoGiveIdenticalTotals() throws Exception {
        List<Path> roots = List.of(resource("tricky"));
        ObjectNode cpu = (ObjectNode) scan(roots, "cpu").get("totals");
        ObjectNode auto = (ObjectNode) scan(roots, "auto").get("totals");
        cpu.remove("throughput_mb_s");
        auto.remove("throughput_mb_s");
        assertEquals(cpu, auto);
    }

    @Test
    void injectedDeviceFaultsLeaveTheTotalsOfThePlainCpuScan() throws Exception {
        List<Path> roots = List.of(resource("tricky"), resource("census_oracle.py"), resource("tricky/features.py"));
        CliRun faulty = CliRun.of("scan", "--json", "--batch-files", "1", "--inject-device-faults", "2",
                roots.get(0).toString(), roots.get(1).toString(), roots.get(2).toString());
        assertEquals(0, faulty.exit(), faulty.err());
        assertTrue(faulty.err().contains("device faults: 1,"), faulty.err());
        ObjectNode withFaults = (ObjectNode) MAPPER.readTree(faulty.out()).get("totals");
        ObjectNode cpu = (ObjectNode) scan(roots, "cpu").get("totals");
        withFaults.remove("throughput_mb_s");
        cpu.remove("throughput_mb_s");
        assertEquals(cpu, withFaults);
        assertEquals(3, cpu.get("files").asLong());
    }

    @Test
    void gpuWithoutAGpuSaysSoInOneLineAndExits2() throws Exception {
        Optional<String> absence = GpuProbe.absence();
        assumeTrue(absence.isPresent(), "this machine has a GPU");
        CliRun run = CliRun.of("scan", "--device", "gpu", resource("tricky").toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(absence.get()), run.err());
    }

    @Test
    void badInputIsAPerFileErrorNotACrash(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("binary.py"), new byte[] {'x', '=', 0, 1, 2});
        Files.write(dir.resolve("latin1.py"), new byte[] {'s', '=', '"', (byte) 0xE9, '"', '\n'});
        Files.write(dir.resolve("cookie.py"), "# -*- coding: latin-1 -*-\ns = '\u00e9'\neval('1')\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("broken.py"), "def f(:\n    eval('1'\n\"unterminated\n");
        Path missing = dir.resolve("missing");
        CliRun run = CliRun.of("scan", "--json", dir.toString(), missing.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.clean(), run.err());
        JsonNode json = MAPPER.readTree(run.out());
        Map<String, String> errors = new HashMap<>();
        for (JsonNode file : json.get("files")) {
            if (file.has("error")) {
                errors.put(Path.of(file.get("path").asText()).getFileName().toString(), file.get("error").asText());
            }
        }
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get("binary.py").contains("NUL byte"), errors.toString());
        assertTrue(errors.get("latin1.py").contains("not valid UTF-8"), errors.toString());
        assertTrue(errors.get("missing").contains("no such file"), errors.toString());
        assertEquals(2, json.get("totals").get("files").asLong()); // cookie.py and broken.py are still text
        assertEquals(3, json.get("totals").get("errors").asLong());
        assertEquals(2, json.get("totals").get("eval_exec_calls").asLong());

        CliRun text = CliRun.of("scan", dir.toString());
        assertEquals(0, text.exit());
        assertTrue(text.out().contains("not scanned: 2"), text.out());
    }
}
