package io.portalis.transpiler.runtime;

import io.portalis.agents.artifacts.RustCrate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pyrt} runtime crate, shipped as classpath resources under {@code pyrt/}. The file
 * {@code pyrt/INDEX} lists the shipped paths, {@code Cargo.toml} and everything under {@code src/}
 * (a jar cannot be listed portably); a test checks that the index matches the directory. The
 * runtime's own tests ({@code tests/}) are not shipped.
 */
public final class PyrtSources {
    public static final String INDEX = "pyrt/INDEX";

    private PyrtSources() {}

    public static RustCrate.RuntimeCrate load() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : index()) {
            files.put(path, read("pyrt/" + path));
        }
        return new RustCrate.RuntimeCrate("pyrt", files);
    }

    /** The runtime's file paths, relative to the crate root. */
    public static List<String> index() {
        return read(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static String read(String resource) {
        try (InputStream in = PyrtSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing runtime resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
