package io.portalis.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobInputTest {
    @TempDir
    Path dir;

    @Test
    void aScriptIsNamedAfterItsStem() {
        JobInput input = JobInput.of(dir.resolve("hello.py"));
        assertEquals("hello", input.stem());
        assertEquals(dir.resolve("hello.py"), input.source().path());
    }

    @Test
    void aDirectoryWithMainRunsItsMainAndIsNamedAfterIt() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("__main__.py"), "print('hi')\n");
        JobInput input = JobInput.of(app);
        assertEquals("app", input.stem());
        assertEquals(app.resolve("__main__.py"), input.source().path());
    }
}
