package io.portalis.ingest.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.ingest.ast.Node;
import io.portalis.ingest.ast.Span;
import io.portalis.ingest.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every child's span lies inside its parent's (decorators excepted: CPython starts a def at 'def'). */
class SpanContainmentTest {
    @Test
    void childrenLieInsideParents() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path py : ParserSnapshotTest.pyFiles(ParserSnapshotTest.cases("ok")).toList()) {
            ParseResult result = ParserSnapshotTest.parseFile(py);
            check(result.module(), py.getFileName().toString(), problems);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    static void check(Node parent, String where, List<String> problems) throws ReflectiveOperationException {
        for (RecordComponent c : parent.getClass().getRecordComponents()) {
            if (c.getName().equals("decoratorList")) {
                continue;
            }
            Object value = c.getAccessor().invoke(parent);
            List<?> children = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
            for (Object child : children) {
                if (child instanceof Node n) {
                    Span outer = parent.span();
                    if (!outer.contains(n.span()) && !(parent instanceof Stmt.ClassDef) ) {
                        problems.add(where + ": " + n.getClass().getSimpleName() + n.span() + " outside "
                                + parent.getClass().getSimpleName() + outer);
                    }
                    check(n, where, problems);
                }
            }
        }
    }
}
