package io.portalis.packaging;

import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.RuntimeCrate;
import io.portalis.build.CrateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The crate as a user can rebuild it: the generated files with the runtime vendored beside them
 * in {@code <runtime name>/}, so that {@code cargo build --offline} works with nothing but a Rust
 * toolchain. The crate is its own workspace root, so an enclosing Cargo workspace never claims it.
 */
final class VendoredCrate {
    private VendoredCrate() {}

    static void write(Path dir, RustCrate crate) throws IOException {
        Map<String, String> files = new TreeMap<>(crate.files());
        files.putIfAbsent("Cargo.toml", manifest(crate));
        CrateFiles.write(dir, files);
        RuntimeCrate runtime = crate.runtime();
        Map<String, String> runtimeFiles = new TreeMap<>(runtime.files());
        runtimeFiles.putIfAbsent("Cargo.toml", runtimeManifest(runtime));
        CrateFiles.write(dir.resolve(runtime.name()), runtimeFiles);
    }

    /** Cargo's equivalent of the build agent's release profile (see {@code BuildProfile.release()}). */
    static String manifest(RustCrate crate) {
        String runtime = crate.runtime().name();
        return """
                [package]
                name = "%1$s"
                version = "0.1.0"
                edition = "2021"
                publish = false

                %3$s

                [dependencies]
                %2$s = { path = "%2$s" }

                [profile.release]
                opt-level = 3
                codegen-units = 1
                lto = true
                panic = "abort"
                strip = "symbols"

                [workspace]
                """.formatted(crate.crateName(), runtime, crate.library()
                        ? "[lib]\npath = \"src/lib.rs\"\ncrate-type = [\"cdylib\"]"
                        : "[[bin]]\nname = \"" + crate.crateName() + "\"\npath = \"src/main.rs\"");
    }

    private static String runtimeManifest(RuntimeCrate runtime) {
        return """
                [package]
                name = "%s"
                version = "0.1.0"
                edition = "2021"
                publish = false

                [lib]
                path = "src/lib.rs"
                """.formatted(runtime.name());
    }
}
