package io.portalis.orchestrator.store;

import io.portalis.agents.artifacts.ContentStore;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.JobOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of one module's finished work: the SHA-256 of its source bytes, where the source
 * lives (reports and diagnostics name it), the output stem, the options that change what is
 * built or checked, and the {@link BuildFingerprint} (toolchain, runtime, Portalis's code).
 * Equal keys mean equal outputs, so a module whose key is in the store is not translated again.
 */
public record WorkKey(String sha256) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public WorkKey {
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }

    /** The key of {@code input} under {@code options}; empty when the source cannot be read. */
    public static Optional<WorkKey> of(JobInput input, JobOptions options) {
        byte[] source;
        try {
            source = Files.readAllBytes(input.source().path());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        StringBuilder locals = new StringBuilder();
        try {
            // A program's other modules are part of its source: a change to one is a change to it.
            for (java.nio.file.Path file : io.portalis.ingest.packages.ProgramDiscovery.filesOf(input.source())) {
                locals.append(file).append('=').append(ContentStore.sha256(Files.readAllBytes(file))).append(';');
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        try {
            // Data files decide what a verified program printed: their content is part of the work.
            for (java.nio.file.Path item : options.data()) {
                try (var files = Files.walk(item)) {
                    for (java.nio.file.Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        locals.append("data:").append(file.toAbsolutePath()).append('=')
                                .append(ContentStore.sha256(Files.readAllBytes(file))).append(';');
                    }
                }
            }
            // So does the standard input it read.
            if (options.stdin().isPresent()) {
                locals.append("stdin:").append(ContentStore.sha256(Files.readAllBytes(options.stdin().get()))).append(';');
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        // Granted variables decide what a verified program printed; a bare NAME by its value now.
        for (String grant : options.env()) {
            String value = grant.indexOf('=') >= 0 ? grant : grant + "=" + System.getenv(grant);
            locals.append("env:").append(ContentStore.sha256(value.getBytes(StandardCharsets.UTF_8))).append(';');
        }
        String key = String.join("\0", "portalis-work-2", ContentStore.sha256(source), locals,
                input.source().path().toAbsolutePath().normalize().toString(), input.source().displayName(),
                input.stem(), input.module().dottedName(), options.target().name(), options.engine(),
                Boolean.toString(options.verify()), Boolean.toString(options.run()),
                BuildFingerprint.of(options.target()));
        return Optional.of(new WorkKey(ContentStore.sha256(key.getBytes(StandardCharsets.UTF_8))));
    }

    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
