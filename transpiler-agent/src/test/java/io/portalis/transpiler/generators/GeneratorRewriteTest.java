package io.portalis.transpiler.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.ParsedModule;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.dump.AstDumper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rewrite keeps each program's meaning: CPython runs the original and the rewritten tree
 * (rebuilt from its {@code ast.dump}, which is valid Python for the {@code ast} module's
 * constructors) and must print the same.
 */
class GeneratorRewriteTest {
    private static final Path CASES = Path.of("src/test/resources/generators");
    /** The corpus's generator programs are cases too (they also run translated, in FeatureCorpusTest). */
    private static final Path CORPUS = Path.of("../corpus/features");
    private static final Path PYTHON = Path.of("/root/.pyenv/versions/3.12.1/bin/python");
    private static final Path PRELUDE = Path.of("src/test/resources/generator-runtime/prelude.py");
    private static final String RUN_DUMP = "import ast,sys\n"
            + "exec(open(sys.argv[2]).read(), {'__name__': 'portalis_prelude'})\n"
            + "tree = eval(open(sys.argv[1]).read(), vars(ast))\n"
            + "exec(compile(tree, 'rewritten', 'exec'), {'__name__': '__main__'})\n";

    @TestFactory
    Stream<DynamicTest> rewrittenGeneratorsPrintWhatTheOriginalsPrint() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "CPython 3.12.1 is the oracle and is not installed");
        List<Path> programs = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            files.filter(p -> p.toString().endsWith(".py")).forEach(programs::add);
        }
        for (String stem : List.of("gen_delegation", "gen_send_throw", "gen_try_finally", "ctl_gen_with_protocol")) {
            programs.add(CORPUS.resolve(stem + ".py"));
        }
        return programs.stream().sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    @Test
    void aGeneratorWhoseYieldCannotBeHoistedIsLeftForTheLoweringToReport() {
        ParsedModule parsed = parse("def g(xs):\n    print([x for x in (yield)])\n    yield f(1) + (yield 2)\n");
        assertEquals(AstDumper.dump(parsed.tree(), parsed.lines()),
                AstDumper.dump(GeneratorRewrite.rewrite(parsed.tree()), parsed.lines()));
    }

    @Test
    void rewrittenGeneratorsHaveNoYieldLeft() {
        Mod.Module tree = GeneratorRewrite.rewrite(parse("def g(n):\n    for i in range(n):\n        yield i\n").tree());
        assertFalse(Yields.inBody(((io.portalis.ingest.ast.Stmt.FunctionDef) tree.body().get(0)).body()));
    }

    private static void check(Path program) throws Exception {
        ParsedModule parsed = new IngestAgent().ingest(SourceFile.of(program)).value().orElseThrow();
        Mod.Module rewritten = GeneratorRewrite.rewrite(parsed.tree());
        assertTrue(rewritten != parsed.tree());
        Path dump = Files.createTempFile("portalis-gen", ".dump");
        try {
            Files.writeString(dump, AstDumper.dump(rewritten, parsed.lines()));
            String expected = run(List.of(PYTHON.toString(), program.toString()));
            String actual = run(List.of(PYTHON.toString(), "-c", RUN_DUMP, dump.toString(), PRELUDE.toString()));
            assertEquals(expected, actual, program + ": the rewritten program prints something else");
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static ParsedModule parse(String source) {
        StageResult<ParsedModule> parsed = new IngestAgent().ingestBytes(SourceFile.of(Path.of("t.py")),
                source.getBytes(StandardCharsets.UTF_8));
        return parsed.value().orElseThrow();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
