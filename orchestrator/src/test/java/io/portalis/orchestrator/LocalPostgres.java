package io.portalis.orchestrator;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the journal tests: the one {@code PORTALIS_TEST_POSTGRES_URL} names,
 * or a fresh one this class starts on a free loopback port in a temporary directory (Debian's
 * binaries, installed by scripts/ensure-postgres.sh; as root, the server runs as the
 * {@code postgres} user, since PostgreSQL refuses to run as root). {@link #skipReason} says why
 * there is none.
 */
final class LocalPostgres implements AutoCloseable {
    static final String URL_ENV = "PORTALIS_TEST_POSTGRES_URL";

    final String url;
    final String user;
    private final Optional<Path> binDir;
    private final Optional<Path> base;
    private final Optional<String> runAs;

    private LocalPostgres(String url, String user, Optional<Path> binDir, Optional<Path> base, Optional<String> runAs) {
        this.url = url;
        this.user = user;
        this.binDir = binDir;
        this.base = base;
        this.runAs = runAs;
    }

    /** Why no server can be had here; empty when {@link #start} will give one. */
    static Optional<String> skipReason() {
        if (System.getenv(URL_ENV) != null) {
            return Optional.empty();
        }
        if (binDir().isEmpty()) {
            return Optional.of("PostgreSQL is not installed and " + URL_ENV
                    + " is not set (scripts/ensure-postgres.sh installs Debian's postgresql)");
        }
        if (isRoot() && !userExists("postgres")) {
            return Optional.of("running as root and there is no 'postgres' user to run the server as");
        }
        return Optional.empty();
    }

    static LocalPostgres start() throws IOException, InterruptedException {
        String configured = System.getenv(URL_ENV);
        if (configured != null) {
            return new LocalPostgres(configured, System.getenv().getOrDefault("PORTALIS_TEST_POSTGRES_USER",
                    "postgres"), Optional.empty(), Optional.empty(), Optional.empty());
        }
        Path bin = binDir().orElseThrow();
        Path base = Files.createTempDirectory("portalis-pg-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Optional<String> runAs = isRoot() ? Optional.of("postgres") : Optional.empty();
        if (runAs.isPresent()) {
            run(List.of("chown", runAs.get(), base.toString()), Optional.empty(), 30);
        }
        Path data = base.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "--encoding=UTF8", "--locale=C"), runAs, 120);
        int port = freePort();
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start"), runAs, 90);
        return new LocalPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", Optional.of(bin),
                Optional.of(base), runAs);
    }

    @Override
    public void close() throws Exception {
        if (base.isPresent()) {
            run(List.of(binDir.orElseThrow().resolve("pg_ctl").toString(), "-D", base.get().resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"), runAs, 60);
            try (Stream<Path> files = Files.walk(base.get())) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Optional<Path> binDir() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command, Optional<String> runAs, int seconds)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        runAs.ifPresent(user -> full.addAll(List.of("runuser", "-u", user, "--")));
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", full) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
    }
}
