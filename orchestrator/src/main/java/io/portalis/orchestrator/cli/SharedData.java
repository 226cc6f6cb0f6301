package io.portalis.orchestrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the project's shared data (../shared/corpus, ../shared/bench) for the benchmark
 * commands: an explicit path, else an environment variable, else the default relative path
 * resolved from the working directory and its parents, then from the jar's directory and its
 * parents (so the commands work from anywhere inside the checkout).
 */
final class SharedData {
    private SharedData() {}

    static Optional<Path> find(Path explicit, String envVariable, String defaultRelative, Predicate<Path> usable) {
        if (explicit != null) {
            return Optional.of(explicit).filter(usable);
        }
        String env = System.getenv(envVariable);
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(usable);
        }
        List<Path> roots = new ArrayList<>();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            roots.add(p);
        }
        jarDirectory().ifPresent(jar -> {
            for (Path p = jar; p != null; p = p.getParent()) {
                roots.add(p);
            }
        });
        return roots.stream().map(r -> r.resolve(defaultRelative).normalize()).filter(usable).findFirst();
    }

    /** The directory of the jar (or classes directory) this CLI runs from. */
    static Optional<Path> jarDirectory() {
        return codeLocation().map(Path::getParent);
    }

    /** The jar (or classes directory) this CLI runs from. */
    static Optional<Path> codeLocation() {
        try {
            var source = SharedData.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static boolean isDirectory(Path p) {
        return Files.isDirectory(p);
    }
}
