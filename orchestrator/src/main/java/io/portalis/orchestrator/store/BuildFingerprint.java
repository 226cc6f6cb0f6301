package io.portalis.orchestrator.store;

import io.portalis.agents.artifacts.ContentStore;
import io.portalis.build.Target;
import io.portalis.build.toolchain.RustTarget;
import io.portalis.build.toolchain.Toolchain;
import io.portalis.build.toolchain.Toolchains;
import io.portalis.transpiler.runtime.PyrtSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What besides a module's source decides its outputs: the rustc that builds it (its full
 * {@code rustc -vV}), the runtime crate's sources, and the Portalis code itself (the bytes of the
 * agents' jars or class directories, so a rebuilt Portalis never reuses an older translation).
 * Computed once per target and process.
 */
public final class BuildFingerprint {
    private static final Map<Target, String> CACHED = new ConcurrentHashMap<>();
    private static volatile String codeHash;

    /** Classes whose code locations hold every stage's code. */
    private static final List<String> STAGE_CLASSES = List.of(
            "io.portalis.ingest.IngestAgent", "io.portalis.analysis.AnalysisAgent",
            "io.portalis.transpiler.TranspilerAgent", "io.portalis.build.BuildAgent",
            "io.portalis.testing.TestAgent", "io.portalis.packaging.PackagingAgent",
            "io.portalis.orchestrator.Orchestrator", "io.portalis.agents.Stage");

    private BuildFingerprint() {}

    public static String of(Target target) {
        return CACHED.computeIfAbsent(target, BuildFingerprint::compute);
    }

    private static String compute(Target target) {
        Toolchain toolchain = Toolchains.discover();
        String rustc = (target == Target.WASM32_WASI ? toolchain.wasm() : toolchain.host())
                .map(t -> t.rustc().verbose() + "\0" + t.triple()).orElse("no-rustc");
        String key = String.join("\0", "portalis-fingerprint-1", target.name(), rustc,
                PyrtSources.load().contentHash(), code());
        return ContentStore.sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of Portalis's own code; a rustc or runtime change alone is not enough. */
    static String code() {
        String hash = codeHash;
        if (hash == null) {
            MessageDigest digest = sha256();
            for (String name : STAGE_CLASSES) {
                Path location = locationOf(name);
                digest.update(location.toString().getBytes(StandardCharsets.UTF_8));
                hashTree(location, digest);
            }
            hash = HexFormat.of().formatHex(digest.digest());
            codeHash = hash;
        }
        return hash;
    }

    private static Path locationOf(String className) {
        try {
            CodeSource source = Class.forName(className).getProtectionDomain().getCodeSource();
            return Path.of(source.getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the code of " + className, e);
        }
    }

    private static void hashTree(Path location, MessageDigest digest) {
        try (Stream<Path> files = Files.isDirectory(location) ? Files.walk(location) : Stream.of(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Portalis's code at " + location, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
