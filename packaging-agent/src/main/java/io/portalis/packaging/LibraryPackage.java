package io.portalis.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.agents.artifacts.ContentStore;
import io.portalis.build.BuiltModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Assembles {@code <stem>.portalis} for a library crate (see {@link PortalisPackage}): the wasm,
 * the vendored crate as written to {@code <stem>/}, the reports and a manifest with the exported
 * signatures and the hashes of the Python source, the wasm and the runtime.
 */
final class LibraryPackage {
    /** The manifest's own format; the ABI's version is its {@code abi} field. */
    static final int FORMAT = 1;
    /** Where the transpiler puts the exported signatures in a library crate. */
    static final String ABI_FILE = "abi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LibraryPackage() {}

    static PortalisPackage assemble(String stem, BuiltModule built, byte[] wasm, Path pythonSource,
                                    Optional<byte[]> sourceBytes, Path crateDir, Path reportJson, Path reportHtml)
            throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put(stem + ".wasm", wasm);
        try (Stream<Path> files = Files.walk(crateDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                entries.put("crate/" + crateDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        entries.put("report.json", Files.readAllBytes(reportJson));
        entries.put("report.html", Files.readAllBytes(reportHtml));
        entries.put(PortalisPackage.MANIFEST, manifest(stem, built, wasm, pythonSource, sourceBytes)
                .getBytes(StandardCharsets.UTF_8));
        return new PortalisPackage(entries);
    }

    private static String manifest(String stem, BuiltModule built, byte[] wasm, Path pythonSource,
                                   Optional<byte[]> sourceBytes) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        JsonNode abi = JSON.readTree(built.crate().files().getOrDefault(ABI_FILE, "{}"));
        m.put("abi", abi.path("abi").asInt());
        m.put("module", built.module().dottedName());
        m.put("wasm", stem + ".wasm");
        m.put("wasmSha256", ContentStore.sha256(wasm));
        ObjectNode source = m.putObject("source");
        source.put("path", pythonSource.getFileName().toString());
        source.put("sha256", sourceBytes.map(ContentStore::sha256).orElse(null));
        ObjectNode runtime = m.putObject("runtime");
        runtime.put("name", built.crate().runtime().name());
        runtime.put("sha256", built.crate().runtime().contentHash());
        m.put("rustc", built.rustcVersion());
        m.put("target", built.target().name());
        m.set("functions", abi.path("functions"));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    }
}
