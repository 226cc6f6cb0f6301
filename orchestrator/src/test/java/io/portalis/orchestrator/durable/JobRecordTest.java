package io.portalis.orchestrator.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.build.Target;
import io.portalis.orchestrator.JobOptions;
import io.portalis.orchestrator.JobSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the journal keeps of a job is enough to run the same job again. */
class JobRecordTest {
    @TempDir
    Path dir;

    @Test
    void aRecordedJobComesBackWithAllItsOptions() throws Exception {
        Path program = Files.writeString(dir.resolve("lib.py"), "def f():\n    return 1\n");
        JobOptions options = new JobOptions(dir.resolve("out"), Target.NATIVE, "chicory", false, dir.resolve("work"),
                false, true, List.of(dir.resolve("input.csv"), dir.resolve("data")), List.of("HOME", "GREETING=hi"));
        JobSpec spec = JobSpec.of(List.of(program), options);

        JobRecord record = JobRecord.of(spec);
        ObjectMapper json = new ObjectMapper();
        JobRecord read = json.readValue(json.writeValueAsString(record), JobRecord.class);

        assertEquals(record, read);
        assertEquals(options, read.toSpec(Map.of()).options());
        assertEquals(spec.inputs(), read.toSpec(Map.of()).inputs());
    }

    @Test
    void aRowWrittenBeforeLibraryDataAndEnvWereKeptReadsAsAProgramWithoutThem() throws Exception {
        String old = """
                {"id":"j1","inputs":[{"module":"m","path":"/p/m.py","displayName":"m.py"}],"outDir":"/o",
                 "target":"WASM32_WASI","engine":"chicory","verify":true,"workDir":"/w","run":true}""";
        JobRecord read = new ObjectMapper().readValue(old, JobRecord.class);

        assertFalse(read.library());
        assertEquals(List.of(), read.data());
        assertEquals(List.of(), read.toSpec(Map.of()).options().data());
        assertEquals(List.of(), read.toSpec(Map.of()).options().env());
    }
}
