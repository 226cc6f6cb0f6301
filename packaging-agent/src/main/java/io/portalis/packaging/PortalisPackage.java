package io.portalis.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code <stem>.portalis}: one translated library in one file, a zip holding
 * {@code manifest.json} (the exported signatures, the ABI version, SHA-256 hashes of the Python
 * source and of the wasm), {@code <stem>.wasm}, the Rust crate under {@code crate/} and the
 * reports. {@code PythonModule.load} reads it.
 *
 * @param entries every file by its path inside the zip
 */
public record PortalisPackage(Map<String, byte[]> entries) {
    public static final String MANIFEST = "manifest.json";
    public static final String EXTENSION = ".portalis";

    public PortalisPackage {
        entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static boolean isPackage(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(EXTENSION);
    }

    public static PortalisPackage read(Path path) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        if (!entries.containsKey(MANIFEST)) {
            throw new IOException(path + " is not a Portalis package: it has no " + MANIFEST);
        }
        return new PortalisPackage(entries);
    }

    /** The manifest's text. */
    public String manifest() {
        return new String(entries.get(MANIFEST), StandardCharsets.UTF_8);
    }

    /** The wasm module: the one {@code .wasm} entry at the top level. */
    public byte[] wasm() throws IOException {
        return entries.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".wasm") && !e.getKey().contains("/"))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IOException("the package holds no .wasm module"));
    }

    /** The zip's bytes, entries in name order with fixed times, so equal contents give equal bytes. */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes);
        return bytes.toByteArray();
    }

    private void write(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
