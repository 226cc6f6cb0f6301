package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.analysis.AnalysisAgent;
import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@link TranspileRequest#library} crate: a cdylib exporting the JSON ABI (docs/ABI.md). */
class LibraryCrateTest {
    private static final String SOURCE = """
            from dataclasses import dataclass

            @dataclass
            class Point:
                x: int
                y: int

            def add(a: int, b: int) -> int:
                return a + b

            def norm(p: "Point", scale: tuple[int, ...] = (1,)) -> int:
                return abs(p.x) + abs(p.y)

            def _helper():
                return 1

            if __name__ == "__main__":
                print(add(1, 2))
            """;

    @Test
    void exportsThePublicFunctionsThroughTheAbi(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("geo.py"), SOURCE);
        var parsed = new IngestAgent().ingest(SourceFile.of(file)).value().orElseThrow();
        var typed = new AnalysisAgent().analyze(parsed).value().orElseThrow();
        StageResult<RustCrate> result = new TranspilerAgent().transpile(TranspileRequest.library(typed));
        assertTrue(result.succeeded(), result.diagnostics()::toString);
        RustCrate crate = result.value().orElseThrow();

        assertTrue(crate.library());
        assertEquals(RustCrate.Lowering.Kind.DYNAMIC, crate.lowering().kind());
        assertFalse(crate.files().containsKey("src/main.rs"));
        assertTrue(crate.files().get("Cargo.toml").contains("crate-type = [\"cdylib\"]"));
        String lib = crate.mainSource();
        assertTrue(lib.contains("#[no_mangle]\npub extern \"C\" fn portalis_call(index: i32, len: i32) -> i64 {"), lib);
        assertFalse(lib.contains("fn main()"), lib);
        assertTrue(lib.contains(".function(\"add\", G_add, \"int\")") || lib.contains("\"add\",\n"), lib);
        assertFalse(lib.contains("\"_helper\", G__helper"), lib);
        assertTrue(lib.contains("G___name__.set(Value::str(\"geo\"))"), lib);
        assertEquals("{\"abi\":1,\"module\":\"geo\",\"functions\":["
                + "{\"name\":\"add\",\"params\":[{\"name\":\"a\",\"annotation\":\"int\"},"
                + "{\"name\":\"b\",\"annotation\":\"int\"}],\"returns\":\"int\"},"
                + "{\"name\":\"norm\",\"params\":[{\"name\":\"p\",\"annotation\":\"\\\"Point\\\"\"},"
                + "{\"name\":\"scale\",\"annotation\":\"tuple[int, ...]\"}],\"returns\":\"int\"}]}",
                crate.files().get(TranspilerAgent.ABI_FILE));
    }
}
