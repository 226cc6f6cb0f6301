package io.portalis.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.build.toolchain.Rustc;
import io.portalis.build.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolchainsTest {
    @Test
    void discoveryIsCachedAndDescribesWhatItFound() {
        var first = Toolchains.discover();
        assertSame(first, Toolchains.discover());
        var checks = Toolchains.checks(first);
        assertEquals(2, checks.size());
        first.wasm().ifPresent(w -> {
            assertTrue(w.triple().equals("wasm32-wasi") || w.triple().equals("wasm32-wasip1"));
            assertTrue(checks.getFirst().ok());
            assertTrue(checks.getFirst().found().contains(w.rustc().version()));
        });
    }

    @Test
    void environmentOverrideIsTriedFirst() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/rustc")), "needs Debian's rustc");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(Toolchains.RUSTC_ENV, "/usr/bin/rustc");
        var found = Toolchains.discover(env);
        assumeTrue(found.wasm().isPresent(), "Debian's rustc has no wasm std here");
        assertEquals(Path.of("/usr/bin/rustc"), found.wasm().get().rustc().path());
        assertEquals(Path.of("/usr/bin/rustc"), found.host().orElseThrow().rustc().path());
    }

    @Test
    void nativeBuildsTakeTheOverrideThenTheNewestStableRelease() {
        Rustc debian = rustc("/usr/bin/rustc", "1.63.0");
        Rustc stable = rustc("/root/.rustup/toolchains/stable/bin/rustc", "1.95.0");
        Rustc nightly = rustc("/root/.rustup/toolchains/nightly/bin/rustc", "1.97.0-nightly");
        Rustc old = rustc("/opt/rust/bin/rustc", "1.9.0");
        assertEquals(List.of(stable, debian, old, nightly),
                Toolchains.hostPreference(List.of(debian, old, stable, nightly), Optional.empty()));
        assertEquals(List.of(debian, stable, old, nightly),
                Toolchains.hostPreference(List.of(old, stable, nightly, debian), Optional.of(debian.path())));
    }

    private static Rustc rustc(String path, String release) {
        return new Rustc(Path.of(path), "rustc " + release, release, "x86_64-unknown-linux-gnu", Path.of("/"), "");
    }

    @Test
    void aBrokenOverrideIsNotedAndSkipped() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(Toolchains.RUSTC_ENV, "/bin/false");
        var found = Toolchains.discover(env);
        assertTrue(found.notes().stream().anyMatch(n -> n.contains("/bin/false")), found.notes()::toString);
    }
}
