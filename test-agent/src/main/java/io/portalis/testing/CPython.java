package io.portalis.testing;

import io.portalis.agents.DoctorCheck;
import io.portalis.build.process.ExternalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A CPython interpreter: the reference a translation is compared with. Programs run the way a
 * user would run them ({@code python script.py} in the script's directory) with a fixed hash
 * seed, so that set and dict iteration orders that depend on string hashing repeat, and UTF-8
 * standard streams whatever the locale. They get no environment of this process: only
 * {@link #programEnvironment} of what the caller grants, which the translation is given too.
 *
 * @param version the interpreter's version, e.g. {@code 3.12.1}
 */
public record CPython(Path executable, String version) {
    /** The environment variable that names the interpreter to use before any other. */
    public static final String PYTHON_ENV = "PORTALIS_PYTHON";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static volatile Optional<CPython> cached;

    /** The interpreter this JVM uses, looked for once. */
    public static Optional<CPython> find() {
        Optional<CPython> found = cached;
        if (found == null) {
            found = find(System.getenv());
            cached = found;
        }
        return found;
    }

    /**
     * Looks in order at {@code $PORTALIS_PYTHON}, {@code python3.12} on the PATH, pyenv's 3.12
     * installations, then {@code python3} on the PATH; the first that answers with a Python 3
     * version wins.
     */
    public static Optional<CPython> find(Map<String, String> env) {
        return candidates(env).stream().map(CPython::probe).flatMap(Optional::stream).findFirst();
    }

    /** The line {@code portalis doctor} prints for CPython. */
    public static DoctorCheck check() {
        return find().map(p -> new DoctorCheck("CPython (reference for verification)", true, false,
                        p.executable() + " (Python " + p.version() + ")", ""))
                .orElse(new DoctorCheck("CPython (reference for verification)", false, false,
                        "no python3 found", "apt-get install -y python3   (or set " + PYTHON_ENV + ")"));
    }

    /**
     * The whole environment of a verification run, for CPython and the translation alike, so that
     * {@code os.environ} reads the same on both sides: the settings that make CPython's run
     * repeatable (hash seed, UTF-8 streams, no locale coercion, which would add {@code LC_CTYPE})
     * and then {@code granted}. A translation that reads a variable nobody granted sees it unset,
     * as CPython does.
     */
    public static Map<String, String> programEnvironment(Map<String, String> granted) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONUTF8", "1");
        env.put("PYTHONCOERCECLOCALE", "0");
        granted.forEach((name, value) -> {
            env.remove(name);
            env.put(name, value);
        });
        return env;
    }

    /** Runs {@code script} with empty input; a run past {@code timeout} is killed. */
    public ProgramRun run(Path script, Duration timeout) throws IOException {
        return toProgramRun(runWithOutcome(script, timeout));
    }

    /** Like {@link #run} but says whether the time limit stopped it. */
    public ExternalProcess.Outcome runWithOutcome(Path script, Duration timeout) throws IOException {
        return runWithOutcome(script, timeout, script.toAbsolutePath().getParent(), programEnvironment(Map.of()));
    }

    /**
     * Runs {@code script} with {@code workDir} as its working directory and {@code env} as its whole
     * environment; the script is named by file name when it lies there, else by absolute path
     * (which is then its {@code sys.argv[0]}).
     */
    public ExternalProcess.Outcome runWithOutcome(Path script, Duration timeout, Path workDir, Map<String, String> env)
            throws IOException {
        return runWithOutcome(script, timeout, workDir, env, new byte[0]);
    }

    /** Like {@link #runWithOutcome(Path, Duration, Path, Map)}, reading {@code stdin} as standard input. */
    public ExternalProcess.Outcome runWithOutcome(Path script, Duration timeout, Path workDir, Map<String, String> env,
                                                  byte[] stdin) throws IOException {
        Path absolute = script.toAbsolutePath();
        String named = absolute.getParent().equals(workDir.toAbsolutePath())
                ? absolute.getFileName().toString() : absolute.toString();
        var spec = ExternalProcess.Spec.of(List.of(executable.toString(), "-B", named), workDir, timeout)
                .withEnvironment(env).withStdin(stdin);
        ExternalProcess.Outcome outcome = ExternalProcess.run(spec);
        if (named.equals(absolute.getFileName().toString())) {
            return outcome;
        }
        // What `python3 NAME.py` shows as sys.argv[0] (and the translation has): the bare name.
        String name = absolute.getFileName().toString();
        return new ExternalProcess.Outcome(outcome.exitCode(), replace(outcome.stdout(), named, name),
                replace(outcome.stderr(), named, name), outcome.elapsed(), outcome.timedOut());
    }

    private static byte[] replace(byte[] text, String from, String to) {
        String s = new String(text, java.nio.charset.StandardCharsets.UTF_8);
        return s.contains(from) ? s.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8) : text;
    }

    static ProgramRun toProgramRun(ExternalProcess.Outcome outcome) {
        return new ProgramRun(outcome.exitCode(), outcome.stdout(), outcome.stderr(), outcome.elapsed());
    }

    /**
     * Translations follow CPython 3.12 (the parser's oracle), so a 3.12 is preferred over whatever
     * {@code python3} happens to be: an older one rejects 3.12 syntax and words some errors
     * differently, which would fail correct translations.
     */
    private static List<Path> candidates(Map<String, String> env) {
        List<Path> paths = new ArrayList<>();
        Optional.ofNullable(env.get(PYTHON_ENV)).filter(s -> !s.isBlank()).map(Path::of).ifPresent(paths::add);
        onPath(env, "python3.12").ifPresent(paths::add);
        Path home = Path.of(env.getOrDefault("PYENV_ROOT",
                env.getOrDefault("HOME", System.getProperty("user.home")) + "/.pyenv"));
        paths.addAll(pyenv312(home.resolve("versions")));
        paths.addAll(pyenv312(Path.of("/root/.pyenv/versions")));
        onPath(env, "python3").ifPresent(paths::add);
        return paths.stream().distinct().toList();
    }

    private static Optional<Path> onPath(Map<String, String> env, String name) {
        for (String dir : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }

    private static List<Path> pyenv312(Path versions) {
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("3.12."))
                    .sorted(Comparator.reverseOrder())
                    .map(d -> d.resolve("bin/python"))
                    .filter(Files::isExecutable)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<CPython> probe(Path executable) {
        if (!Files.isExecutable(executable)) {
            return Optional.empty();
        }
        try {
            var outcome = ExternalProcess.run(ExternalProcess.Spec.of(
                    List.of(executable.toString(), "-c", "import sys; print(sys.version.split()[0]); print(sys.executable)"),
                    Path.of(System.getProperty("java.io.tmpdir")), PROBE_TIMEOUT));
            List<String> lines = outcome.stdoutText().strip().lines().toList();
            if (outcome.exitCode() != 0 || lines.isEmpty() || !lines.get(0).startsWith("3.")) {
                return Optional.empty();
            }
            // Programs run with no environment of ours, which a wrapper such as a pyenv shim needs
            // (PATH, HOME): run the interpreter itself.
            Path real = lines.size() > 1 && !lines.get(1).isBlank() ? Path.of(lines.get(1)) : executable;
            return Optional.of(new CPython(Files.isExecutable(real) ? real : executable, lines.get(0)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
