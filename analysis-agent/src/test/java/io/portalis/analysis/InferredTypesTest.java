package io.portalis.analysis;

import static io.portalis.analysis.TypedAnalysis.analyze;
import static io.portalis.analysis.TypedAnalysis.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.analysis.scope.CallTarget;
import io.portalis.analysis.scope.FunctionInfo;
import io.portalis.analysis.types.PyType;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types learned from uses: parameters typed by the calls of their function, bare {@code list},
 * {@code tuple} and {@code dict} annotations completed by the values that flow in, {@code math}.
 */
class InferredTypesTest {
    private static FunctionInfo fn(ModuleFacts f, String name) {
        return f.functions().get(name);
    }

    @Test
    void unannotatedParametersTakeTheTypeEveryCallPasses() {
        ModuleFacts f = facts("def g(n, s):\n    return s * n\nprint(g(2, 'ab'))\nprint(g(3, 'x'))\n");
        assertEquals(List.of(PyType.INT, PyType.STR), fn(f, "g").params().stream().map(FunctionInfo.Param::type).toList());
        assertEquals(PyType.STR, fn(f, "g").returns());
    }

    @Test
    void callsThatDisagreeOrNoCallAtAllKeepTheModuleUntyped() {
        assertFalse(analyze("def g(n):\n    return n\nprint(g(1))\nprint(g(True))\n").succeeded());
        assertFalse(analyze("def g(n):\n    return n\nprint(1)\n").succeeded());
        assertFalse(analyze("def g(n):\n    return n\nh = g\n").succeeded());
    }

    @Test
    void bareContainerAnnotationsAreCompletedByTheirValues() {
        ModuleFacts f = facts("def mk() -> list:\n    return [[1.0, 2.0]]\n"
                + "def pair(xs: list) -> tuple:\n    return xs[0], len(xs)\n"
                + "def tot(d: dict) -> int:\n    return len(d)\n"
                + "p = pair(mk())\nprint(p, tot({'a': 1}))\n");
        assertEquals(PyType.listOf(PyType.listOf(PyType.FLOAT)), fn(f, "mk").returns());
        assertEquals(PyType.listOf(PyType.listOf(PyType.FLOAT)), fn(f, "pair").params().get(0).type());
        assertEquals(new PyType.TupleOf(List.of(PyType.listOf(PyType.FLOAT), PyType.INT)), fn(f, "pair").returns());
        assertEquals(new PyType.DictOf(PyType.STR, PyType.INT), fn(f, "tot").params().get(0).type());
        assertFalse(analyze("def f(a: int) -> tuple:\n    return a\nprint(f(1))\n").succeeded());
    }

    @Test
    void mathFunctionsAndConstantsAreTypedAndShadowingIsRespected() {
        ModuleFacts f = facts("import math\nfrom math import sqrt, pi\nx = math.sqrt(2) + sqrt(pi) + math.e\n"
                + "n = math.floor(2.5)\n");
        assertEquals(PyType.FLOAT, TypedAnalysis.typeOf(f, "x"));
        assertEquals(PyType.INT, TypedAnalysis.typeOf(f, "n"));
        assertTrue(analyze("import math\ndef f(x: float) -> float:\n    return math.cos(x) * math.tau\nprint(f(1.0))\n")
                .succeeded());
        assertFalse(analyze("import math\nprint(math.floor(3))\n").succeeded(), "floor of an int is the int");
        assertFalse(analyze("import math\nprint(math.gamma(2.0))\n").succeeded());
        assertFalse(analyze("print(1)\nimport math\nprint(math.pi)\n").succeeded(), "imports come first");
        assertFalse(analyze("import math\nmath = 3\nprint(math.pi)\n").succeeded());
        assertFalse(analyze("import os\n").succeeded());
    }

    @Test
    void mathCallsResolveToModuleFunctions() {
        TypedModule m = analyze("import math\nprint(math.sqrt(4.0))\n").value().orElseThrow();
        ModuleFacts f = m.facts();
        Stmt.ExprStmt print = (Stmt.ExprStmt) m.parsed().tree().body().get(1);
        Expr.Call call = (Expr.Call) ((Expr.Call) print.value()).args().get(0);
        assertEquals(new CallTarget.ModuleFunction("math", "sqrt"), f.callTarget(call).orElseThrow());
    }

    @Test
    void recursionIsPossibleOnlyWithACallCycle() {
        assertFalse(facts("def a(x: int) -> int:\n    return x\ndef b(x: int) -> int:\n    return a(x)\nprint(b(1))\n")
                .recursionPossible());
        assertTrue(facts("def a(x: int) -> int:\n    return b(x) if x > 0 else 0\n"
                + "def b(x: int) -> int:\n    return a(x - 1)\nprint(b(1))\n").recursionPossible());
    }
}
