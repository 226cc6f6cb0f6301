package io.portalis.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.build.BuiltModule;
import io.portalis.build.Target;
import io.portalis.testing.ProgramRun;
import io.portalis.testing.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <stem>.report.html}: its content, and that it renders in headless Chromium without console errors. */
class ModuleReportHtmlTest {
    private static final String PYTHON = "x = 1 < 2\nprint(x)\nvalue = eval('3')\n";
    private static final String RUST = "fn main() {\n    let x = 1 < 2;\n    println!(\"{}\", x);\n}\n";

    @TempDir
    Path tmp;

    private ModuleReport.Contents contents() throws IOException {
        Path binary = Files.write(tmp.resolve("m.wasm"), new byte[] {0, 'a', 's', 'm'});
        RustCrate crate = new RustCrate(new ModuleId("m"), "m", Map.of("src/main.rs", RUST),
                new RustCrate.RuntimeCrate("pyrt", Map.of("src/lib.rs", "")),
                Map.of("src/main.rs", List.of(new SourceMapping(2, 1), new SourceMapping(3, 2))),
                new RustCrate.Lowering(RustCrate.Lowering.Kind.DYNAMIC, List.of("line 3: `eval` <cannot> be typed")));
        BuiltModule built = new BuiltModule(new ModuleId("m"), Target.WASM32_WASI, binary, crate, "rustc 1.63.0");
        Diagnostic error = Diagnostic.error(DiagnosticCode.PTL0101, new SourceSpan("m.py", 3, 9, 3, 13),
                "`eval` cannot be translated").withHelp("compute the value directly").withNote("see <docs>");
        ProgramRun run = new ProgramRun(0, "True\n".getBytes(StandardCharsets.UTF_8), new byte[0], Duration.ofMillis(7));
        return new ModuleReport.Contents("m", tmp.resolve("m.py"), Optional.of(PYTHON.getBytes(StandardCharsets.UTF_8)),
                Optional.of(built), Optional.of(binary), Optional.of(new byte[4]),
                Optional.of(new Verification(run, Optional.of(run), true, Optional.of("3.12.1"))), List.of(error));
    }

    @Test
    void showsSourceBesideRustLinkedByTheSourceMapWithDiagnosticsInPlace() throws Exception {
        String page = new String(ModuleReportHtml.render(contents()), StandardCharsets.UTF_8);
        assertTrue(page.contains("<span class=\"line\" id=\"py-1\"><a class=\"ln\" href=\"#rs-2\""), page);
        assertTrue(page.contains("<span class=\"line\" id=\"rs-3\"><a class=\"ln\" href=\"#py-2\""), page);
        assertTrue(page.contains("x = 1 &lt; 2"), "source is escaped: " + page);
        int line3 = page.indexOf("id=\"py-3\"");
        int diagnostic = page.indexOf("error[PTL0101]: `eval` cannot be translated", line3);
        assertTrue(line3 > 0 && diagnostic > line3, "the diagnostic follows its line: " + page);
        assertTrue(page.contains("= help: compute the value directly"), page);
        assertTrue(page.contains("= note: see &lt;docs&gt;"), page);
        assertTrue(page.contains("`eval` &lt;cannot&gt; be typed"), "lowering reasons are escaped: " + page);
        assertTrue(page.contains("output matches CPython"), page);
        assertFalse(page.contains("<script"), "the page needs no script");
    }

    @Test
    void aModuleThatFailedEarlyStillGetsAPage() throws Exception {
        Diagnostic error = Diagnostic.error(DiagnosticCode.PTL0001, SourceSpan.point("bad.py", 1, 7), "invalid syntax");
        String page = new String(ModuleReportHtml.render(new ModuleReport.Contents("bad", tmp.resolve("bad.py"),
                Optional.of("def f(:\n".getBytes(StandardCharsets.UTF_8)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(error))), StandardCharsets.UTF_8);
        assertTrue(page.contains("failed"), page);
        assertTrue(page.contains("No Rust was generated."), page);
        assertTrue(page.contains("error[PTL0001]: invalid syntax"), page);
    }

    @Test
    void rendersInHeadlessChromiumWithoutConsoleErrors() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "Chromium is not installed (scripts/test.sh installs Debian's chromium)");
        Path page = Files.write(tmp.resolve("m.report.html"), ModuleReportHtml.render(contents()));
        HeadlessChromium.Result result = HeadlessChromium.load(chromium.get(), page, tmp);
        assertEquals(0, result.exit(), result.stderr());
        assertTrue(result.dom().contains("id=\"py-3\"") && result.dom().contains("PTL0101"), result.dom());
        assertEquals(List.of(), result.consoleLines(), "console messages while rendering");
    }

    @Test
    void theConsoleCheckSeesAPageThatFails() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "Chromium is not installed (scripts/test.sh installs Debian's chromium)");
        Path page = Files.writeString(tmp.resolve("broken.html"),
                "<!DOCTYPE html><html><body><script>notAFunction();</script></body></html>");
        HeadlessChromium.Result result = HeadlessChromium.load(chromium.get(), page, tmp);
        assertTrue(result.consoleLines().stream().anyMatch(l -> l.contains("notAFunction")), result.stderr());
    }

    /** Chromium's {@code --dump-dom} run, with its console output (logged on stderr as {@code :CONSOLE} lines). */
    static final class HeadlessChromium {
        record Result(int exit, String dom, String stderr) {
            List<String> consoleLines() {
                return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
            }
        }

        static Optional<Path> find() {
            for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return Optional.of(Path.of(candidate));
                }
            }
            return Optional.empty();
        }

        static Result load(Path chromium, Path page, Path work) throws Exception {
            Path dom = work.resolve("dom.html");
            Path err = work.resolve("chromium.err");
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--enable-logging=stderr", "--v=0", "--user-data-dir=" + work.resolve("profile"),
                    "--dump-dom", page.toUri().toString())
                    .redirectOutput(dom.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 120 s");
            }
            return new Result(p.exitValue(), Files.readString(dom), Files.readString(err));
        }
    }
}
