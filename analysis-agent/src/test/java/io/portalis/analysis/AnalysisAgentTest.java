package io.portalis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.portalis.analysis.TypedAnalysis.analyze;
import static io.portalis.analysis.TypedAnalysis.facts;
import static io.portalis.analysis.TypedAnalysis.typeOf;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.scope.Symbol;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisAgentTest {
    @Test
    void localsTakeTheTypesOfTheirValues() {
        ModuleFacts f = facts("a = 1\nb = a / 2\nc = 'x' * 3\nd = [1.5]\ne = a > 0 and a < 5\nfor i in range(3):\n    pass\n");
        assertEquals(PyType.INT, typeOf(f, "a"));
        assertEquals(PyType.FLOAT, typeOf(f, "b"));
        assertEquals(PyType.STR, typeOf(f, "c"));
        assertEquals(PyType.listOf(PyType.FLOAT), typeOf(f, "d"));
        assertEquals(PyType.BOOL, typeOf(f, "e"));
        assertEquals(PyType.INT, typeOf(f, "i"));
    }

    @Test
    void emptyListLearnsItsElementTypeFromAppendLaterInTheLoop() {
        ModuleFacts f = facts("xs = []\nfor w in 'a b'.split():\n    xs.append(len(w))\nprint(xs)\n");
        assertEquals(PyType.listOf(PyType.INT), typeOf(f, "xs"));
    }

    @Test
    void functionsHaveSignaturesAndInferredReturns() {
        ModuleFacts f = facts("def f(a: int, b: str = 'x') -> list[str]:\n    return [b] * a\n"
                + "def g(n: int):\n    return n * 1.5\nprint(f(2), g(1))\n");
        FunctionInfo fn = f.functions().get("f");
        assertEquals(List.of("a", "b"), fn.params().stream().map(FunctionInfo.Param::name).toList());
        assertEquals(PyType.listOf(PyType.STR), fn.returns());
        assertEquals(PyType.FLOAT, f.functions().get("g").returns());
        assertEquals(Symbol.Kind.PARAMETER, fn.scope().lookup("a").orElseThrow().kind());
    }

    @Test
    void callsAreResolvedAndExpressionsTyped() {
        StageResult<TypedModule> r = analyze("def f(a: int) -> int:\n    return a\nprint(f(1), 'a'.upper())\n");
        ModuleFacts f = r.value().orElseThrow().facts();
        Stmt.ExprStmt print = (Stmt.ExprStmt) r.value().orElseThrow().parsed().tree().body().get(1);
        Expr.Call call = (Expr.Call) print.value();
        assertEquals(new CallTarget.Builtin("print"), f.callTarget(call).orElseThrow());
        Expr.Call inner = (Expr.Call) call.args().get(0);
        assertEquals(new CallTarget.UserFunction("f"), f.callTarget(inner).orElseThrow());
        assertEquals(PyType.INT, f.typeOf(inner).orElseThrow());
        assertEquals(new CallTarget.Method(PyType.STR, "upper"), f.callTarget((Expr.Call) call.args().get(1)).orElseThrow());
    }

    @Test
    void variablesAssignedOnlyInsideLoopsOrBranchesNeedARunTimeCheck() {
        ModuleFacts f = facts("for i in range(2):\n    last = i\nif True:\n    y = 1\nelse:\n    y = 2\nprint(last, y)\n");
        assertEquals(Set.of("last"), f.maybeUnbound(f.moduleScope()));
    }

    @Test
    void branchesThatLeaveCountAsAssigningEverything() {
        ModuleFacts f = facts("def f(n: int) -> int:\n    if n > 0:\n        r = n\n    else:\n        return 0\n    return r\n");
        assertEquals(Set.of(), f.maybeUnbound(f.functions().get("f").scope()));
    }

    @Test
    void problemsCarryCodeAndLine() {
        StageResult<TypedModule> r = analyze("x = 1\nx = 'a'\nprint(y)\nexec('1')\nclass C:\n    pass\n");
        assertFalse(r.succeeded());
        assertHas(r, DiagnosticCode.PTL0103, 2);
        assertHas(r, DiagnosticCode.PTL0102, 3);
        assertHas(r, DiagnosticCode.PTL0101, 4);
        assertHas(r, DiagnosticCode.PTL0002, 5);
    }

    @Test
    void mixedAndOrIsFineAsAConditionButNotAsAValue() {
        assertTrue(analyze("x = 0\nif x or 'a':\n    print(1)\n").succeeded());
        StageResult<TypedModule> r = analyze("x = 0\ny = x or 'a'\n");
        assertHas(r, DiagnosticCode.PTL0103, 2);
    }

    @Test
    void argumentTypesMustMatchAnnotationsExactly() {
        StageResult<TypedModule> r = analyze("def f(x: float) -> float:\n    return x\nprint(f(2))\n");
        assertHas(r, DiagnosticCode.PTL0103, 3);
    }

    @Test
    void moduleVariablesReadByFunctionsBecomeSharedGlobals() {
        ModuleFacts f = facts("N = 3\nM = 1\ndef f(x: int) -> int:\n    return x * N\nprint(f(M))\n");
        assertEquals(Set.of("N"), f.sharedGlobals());
        assertEquals(PyType.INT, f.functions().get("f").returns());
    }

    @Test
    void typingListAnnotationsAreReadWhenImported() {
        ModuleFacts f = facts("from typing import List\ndef f(xs: List[int]) -> List[str]:\n    return []\n");
        assertEquals(PyType.listOf(PyType.INT), f.functions().get("f").params().get(0).type());
        StageResult<TypedModule> r = analyze("def f(xs: List[int]) -> int:\n    return 0\n");
        assertHas(r, DiagnosticCode.PTL0002, 1);
    }

    @Test
    void emptyListLiteralsTakeTheTypeOfWhatTheyMeet() {
        StageResult<TypedModule> r = analyze("xs = [1]\nprint(xs < [], [] + xs)\n");
        assertTrue(r.succeeded());
        ModuleFacts f = r.value().orElseThrow().facts();
        Stmt.ExprStmt print = (Stmt.ExprStmt) r.value().orElseThrow().parsed().tree().body().get(1);
        Expr.Compare cmp = (Expr.Compare) ((Expr.Call) print.value()).args().get(0);
        assertEquals(PyType.listOf(PyType.INT), f.typeOf(cmp.comparators().get(0)).orElseThrow());
    }

    private static void assertHas(StageResult<TypedModule> r, DiagnosticCode code, int line) {
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == code && d.span().line() == line),
                () -> "expected " + code + " at line " + line + " in " + r.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
