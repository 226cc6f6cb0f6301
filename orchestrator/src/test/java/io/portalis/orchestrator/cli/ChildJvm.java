package io.portalis.orchestrator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CLI in a separate JVM on the test's class path, so a test can kill it with SIGKILL. */
final class ChildJvm {
    private ChildJvm() {}

    static ProcessBuilder portalis(Path workingDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-Xss8m", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                PortalisCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    /** Kills {@code process} and its children (rustc, CPython) at once, as {@code kill -9} would. */
    static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    static String describe(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stdout unreadable: " + e + ")";
        }
    }
}
