package io.portalis.build.toolchain;

import io.portalis.agents.DoctorCheck;
import io.portalis.build.process.ExternalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the Rust toolchains Portalis builds with (DESIGN.md §3): a rustc whose sysroot holds a
 * WASI standard library ({@code wasm32-wasip1} from rustup, or {@code wasm32-wasi} from Debian's
 * {@code libstd-rust-dev-wasm32}) and a rustc for native builds. Each candidate must link a
 * trivial program before it is chosen, so a rustc with a std but no linker is not picked.
 */
public final class Toolchains {
    /** Installs a wasm-capable rustc on Debian and Ubuntu. */
    public static final String DEBIAN_INSTALL = "apt-get install -y rustc libstd-rust-dev-wasm32 lld-14";
    /** Adds the WASI target to a rustup toolchain. */
    public static final String RUSTUP_INSTALL = "rustup target add wasm32-wasip1";
    /** The environment variable that names the rustc to use before any other. */
    public static final String RUSTC_ENV = "PORTALIS_RUSTC";

    private static final List<String> WASM_TRIPLES = List.of("wasm32-wasip1", "wasm32-wasi");
    private static final Duration LINK_PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static volatile Toolchain cached;

    private Toolchains() {}

    /** The toolchain of this machine, looked for once per JVM. */
    public static Toolchain discover() {
        Toolchain found = cached;
        if (found == null) {
            synchronized (Toolchains.class) {
                if (cached == null) {
                    cached = discover(System.getenv());
                }
                found = cached;
            }
        }
        return found;
    }

    /** Looks again, with {@code env} standing for the process environment (for tests and doctor). */
    public static Toolchain discover(Map<String, String> env) {
        List<String> notes = new ArrayList<>();
        List<Rustc> candidates = candidates(env, notes);
        Optional<RustTarget> wasm = Optional.empty();
        for (Rustc rustc : candidates) {
            wasm = wasmTarget(rustc, notes);
            if (wasm.isPresent()) {
                break;
            }
        }
        Optional<RustTarget> host = hostPreference(candidates, override(env)).stream()
                .map(r -> new RustTarget(r, r.host()))
                .filter(t -> links(t, notes))
                .findFirst();
        return new Toolchain(wasm, host, notes);
    }

    /** The rustc that {@value #RUSTC_ENV} names, if it is set. */
    private static Optional<Path> override(Map<String, String> env) {
        return Optional.ofNullable(env.get(RUSTC_ENV)).filter(s -> !s.isBlank()).map(Path::of);
    }

    /**
     * The order in which rustcs are tried for native builds: the one {@value #RUSTC_ENV} names,
     * then the newest stable release, then nightlies and betas. Native code is built for speed,
     * and the generated code compiles with every rustc from 1.63 on, so a newer optimiser is taken
     * when the machine has one (rustup's stable runs the bench programs up to a third faster than
     * Debian's 1.63); the wasm build keeps its own choice, since only some rustcs have a WASI std.
     */
    public static List<Rustc> hostPreference(List<Rustc> candidates, Optional<Path> override) {
        List<Rustc> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing((Rustc r) -> override.filter(o -> o.equals(r.path())).isEmpty())
                .thenComparing(Rustc::isPrerelease)
                .thenComparing(Rustc::releaseNumbers, Toolchains::newerFirst));
        return ordered.stream().distinct().toList();
    }

    private static int newerFirst(int[] a, int[] b) {
        return -Arrays.compare(a, b);
    }

    /** The lines {@code portalis doctor} prints for Rust. */
    public static List<DoctorCheck> checks() {
        return checks(discover());
    }

    public static List<DoctorCheck> checks(Toolchain toolchain) {
        DoctorCheck wasm = toolchain.wasm()
                .map(t -> new DoctorCheck("rustc for WebAssembly", true, true, describe(t), ""))
                .orElse(new DoctorCheck("rustc for WebAssembly", false, true,
                        "no rustc with a wasm32-wasip1 or wasm32-wasi standard library",
                        DEBIAN_INSTALL + "   (or, with rustup: " + RUSTUP_INSTALL + ")"));
        DoctorCheck host = toolchain.host()
                .map(t -> new DoctorCheck("rustc for native builds", true, false, describe(t), ""))
                .orElse(new DoctorCheck("rustc for native builds", false, false, "no rustc that links for the host",
                        "apt-get install -y rustc gcc   (or: rustup toolchain install stable)"));
        return List.of(wasm, host);
    }

    /** {@code /usr/bin/rustc (rustc 1.63.0, target wasm32-wasi)}. */
    public static String describe(RustTarget target) {
        return target.rustc().path() + " (" + target.rustc().version() + ", target " + target.triple() + ")";
    }

    private static List<Rustc> candidates(Map<String, String> env, List<String> notes) {
        Set<Path> paths = new LinkedHashSet<>();
        override(env).ifPresent(paths::add);
        paths.addAll(rustupToolchains(env));
        paths.add(Path.of("/usr/bin/rustc"));
        onPath(env, "rustc").ifPresent(paths::add);
        List<Rustc> found = new ArrayList<>();
        for (Path path : paths) {
            Optional<Rustc> rustc = Rustc.probe(path);
            rustc.ifPresentOrElse(found::add, () -> {
                if (Files.exists(path)) {
                    notes.add(path + ": not a working rustc");
                }
            });
        }
        return found;
    }

    private static List<Path> rustupToolchains(Map<String, String> env) {
        Path home = Optional.ofNullable(env.get("RUSTUP_HOME")).map(Path::of)
                .orElse(Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".rustup"));
        Path toolchains = home.resolve("toolchains");
        if (!Files.isDirectory(toolchains)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(toolchains)) {
            // Stable first: generated code targets stable Rust; nightlies come after, by name.
            return dirs.sorted((a, b) -> {
                boolean sa = a.getFileName().toString().startsWith("stable");
                boolean sb = b.getFileName().toString().startsWith("stable");
                return sa == sb ? a.compareTo(b) : sa ? -1 : 1;
            }).map(d -> d.resolve("bin/rustc")).filter(Files::isExecutable).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> onPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }

    private static Optional<RustTarget> wasmTarget(Rustc rustc, List<String> notes) {
        for (String triple : WASM_TRIPLES) {
            if (rustc.hasTarget(triple)) {
                RustTarget target = new RustTarget(rustc, triple);
                return links(target, notes) ? Optional.of(target) : Optional.empty();
            }
        }
        notes.add(rustc.path() + " (" + rustc.version() + "): no wasm32-wasip1 or wasm32-wasi standard library");
        return Optional.empty();
    }

    /** Compiles and links {@code fn main() {}}: proves the std and the linker are both there. */
    private static boolean links(RustTarget target, List<String> notes) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("portalis-probe");
            Files.writeString(dir.resolve("probe.rs"), "fn main() {}\n");
            List<String> command = List.of(target.rustc().path().toString(), "--edition", "2021", "--target",
                    target.triple(), "probe.rs", "-o", target.isWasm() ? "probe.wasm" : "probe");
            var outcome = ExternalProcess.run(ExternalProcess.Spec.of(command, dir, LINK_PROBE_TIMEOUT));
            if (outcome.exitCode() != 0) {
                String why = outcome.stderrText().lines().findFirst().orElse("exit code " + outcome.exitCode());
                notes.add(describe(target) + ": cannot link a program: " + why);
                return false;
            }
            return true;
        } catch (IOException e) {
            notes.add(describe(target) + ": " + e.getMessage());
            return false;
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // leftovers in the temporary directory are harmless
        }
    }
}
