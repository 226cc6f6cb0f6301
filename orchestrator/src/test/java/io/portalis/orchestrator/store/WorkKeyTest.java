package io.portalis.orchestrator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkKeyTest {
    @TempDir
    Path dir;

    @Test
    void aProgramsKeyChangesWithTheModulesItImportsAndOnlyThose() throws IOException {
        Files.writeString(dir.resolve("main.py"), "import util\nprint(util.X)\n");
        Files.writeString(dir.resolve("util.py"), "X = 1\n");
        Files.writeString(dir.resolve("unrelated.py"), "Y = 1\n");
        JobInput main = JobInput.of(dir.resolve("main.py"));
        JobOptions options = JobOptions.defaults(dir.resolve("out"), dir.resolve("work"));
        WorkKey before = WorkKey.of(main, options).orElseThrow();
        Files.writeString(dir.resolve("unrelated.py"), "Y = 2\n");
        assertEquals(before, WorkKey.of(main, options).orElseThrow());
        Files.writeString(dir.resolve("util.py"), "X = 2\n");
        assertNotEquals(before, WorkKey.of(main, options).orElseThrow());
    }
}
