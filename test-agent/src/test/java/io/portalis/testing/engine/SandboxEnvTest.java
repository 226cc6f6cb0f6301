package io.portalis.testing.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portalis.testing.RustPrograms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A module's environment is exactly what its sandbox grants: nothing of the JVM's own. */
class SandboxEnvTest {
    private static String run(Sandbox sandbox) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ChicoryEngine().run(RustPrograms.wasmBytes("print_env"), "print_env.wasm", List.of(),
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), Duration.ofSeconds(60),
                sandbox);
        assertEquals(0, exit);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutGrantsTheEnvironmentIsEmpty() throws Exception {
        assertEquals("", run(Sandbox.NONE));
    }

    @Test
    void grantedVariablesArriveInOrder() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ZETA", "last letter");
        env.put("ALPHA", "x=y é");
        env.put("EMPTY", "");
        assertEquals("ZETA=last letter\nALPHA=x=y é\nEMPTY=\n", run(Sandbox.NONE.withEnv(env)));
    }
}
