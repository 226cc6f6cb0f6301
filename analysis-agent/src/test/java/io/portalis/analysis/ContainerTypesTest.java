package io.portalis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.portalis.analysis.TypedAnalysis.analyze;
import static io.portalis.analysis.TypedAnalysis.facts;
import static io.portalis.analysis.TypedAnalysis.typeOf;

import io.portalis.analysis.types.PyType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tuples, dicts, comprehensions and exception handlers in the type analysis. */
class ContainerTypesTest {
    @Test
    void tuplesKeepOneTypePerPositionAndUnpack() {
        ModuleFacts f = facts("t = (1, 'a')\nn, s = t\nx = t[-1]\nfor i, c in enumerate('ab'):\n    pass\n");
        assertEquals(new PyType.TupleOf(List.of(PyType.INT, PyType.STR)), typeOf(f, "t"));
        assertEquals(PyType.INT, typeOf(f, "n"));
        assertEquals(PyType.STR, typeOf(f, "s"));
        assertEquals(PyType.STR, typeOf(f, "x"));
        assertEquals(PyType.INT, typeOf(f, "i"));
        assertEquals(PyType.STR, typeOf(f, "c"));
    }

    @Test
    void emptyDictLearnsItsTypesFromItemStores() {
        ModuleFacts f = facts("d = {}\nfor w in ['a']:\n    d[w] = 1\nfor k, v in d.items():\n    pass\n");
        assertEquals(new PyType.DictOf(PyType.STR, PyType.INT), typeOf(f, "d"));
        assertEquals(PyType.STR, typeOf(f, "k"));
        assertEquals(PyType.INT, typeOf(f, "v"));
    }

    @Test
    void comprehensionVariablesDoNotLeak() {
        ModuleFacts f = facts("x = 'outer'\nys = [x * 2 for x in range(3)]\n");
        assertEquals(PyType.STR, typeOf(f, "x"));
        assertEquals(PyType.listOf(PyType.INT), typeOf(f, "ys"));
    }

    @Test
    void handlerNamesAreBoundOnlyInsideTheirHandler() {
        assertTrue(analyze("try:\n    pass\nexcept ValueError as e:\n    print(e)\n").succeeded());
        assertFalse(analyze("try:\n    pass\nexcept ValueError as e:\n    pass\nprint(e)\n").succeeded());
        assertFalse(analyze("for i in range(2):\n    try:\n        break\n    except ValueError:\n        pass\n").succeeded());
    }

    @Test
    void floatsAreNotComparedInsideTuplesNorUsedAsKeys() {
        assertFalse(analyze("print((1.5,) == (1.5,))\n").succeeded());
        assertFalse(analyze("d = {1.5: 1}\n").succeeded());
    }
}
