package io.portalis.ingest.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportGraphTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private StageResult<ImportGraph> project() throws IOException {
        write("app/__init__.py", "from . import a\n");
        write("app/a.py", "from .b import f\nimport app.c\n");
        write("app/b.py", "from . import a\ndef f():\n    pass\n");
        write("app/c.py", "import os\ntry:\n    from .missing import x\nexcept ImportError:\n    import app.nothere\n");
        write("app/sub/__init__.py", "");
        write("app/sub/d.py", "from .. import b\ndef g():\n    from ... import z\n");
        write("main.py", "import app.sub.d\nfrom app import c\n");
        write("not-a-module/x.py", "import main\n");
        return ImportGraph.ingestDirectory(root);
    }

    @Test
    void discoversModulesAndPackagesByDottedName() throws IOException {
        PackageLayout layout = PackageLayout.discover(project().value().orElseThrow().layout().root());
        assertEquals(Set.of("app", "app.a", "app.b", "app.c", "app.sub", "app.sub.d", "main"), layout.modules().keySet());
        assertEquals(Set.of("app", "app.sub"), layout.packages());
        assertEquals(root.resolve("app/__init__.py"), layout.modules().get("app"));
    }

    @Test
    void resolvesAbsoluteAndRelativeImports() throws IOException {
        ImportGraph g = project().value().orElseThrow();
        assertEquals(Set.of("app.a"), g.importsOf("app"));
        assertEquals(Set.of("app.b", "app.c"), g.importsOf("app.a"));
        assertEquals(Set.of("app", "app.a"), g.importsOf("app.b"));
        assertEquals(Set.of("app", "app.b"), g.importsOf("app.sub.d"));
        assertEquals(Set.of("app.sub.d", "app", "app.c"), g.importsOf("main"));
        assertEquals(Set.of(), g.importsOf("app.c"));
    }

    @Test
    void reportsMissingModulesRelativeImportsPastTheTopAndCycles() throws IOException {
        StageResult<ImportGraph> r = project();
        List<String> messages = r.diagnostics().stream().map(Diagnostic::message).toList();
        assertTrue(r.succeeded(), messages::toString);
        assertTrue(messages.contains("no module named `app.missing` (imported by `app.c`)"), messages::toString);
        assertTrue(messages.contains("no module named `app.nothere` (imported by `app.c`)"), messages::toString);
        assertTrue(messages.contains("attempted relative import beyond top-level package in `app.sub.d`"),
                messages::toString);
        assertTrue(messages.contains("import cycle: app -> app.a -> app.b -> app"), messages::toString);
        assertEquals(4, messages.size(), messages::toString);
        Diagnostic missing = r.diagnostics().stream().filter(d -> d.message().contains("app.missing")).findFirst()
                .orElseThrow();
        assertEquals(3, missing.span().line());
        assertEquals(5, missing.span().column());
    }
}
