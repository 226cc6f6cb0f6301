package io.portalis.orchestrator.seams;

import io.portalis.agents.DoctorCheck;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rustc part of {@code portalis doctor}, and the check the end-to-end test skips on.
 *
 * <p>TODO(lead): switch to {@code io.portalis.build.toolchain.Toolchains.discover().checks()} when
 * it lands, and delete the fallback probe below. Until then that method is called reflectively
 * when present, so the build agent's own discovery is used as soon as it exists.
 */
public final class RustToolchains {
    static final String WASM_FIX = "sudo apt-get install -y rustc libstd-rust-dev-wasm32"
            + "   # or, with rustup: rustup target add wasm32-wasip1";

    private RustToolchains() {}

    public static List<DoctorCheck> checks() {
        return fromBuildAgent().orElseGet(RustToolchains::probe);
    }

    /** True when some rustc can build for wasm32-wasi or wasm32-wasip1. */
    public static boolean wasmCapableRustcFound() {
        List<DoctorCheck> checks = checks();
        if (checks.stream().noneMatch(DoctorCheck::required)) {
            checks = probe();
        }
        return checks.stream().filter(DoctorCheck::required).allMatch(DoctorCheck::ok);
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<DoctorCheck>> fromBuildAgent() {
        try {
            Class<?> toolchains = Class.forName("io.portalis.build.toolchain.Toolchains");
            Object discovered = toolchains.getMethod("discover").invoke(null);
            return Optional.of((List<DoctorCheck>) discovered.getClass().getMethod("checks").invoke(discovered));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(List.of(new DoctorCheck("rustc discovery", false, true,
                    "failed: " + e.getCause(), WASM_FIX)));
        }
    }

    /** Every distinct rustc on PATH and in the usual places, and whether its sysroot has a wasm std. */
    static List<DoctorCheck> probe() {
        // Deduplicated by real path, but run by the path found: rustup's proxies are links to rustup.
        Map<Path, Path> candidates = new LinkedHashMap<>();
        List<Path> found = new ArrayList<>(ExternalTools.onPath("rustc"));
        String home = System.getProperty("user.home");
        for (Path p : List.of(Path.of("/usr/bin/rustc"), Path.of(home, ".cargo", "bin", "rustc"))) {
            if (Files.isExecutable(p)) {
                found.add(p);
            }
        }
        found.forEach(p -> candidates.putIfAbsent(realPath(p), p));
        List<DoctorCheck> checks = new ArrayList<>();
        boolean anyWasm = false;
        for (Path rustc : candidates.values()) {
            Optional<String> version = ExternalTools.output(List.of(rustc.toString(), "--version"));
            if (version.isEmpty()) {
                continue;
            }
            Optional<String> wasm = wasmTarget(rustc);
            anyWasm |= wasm.isPresent();
            checks.add(new DoctorCheck("rustc " + rustc, true, false,
                    version.get() + wasm.map(t -> ", targets: host, " + t).orElse(", targets: host only"), ""));
        }
        checks.add(new DoctorCheck("rustc with a wasm32-wasi standard library", anyWasm, true,
                anyWasm ? "found" : candidates.isEmpty() ? "no rustc found" : "no rustc has a wasm std",
                anyWasm ? "" : WASM_FIX));
        return checks;
    }

    private static Optional<String> wasmTarget(Path rustc) {
        Optional<String> sysroot = ExternalTools.output(List.of(rustc.toString(), "--print", "sysroot"));
        if (sysroot.isEmpty()) {
            return Optional.empty();
        }
        for (String target : List.of("wasm32-wasip1", "wasm32-wasi")) {
            if (Files.isDirectory(Path.of(sysroot.get(), "lib", "rustlib", target, "lib"))) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
        }
    }
}
