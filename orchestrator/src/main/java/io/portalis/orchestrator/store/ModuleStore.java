package io.portalis.orchestrator.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.portalis.agents.Stage;
import io.portalis.agents.artifacts.ArtifactRef;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.orchestrator.JobInput;
import io.portalis.orchestrator.ModuleOutcome;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content-addressed store of finished modules, under a state directory: {@code objects/}
 * holds file contents by SHA-256 ({@link ContentStore}), {@code modules/<key>.json} records how
 * the module with that {@link WorkKey} ended and which objects make up its outputs. Reusing a
 * module copies its objects into the job's output directory; no stage runs.
 *
 * <p>Only outcomes that the same inputs would give again are kept: a module that translated, or
 * that failed on a problem in the user's code. Failures of Portalis itself (a crashed or
 * timed-out stage, PTL05xx; a file that could not be written, PTL04xx) and a program run stopped
 * at its time limit (PTL0304, which a loaded machine can cause) are tried again.
 * The store is safe for several processes: every file lands by an atomic rename.
 */
public final class ModuleStore {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String BINARY_KIND = "binary; rustc ";

    private final Path root;
    private final ContentStore objects;

    public ModuleStore(Path root) {
        this.root = root;
        this.objects = new ContentStore(root.resolve("objects"));
    }

    public Path root() {
        return root;
    }

    /**
     * The stored outcome for {@code key}, its files copied into {@code outDir}; empty when the
     * store has no complete entry (then the module is translated as usual).
     */
    public Optional<ModuleOutcome> reuse(WorkKey key, JobInput input, Path outDir) {
        Path manifest = manifestOf(key);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            StoredModule stored = JSON.readValue(manifest.toFile(), StoredModule.class);
            if (stored.version() != StoredModule.VERSION) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> file : stored.files().entrySet()) {
                Optional<byte[]> bytes = objects.get(new ArtifactRef(file.getValue(), "file", 0));
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                writeAtomically(outDir.resolve(file.getKey()), bytes.get(), stored.binary().filter(file.getKey()::equals)
                        .isPresent() && !file.getKey().endsWith(".wasm"));
            }
            return Optional.of(outcomeOf(stored, input, outDir));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable store entry {}: {}", manifest, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps {@code outcome} and its output files under {@code key} when the same work would end the same. */
    public boolean remember(WorkKey key, ModuleOutcome outcome, Path outDir) {
        if (outcome.reused() || !deterministic(outcome)) {
            return false;
        }
        try {
            Map<String, String> files = new LinkedHashMap<>();
            Optional<String> binary = storeFile(outcome.outputs().binary(), outDir, files);
            Optional<String> crate = storeTree(outcome.outputs().crateDir(), outDir, files);
            Optional<String> report = storeFile(outcome.outputs().report(), outDir, files);
            report.ifPresent(r -> storeFile(Optional.of(outDir.resolve(htmlBeside(r))), outDir, files));
            Map<String, Long> timings = new LinkedHashMap<>();
            outcome.timings().forEach((stage, time) -> timings.put(stage.label(), time.toMillis()));
            StoredModule stored = new StoredModule(StoredModule.VERSION, outcome.status().label(),
                    outcome.failedStage().map(Stage::label), outcome.diagnostics(), outcome.verification(), timings,
                    files, binary, crate, report);
            writeAtomically(manifestOf(key), JSON.writeValueAsBytes(stored), false);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not store {} in {}: {}", outcome.module().dottedName(), root, e.toString());
            return false;
        }
    }

    /** Keeps a built binary; the reference names the rustc that built it (a replayed build reports it). */
    public ArtifactRef keepBinary(Path binary, String rustcVersion) throws IOException {
        return objects.put(BINARY_KIND + rustcVersion, Files.readAllBytes(binary));
    }

    /** Writes the binary {@code ref} names to {@code target}; empty when the store no longer has it. */
    public Optional<String> restoreBinary(ArtifactRef ref, Path target) throws IOException {
        if (!ref.kind().startsWith(BINARY_KIND)) {
            return Optional.empty();
        }
        Optional<byte[]> bytes = objects.get(ref);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        writeAtomically(target, bytes.get(), !target.toString().endsWith(".wasm"));
        return Optional.of(ref.kind().substring(BINARY_KIND.length()));
    }

    static boolean deterministic(ModuleOutcome outcome) {
        for (Diagnostic d : outcome.diagnostics()) {
            String code = d.code().name();
            if (code.startsWith("PTL04") || code.startsWith("PTL05") || code.equals("PTL0304")) {
                return false;
            }
        }
        return outcome.translated() || outcome.outputs().report().isPresent();
    }

    private ModuleOutcome outcomeOf(StoredModule stored, JobInput input, Path outDir) {
        Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
        stored.timingsMs().forEach((stage, ms) -> timings.put(stageOf(stage), Duration.ofMillis(ms)));
        ModuleOutcome.Outputs outputs = new ModuleOutcome.Outputs(stored.binary().map(outDir::resolve),
                stored.crate().map(outDir::resolve), stored.report().map(outDir::resolve));
        return new ModuleOutcome(input.module(), input.source().path(),
                ModuleOutcome.Status.valueOf(stored.status().toUpperCase(Locale.ROOT)),
                stored.failedStage().map(ModuleStore::stageOf), stored.diagnostics(), outputs, stored.verification(),
                timings, true);
    }

    private static Stage stageOf(String label) {
        return Stage.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private Optional<String> storeFile(Optional<Path> file, Path outDir, Map<String, String> files) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            String relative = outDir.relativize(file.get()).toString();
            files.put(relative, objects.put("file", Files.readAllBytes(file.get())).sha256());
            return Optional.of(relative);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<String> storeTree(Optional<Path> dir, Path outDir, Map<String, String> files)
            throws IOException {
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(dir.get())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                storeFile(Optional.of(file), outDir, files);
            }
        }
        return Optional.of(outDir.relativize(dir.get()).toString());
    }

    private static String htmlBeside(String reportJson) {
        return reportJson.endsWith(".json")
                ? reportJson.substring(0, reportJson.length() - ".json".length()) + ".html"
                : reportJson + ".html";
    }

    private Path manifestOf(WorkKey key) {
        return root.resolve("modules").resolve(key.sha256().substring(0, 2)).resolve(key.sha256() + ".json");
    }

    private static void writeAtomically(Path target, byte[] bytes, boolean executable) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            if (executable) {
                tmp.toFile().setExecutable(true, false);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
