package io.portalis.orchestrator.cli;

import io.portalis.orchestrator.seams.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** CPython interpreters for producing expected outputs in tests (never typed by hand). */
final class Pythons {
    private Pythons() {}

    /** A CPython 3.12: {@code python3.12} on PATH or a pyenv-installed 3.12. */
    static Optional<Path> python312() {
        // pyenv's shims are on PATH even when the version behind them is not selected: try each.
        Optional<Path> onPath = ExternalTools.onPath("python3.12").stream().filter(Pythons::runs).findFirst();
        if (onPath.isPresent()) {
            return onPath;
        }
        String pyenvRoot = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        Path versions = Path.of(pyenvRoot, "versions");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed.filter(v -> v.getFileName().toString().startsWith("3.12")).sorted()
                    .map(v -> v.resolve("bin/python")).filter(Files::isExecutable).filter(Pythons::runs).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> python3() {
        return python312().or(() -> ExternalTools.onPath("python3").stream().filter(Pythons::runs).findFirst());
    }

    private static boolean runs(Path python) {
        return ExternalTools.output(List.of(python.toString(), "--version")).isPresent();
    }

    /** Runs the interpreter and returns its stdout; fails the test if it does not exit 0. */
    static String stdout(Path python, String... args) throws IOException, InterruptedException {
        return stdout(python, List.of(args), null);
    }

    /** {@link #stdout} with {@code workDir} as the working directory ({@code null}: this process's). */
    static String stdout(Path python, List<String> args, Path workDir) throws IOException, InterruptedException {
        return stdout(python, args, workDir, null);
    }

    /** {@link #stdout} with {@code env} as the whole environment ({@code null}: this process's). */
    static String stdout(Path python, List<String> args, Path workDir, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        return stdout(python, args, workDir, env, null);
    }

    /** {@link #stdout} reading {@code input} as standard input ({@code null}: none). */
    static String stdout(Path python, List<String> args, Path workDir, java.util.Map<String, String> env,
                         Path input) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(python.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (env != null) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        builder.redirectInput(input != null ? ProcessBuilder.Redirect.from(input.toFile())
                : ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("CPython failed: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
