package io.portalis.transpiler.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.ingest.IngestAgent;
import io.portalis.ingest.SourceFile;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.ast.Stmt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The text PEP 563 keeps for an annotation, against what CPython 3.12 stored in
 * {@code __annotations__} for the same source (pairs produced by CPython), and which
 * annotations run before the name they read is bound.
 */
class AnnotationTextTest {
    private static Mod.Module parse(String source) throws Exception {
        Path file = Files.createTempFile("annotation", ".py");
        Files.writeString(file, source);
        return new IngestAgent().ingest(SourceFile.of(file)).value().orElseThrow().tree();
    }

    @Test
    void textIsWhatCPythonKeeps() throws Exception {
        List<String> pairs = List.of(
                "int", "int",
                "list[int]", "list[int]",
                "dict[str, int | None]", "dict[str, int | None]",
                "tuple[int, ...]", "tuple[int, ...]",
                "tuple[()]", "tuple[()]",
                "tuple[int,]", "tuple[int,]",
                "Optional['Node']", "Optional['Node']",
                "\"Node\"", "'Node'",
                "Callable[[int, str], bool]", "Callable[[int, str], bool]",
                "typing.Dict[str, typing.Any]", "typing.Dict[str, typing.Any]",
                "(int, str)", "(int, str)",
                "-1", "-1",
                "int | str | None", "int | str | None",
                "Literal['a', \"b'c\", 1]", "Literal['a', \"b'c\", 1]",
                "Annotated[int, Gt(0)]", "Annotated[int, Gt(0)]",
                "a.b.c[d]", "a.b.c[d]",
                "x ** -y", "x ** (-y)",
                "(a | b) & c", "(a | b) & c",
                "f(x, k=1)", "f(x, k=1)",
                "~T", "~T",
                "not x", "not x",
                "list[*Ts]", "list[*Ts,]",
                "'it''s'", "'its'",
                "'a\\nb'", "'a\\nb'",
                "None", "None",
                "...", "...");
        for (int i = 0; i < pairs.size(); i += 2) {
            Mod.Module m = parse("x: " + pairs.get(i) + "\n");
            Stmt.AnnAssign a = (Stmt.AnnAssign) m.body().get(0);
            assertEquals(Optional.of(pairs.get(i + 1)), AnnotationText.of(a.annotation()), pairs.get(i));
        }
    }

    @Test
    void otherSyntaxIsRefusedNotGuessed() throws Exception {
        for (String source : List.of("lambda: 1", "1.5", "b'x'", "'\u00e9'", "[x for x in y]")) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) parse("x: " + source + "\n").body().get(0);
            assertEquals(Optional.empty(), AnnotationText.of(a.annotation()), source);
        }
    }

    @Test
    void annotationsReadingNamesNotYetBoundAreFound() throws Exception {
        assertEquals("Point", AnnotationNames.firstUnbound(parse("""
                def f(p: Point) -> int:
                    return 1
                class Point:
                    pass
                """)).orElseThrow().id());
        assertEquals("Node", AnnotationNames.firstUnbound(parse("""
                class Node:
                    def link(self, other: Node) -> None:
                        pass
                """)).orElseThrow().id());
        assertTrue(AnnotationNames.firstUnbound(parse("""
                from typing import Optional
                class Node:
                    size: int
                    def link(self, other: "Node", n: Optional[int]) -> list[int]:
                        local: Undefined = 1
                        return []
                def g(n: Node) -> Node:
                    return n
                """)).isEmpty());
        assertTrue(AnnotationNames.firstUnbound(parse("""
                from __future__ import annotations
                def f(p: Point) -> None:
                    pass
                """)).isEmpty());
    }

    /** Programs CPython runs to the end never read an unbound name in an annotation. */
    @Test
    void typedProgramsStayTyped() throws Exception {
        List<Path> programs;
        try (var files = Files.list(Path.of("../corpus/features"))) {
            programs = new java.util.ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith("typed_class_")
                    && p.toString().endsWith(".py")).toList());
        }
        try (var files = Files.list(Path.of("src/test/resources/typed_class"))) {
            files.filter(p -> p.toString().endsWith(".py")).forEach(programs::add);
        }
        assertTrue(programs.size() > 5);
        for (Path p : programs) {
            assertEquals(Optional.empty(), AnnotationNames.firstUnbound(parse(Files.readString(p))).map(n -> n.id()),
                    p.toString());
        }
    }
}
