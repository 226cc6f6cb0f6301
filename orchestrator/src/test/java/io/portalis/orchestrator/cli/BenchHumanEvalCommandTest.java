package io.portalis.orchestrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.ModuleId;
import io.portalis.agents.Stage;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.orchestrator.ModuleOutcome;
import io.portalis.orchestrator.VerificationSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchHumanEvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void aProblemIsPromptSolutionTestAndCheck() throws Exception {
        Path data = Files.writeString(dir.resolve("he.jsonl"), """
                {"task_id": "HumanEval/7", "prompt": "def f(x):\\n", "canonical_solution": "    return x\\n", \
                "test": "def check(c):\\n    assert c(1) == 1\\n", "entry_point": "f"}
                """, StandardCharsets.UTF_8);
        List<BenchHumanEvalCommand.Problem> problems = BenchHumanEvalCommand.read(data);
        assertEquals(1, problems.size());
        assertEquals("humaneval_007", problems.get(0).stem());
        assertEquals("def f(x):\n    return x\n\ndef check(c):\n    assert c(1) == 1\n\ncheck(f)\n",
                problems.get(0).source());
    }

    @Test
    void verdictsNameTheStageAndTheReason() {
        Diagnostic rejected = Diagnostic.error(DiagnosticCode.PTL0002, SourceSpan.wholeFile("p.py"), "no eval");
        assertEquals(HumanEvalVerdict.Kind.TRANSLATE,
                HumanEvalVerdict.of("T/1", failed(Stage.TRANSPILE, rejected, Optional.empty())).kind());
        assertEquals(HumanEvalVerdict.Kind.BUILD,
                HumanEvalVerdict.of("T/2", failed(Stage.BUILD, rejected, Optional.empty())).kind());
        Diagnostic differs = Diagnostic.error(DiagnosticCode.PTL0301, SourceSpan.wholeFile("p.py"), "stdout differs");
        HumanEvalVerdict wrong = HumanEvalVerdict.of("T/3", failed(Stage.TEST, differs, Optional.of(ran(0, ""))));
        assertEquals(HumanEvalVerdict.Kind.WRONG_OUTPUT, wrong.kind());
        HumanEvalVerdict assertion = HumanEvalVerdict.of("T/4", failed(Stage.TEST, differs,
                Optional.of(ran(1, "Traceback (most recent call last):\n  ...\nAssertionError\n"))));
        assertEquals(HumanEvalVerdict.Kind.ASSERTION, assertion.kind());
        HumanEvalVerdict raised = HumanEvalVerdict.of("T/5", failed(Stage.TEST, differs,
                Optional.of(ran(1, "Traceback (most recent call last):\nKeyError: 3\n"))));
        assertEquals("RUN T/5: run: exit 1: KeyError: 3", raised.line());
    }

    @Test
    void anUntranslatableProblemIsCountedAndNamed() throws Exception {
        Path data = Files.writeString(dir.resolve("he.jsonl"), """
                {"task_id": "X/0", "prompt": "def f(s):\\n", "canonical_solution": "    exec(s)\\n", \
                "test": "def check(c):\\n    c('x = 1')\\n", "entry_point": "f"}
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("bench-humaneval", "--data", data.toString(), "--out", dir.resolve("r.txt").toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("HumanEval: 0 translated, 0 built, 0 passed of 1"), run.toString());
        assertTrue(run.out().contains("TRANSLATE X/0: "), run.toString());
        assertTrue(Files.readString(dir.resolve("r.txt")).startsWith("TRANSLATE X/0: "));
    }

    private static ModuleOutcome failed(Stage stage, Diagnostic d, Optional<VerificationSummary> run) {
        return new ModuleOutcome(new ModuleId("p"), Path.of("p.py"), ModuleOutcome.Status.FAILED, Optional.of(stage),
                List.of(d), ModuleOutcome.Outputs.none(), run, Map.of());
    }

    private static VerificationSummary ran(int exit, String stderr) {
        return new VerificationSummary(true, false, exit, "", stderr, Duration.ZERO);
    }
}
