package io.portalis.cuda.census;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Whether this machine has an NVIDIA GPU a CUDA kernel could use, without loading anything. */
public final class GpuProbe {
    private static final List<String> DRIVER_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib");

    private GpuProbe() {}

    /** Why no GPU can be used, or empty when a device node and the driver library are both present. */
    public static Optional<String> absence() {
        if (!Files.exists(Path.of("/dev/nvidia0")) && !Files.exists(Path.of("/dev/dxg"))) {
            return Optional.of("no NVIDIA GPU found (no /dev/nvidia0)");
        }
        boolean driver = DRIVER_DIRS.stream().anyMatch(d -> Files.exists(Path.of(d, "libcuda.so.1")));
        return driver ? Optional.empty() : Optional.of("the NVIDIA driver library libcuda.so.1 is not installed");
    }
}
