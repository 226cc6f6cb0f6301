package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portalis assess}: each verdict, the migration order, cycles and the three output forms. */
class AssessCommandTest {
    @TempDir
    Path dir;

    private Path codebase() throws Exception {
        Path root = Files.createDirectories(dir.resolve("code"));
        write(root, "helper.py", "def double(x: int) -> int:\n    return 2 * x\n");
        write(root, "main.py", "import helper\nprint(helper.double(3))\n");
        write(root, "numeric.py", "import numpy\nprint(numpy.zeros(3))\n");
        write(root, "evaluator.py", "x = eval('1 + 1')\nprint(x)\n");
        write(root, "broken.py", "def f(:\n    pass\n");
        write(root, "run-me.py", "import helper\nimport sys\nprint(sys.argv[0])\n");
        write(root, "stdlib_user.py", "import json, math\nprint(json.dumps([math.pi]))\n");
        Path pkg = Files.createDirectories(root.resolve("pkg"));
        write(pkg, "__init__.py", "");
        write(pkg, "a.py", "from pkg import b\n\ndef fa():\n    return 1\n");
        write(pkg, "b.py", "from pkg import a\n\ndef fb():\n    return 2\n");
        return root;
    }

    @Test
    void classifiesEveryModuleAndOrdersDependenciesFirst() throws Exception {
        Path root = codebase();
        CliRun run = CliRun.of("assess", root.toString(), "--json");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.clean(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        Map<String, String> status = new HashMap<>();
        json.get("modules").forEach(m -> status.put(m.get("name").asText(), m.get("status").asText()));
        assertEquals("translatable", status.get("helper"), run.out());
        assertEquals("translatable", status.get("stdlib_user"), run.out());
        assertEquals("translatable", status.get("main"), "a program of the project's modules: " + run.out());
        assertEquals("blocked", status.get("numeric"), run.out());
        assertEquals("blocked", status.get("evaluator"), run.out());
        assertEquals("blocked", status.get("broken"), run.out());
        assertEquals("translatable", status.get("run-me.py"), "a script is assessed too: " + run.out());
        assertEquals(10, json.get("totals").get("modules").asInt(), run.out());
        assertEquals(10, status.size(), "every module is classified: " + status);

        List<String> order = new ArrayList<>();
        json.get("order").forEach(n -> order.add(n.asText()));
        assertTrue(order.indexOf("helper") < order.indexOf("main"), order.toString());
        assertTrue(order.indexOf("pkg") >= 0 && order.contains("pkg.a") && order.contains("pkg.b"), order.toString());
        assertEquals(1, json.get("cycles").size(), run.out());
        JsonNode numeric = find(json, "numeric");
        assertEquals("numpy", numeric.get("unprovided").get(0).asText());
        assertEquals("PTL0101", find(json, "evaluator").get("diagnostics").get(0).get("code").asText());
        assertEquals("PTL0001", find(json, "broken").get("diagnostics").get(0).get("code").asText());
    }

    @Test
    void textAndHtmlNameEveryModuleAndTheTotals() throws Exception {
        Path root = codebase();
        Path html = dir.resolve("report/assess.html");
        CliRun run = CliRun.of("assess", root.toString(), "--html", html.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("totals: 10 modules: ")
                && l.endsWith(" 3 blocked")), run.out());
        assertTrue(run.out().contains("imports numpy, which neither the directory nor the runtime provides"),
                run.out());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        for (String module : List.of("helper", "main", "numeric", "evaluator", "broken", "pkg.a", "pkg.b")) {
            assertTrue(page.contains("<code>" + module + "</code>"), module + " missing from the page");
        }
        assertTrue(page.contains("error[PTL0101]"), page);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.strip().endsWith("</html>"), page);
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        CliRun run = CliRun.of("assess", dir.resolve("nowhere").toString());
        assertEquals(CliErrors.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("no such directory"), run.toString());
    }

    private static JsonNode find(JsonNode json, String name) {
        for (JsonNode m : json.get("modules")) {
            if (m.get("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no module " + name + " in " + json);
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
