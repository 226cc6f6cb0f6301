package io.portalis.transpiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.transpiler.runtime.PyrtSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PyrtSourcesTest {
    static final Path ROOT = Path.of("src/main/resources/pyrt");

    /** What ships: the manifest and every source file; {@code tests/} stays in the repository. */
    @Test
    void indexListsExactlyTheShippedFilesOfTheRuntimeDirectory() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(ROOT)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.equals("Cargo.toml") || p.startsWith("src/")).sorted().toList();
        }
        assertEquals(onDisk, PyrtSources.index().stream().sorted().toList(),
                "update src/main/resources/pyrt/INDEX to match the directory");
    }

    @Test
    void loadReadsEveryIndexedFile() {
        var runtime = PyrtSources.load();
        assertEquals("pyrt", runtime.name());
        assertTrue(runtime.files().get("src/lib.rs").contains("forbid(unsafe_code)"));
        assertEquals(64, runtime.contentHash().length());
    }
}
