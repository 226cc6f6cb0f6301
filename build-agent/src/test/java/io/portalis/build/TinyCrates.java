package io.portalis.build;

import io.portalis.agents.ModuleId;
import io.portalis.agents.artifacts.RustCrate;
import io.portalis.agents.artifacts.RustCrate.RuntimeCrate;
import io.portalis.agents.artifacts.RustCrate.SourceMapping;
import java.util.List;
import java.util.Map;

/** Hand-written crates small enough to read: a one-function runtime and programs that use it. */
final class TinyCrates {
    private TinyCrates() {}

    static RuntimeCrate runtime() {
        return new RuntimeCrate("pyrt", Map.of(
                "Cargo.toml", "[package]\nname = \"pyrt\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
                "src/lib.rs", "#![forbid(unsafe_code)]\npub mod greet;\npub use greet::hello;\n",
                "src/greet.rs", "pub fn hello() -> &'static str {\n    \"hello from pyrt\"\n}\n"));
    }

    static RustCrate program(String name, String mainRs, List<SourceMapping> map) {
        return new RustCrate(new ModuleId(name), name, Map.of("src/main.rs", mainRs), runtime(),
                Map.of("src/main.rs", map));
    }

    static RustCrate hello() {
        return program("hello", "fn main() {\n    println!(\"{}\", pyrt::hello());\n}\n",
                List.of(new SourceMapping(2, 1)));
    }
}
