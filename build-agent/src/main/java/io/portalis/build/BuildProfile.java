package io.portalis.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The code-generation flags of a build. The runtime and the program are compiled with the same
 * profile: rustc refuses to link a {@code panic=abort} binary against an rlib built for unwinding
 * only in the other direction, and mixing opt-levels would make the cache key lie.
 *
 * @param optLevel    rustc's {@code -C opt-level}: {@code 0}-{@code 3}, {@code s} or {@code z}
 * @param lto         whole-program (fat) LTO at link time: smaller and faster binaries
 * @param panicAbort  {@code -C panic=abort}; WebAssembly has no unwinding anyway
 * @param strip       {@code -C strip}: {@code none}, {@code debuginfo} or {@code symbols}
 */
public record BuildProfile(String name, String optLevel, boolean lto, boolean panicAbort, String strip) {
    /** Small, fast binaries: what ships. A hello-world wasm is about 60 KB with rustc 1.63. */
    public static BuildProfile release() {
        return new BuildProfile("release", "3", true, true, "symbols");
    }

    /** Quick builds for tests that only need a working binary. */
    public static BuildProfile dev() {
        return new BuildProfile("dev", "0", false, true, "none");
    }

    /** The same profile without link-time optimisation. */
    public BuildProfile withoutLto() {
        return new BuildProfile(name, optLevel, false, panicAbort, strip);
    }

    /** Flags for compiling the runtime rlib. */
    public List<String> libraryFlags() {
        List<String> flags = new ArrayList<>(List.of("-C", "opt-level=" + optLevel, "-C", "codegen-units=1"));
        if (panicAbort) {
            flags.addAll(List.of("-C", "panic=abort"));
        }
        return flags;
    }

    /** Flags for compiling and linking the program. */
    public List<String> binaryFlags() {
        List<String> flags = new ArrayList<>(libraryFlags());
        if (lto) {
            flags.addAll(List.of("-C", "lto=fat"));
        }
        // -C strip is stable since rustc 1.59, so Debian's 1.63 has it.
        flags.addAll(List.of("-C", "strip=" + strip));
        return flags;
    }

    /** What distinguishes two compiled runtimes: part of the cache key. */
    public String cacheKey() {
        return String.join(" ", libraryFlags());
    }
}
