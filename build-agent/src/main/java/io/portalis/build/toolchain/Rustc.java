package io.portalis.build.toolchain;

import io.portalis.build.process.ExternalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One rustc executable as {@code rustc -vV} describes it.
 *
 * @param version the first line of {@code rustc -vV}, e.g. {@code rustc 1.63.0}
 * @param release the bare release, e.g. {@code 1.63.0}
 * @param host    the host triple, e.g. {@code x86_64-unknown-linux-gnu}
 * @param sysroot where its standard libraries live ({@code rustc --print sysroot})
 * @param verbose the whole {@code -vV} text: it keys the runtime cache, so two rustc builds
 *                with the same release but different commits never share a compiled pyrt
 */
public record Rustc(Path path, String version, String release, String host, Path sysroot, String verbose) {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    /** Asks {@code path} who it is; empty when it is not a working rustc. */
    public static Optional<Rustc> probe(Path path) {
        if (!Files.isExecutable(path)) {
            return Optional.empty();
        }
        try {
            var vv = run(path, "-vV");
            var sysroot = run(path, "--print", "sysroot");
            if (vv.exitCode() != 0 || sysroot.exitCode() != 0) {
                return Optional.empty();
            }
            String text = vv.stdoutText().strip();
            List<String> lines = text.lines().toList();
            return Optional.of(new Rustc(path, lines.getFirst(), field(lines, "release"), field(lines, "host"),
                    Path.of(sysroot.stdoutText().strip()), text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether this rustc both knows {@code triple} and has its standard library installed. */
    public boolean hasTarget(String triple) {
        if (!Files.isDirectory(sysroot.resolve("lib/rustlib").resolve(triple).resolve("lib"))) {
            return false;
        }
        try {
            var list = run(path, "--print", "target-list");
            return list.exitCode() == 0 && list.stdoutText().lines().anyMatch(triple::equals);
        } catch (IOException e) {
            return false;
        }
    }

    /** The release as numbers, for comparisons such as "at least 1.63". */
    public int[] releaseNumbers() {
        String core = release.split("[-+ ]", 2)[0];
        return Arrays.stream(core.split("\\.")).mapToInt(s -> s.chars().allMatch(Character::isDigit)
                && !s.isEmpty() ? Integer.parseInt(s) : 0).toArray();
    }

    /** Whether this is a nightly or beta build ({@code 1.97.0-nightly}) rather than a stable release. */
    public boolean isPrerelease() {
        return release.contains("-");
    }

    private static ExternalProcess.Outcome run(Path rustc, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(rustc.toString());
        command.addAll(List.of(args));
        return ExternalProcess.run(ExternalProcess.Spec.of(command, Path.of(System.getProperty("java.io.tmpdir")),
                PROBE_TIMEOUT));
    }

    private static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .findFirst().orElse("unknown");
    }
}
