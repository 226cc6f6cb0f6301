package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.agents.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's usage handling, help, version, explain, run and doctor: none needs a working pipeline. */
class PortalisCliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit(), run.toString());
        for (String command : new String[] {"translate", "run", "doctor", "ast", "explain"}) {
            assertTrue(run.out().contains(command), command);
        }
        assertEquals(0, CliRun.of("translate", "--help").exit());
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertEquals("portalis 0.1.0-SNAPSHOT\n", run.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun unknown = CliRun.of("--frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.toString());
        assertEquals(2, CliRun.of().exit());
        assertEquals(2, CliRun.of("translate", "x.py").exit(), "missing -o");
        assertEquals(2, CliRun.of("translate", "-o", dir.toString()).exit(), "no inputs");
        assertEquals(2, CliRun.of("translate", "x.py", "-o", dir.toString(), "--target", "arm").exit());
        assertEquals(2, CliRun.of("translate", "x.py", "-o", dir.toString(), "--engine", "v8").exit());
        assertEquals(2, CliRun.of("translate", "x.py", "-o", dir.toString(), "--bogus").exit());
        assertEquals(2, CliRun.of("translate", "x.py", "-o", dir.toString(), "--data", dir.resolve("nope").toString())
                .exit(), "--data names a missing file");
        assertEquals(2, CliRun.of("ast").exit(), "ast needs --dump or --dump-dir");
        assertEquals(2, CliRun.of("frobnicate").exit());
        CliRun seedsAlone = CliRun.of("serve", "--port", "0", "--seed-nodes", "127.0.0.1:25520");
        assertEquals(2, seedsAlone.exit());
        assertTrue(seedsAlone.err().contains("need --cluster"), seedsAlone.err());
        CliRun badSeed = CliRun.of("serve", "--port", "0", "--cluster", "--seed-nodes", "nohost");
        assertEquals(2, badSeed.exit());
        assertTrue(badSeed.err().contains("seed node `nohost` is not host:port"), badSeed.err());
    }

    @Test
    void twoInputsWithTheSameStemAreAUsageError() {
        CliRun run = CliRun.of("translate", "a/prog.py", "b/prog.py", "-o", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'prog'"), run.toString());
        assertTrue(run.clean());
    }

    @Test
    void explainPrintsTitleExplanationAndExample() {
        CliRun run = CliRun.of("explain", "PTL0001");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("PTL0001: " + DiagnosticCode.PTL0001.title() + "\n"), run.out());
        assertTrue(run.out().contains("    print(\"unclosed\""), run.out());
        assertEquals(0, CliRun.of("explain", "ptl0502").exit());
        CliRun unknown = CliRun.of("explain", "PTL9999");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown diagnostic code 'PTL9999'"));
    }

    @Test
    void runRejectsMissingAndInvalidModulesInOneLine() throws IOException {
        CliRun missing = CliRun.of("run", dir.resolve("nope.wasm").toString());
        assertEquals(2, missing.exit());
        assertEquals(dir.resolve("nope.wasm") + ": error: no such file\n", missing.err());

        Path notWasm = Files.writeString(dir.resolve("fake.wasm"), "print('hi')\n");
        CliRun invalid = CliRun.of("run", notWasm.toString(), "--not-an-option-of-ours");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().startsWith(notWasm + ": error: not a WebAssembly module"), invalid.toString());
        assertEquals(1, invalid.err().lines().count());

        CliRun badGrant = CliRun.of("run", "--dir", dir + "::", notWasm.toString());
        assertEquals(2, badGrant.exit(), badGrant.toString());
        CliRun missingGrant = CliRun.of("run", "--dir", dir.resolve("nodir").toString(), notWasm.toString());
        assertEquals(2, missingGrant.exit(), missingGrant.toString());
        assertTrue(missingGrant.err().contains("--dir " + dir.resolve("nodir") + ": no such directory"), missingGrant.toString());
    }

    @Test
    void doctorReportsTheJdkAndSaysWhetherTranslateCanWork() {
        CliRun run = CliRun.of("doctor");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.toString());
        assertTrue(run.out().contains("ok       JDK 21 or newer: " + System.getProperty("java.version")), run.out());
        assertTrue(run.out().contains("rustc"), run.out());
        assertTrue(run.out().contains(run.exit() == 0 ? "translate can work" : "translate cannot work"));
    }

    /** --json prints exactly one JSON object on stdout, whatever the pipeline did with the file. */
    @Test
    void jsonSummaryIsOneObjectOnStdout() throws IOException {
        Path missing = dir.resolve("absent.py");
        CliRun run = CliRun.of("translate", missing.toString(), "-o", dir.resolve("out").toString(), "--json");
        assertEquals(1, run.exit(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("failed", json.get("status").asText());
        assertEquals(1, json.get("counts").get("failed").asInt());
        JsonNode module = json.get("modules").get(0);
        assertEquals("absent", module.get("module").asText());
        JsonNode diagnostic = module.get("diagnostics").get(0);
        assertEquals(missing.toString(), diagnostic.get("file").asText());
        assertTrue(diagnostic.get("code").asText().matches("PTL\\d{4}"));
        assertTrue(diagnostic.has("line") && diagnostic.has("column") && diagnostic.has("message"));
        assertTrue(Files.exists(dir.resolve("out/absent.report.json")), "a failed module still gets its report");
        assertTrue(run.clean(), run.toString());
    }
}
