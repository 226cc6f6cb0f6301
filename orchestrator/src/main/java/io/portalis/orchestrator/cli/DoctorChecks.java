package io.portalis.orchestrator.cli;

import io.portalis.agents.DoctorCheck;
import io.portalis.build.toolchain.Toolchains;
import io.portalis.orchestrator.seams.ExternalTools;
import io.portalis.testing.CPython;
import io.portalis.testing.engine.WasmEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code portalis doctor} looks for: the JDK, rustc and its wasm targets (the build agent's
 * discovery), the WASM engines and CPython (the test agent's), and, for later GPU work, CUDA.
 */
final class DoctorChecks {
    static final String JDK_FIX = "sudo apt-get install -y openjdk-21-jdk-headless   # or any JDK 21 or newer";
    static final String NVCC_FIX = "sudo apt-get install -y nvidia-cuda-toolkit   # optional: GPU kernels (issue 7)";
    static final String GPU_FIX = "optional: an NVIDIA GPU with its driver (provides nvidia-smi)";

    private DoctorChecks() {}

    static List<DoctorCheck> all() {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(jdk());
        checks.addAll(Toolchains.checks());
        checks.addAll(WasmEngines.checks());
        checks.add(CPython.check());
        checks.add(nvcc());
        checks.add(gpu());
        return checks;
    }

    static DoctorCheck jdk() {
        int feature = Runtime.version().feature();
        return new DoctorCheck("JDK 21 or newer", feature >= 21, true,
                System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")",
                feature >= 21 ? "" : JDK_FIX);
    }

    static DoctorCheck nvcc() {
        List<Path> candidates = new ArrayList<>(ExternalTools.onPath("nvcc"));
        candidates.add(Path.of("/usr/local/cuda/bin/nvcc"));
        for (Path nvcc : candidates) {
            if (Files.isExecutable(nvcc)) {
                Optional<String> version = ExternalTools.output(List.of(nvcc.toString(), "--version"));
                if (version.isPresent()) {
                    String last = version.get().lines().reduce((a, b) -> b).orElse("");
                    return new DoctorCheck("nvcc (CUDA compiler, optional)", true, false, nvcc + ": " + last, "");
                }
            }
        }
        return new DoctorCheck("nvcc (CUDA compiler, optional)", false, false, "not found", NVCC_FIX);
    }

    static DoctorCheck gpu() {
        Optional<String> gpus = ExternalTools.firstOnPath("nvidia-smi").flatMap(smi -> ExternalTools.output(
                List.of(smi.toString(), "--query-gpu=name,driver_version", "--format=csv,noheader")));
        return gpus.filter(s -> !s.isBlank())
                .map(s -> new DoctorCheck("NVIDIA GPU (optional)", true, false, String.join("; ", s.lines().toList()),
                        ""))
                .orElseGet(() -> new DoctorCheck("NVIDIA GPU (optional)", false, false, "none found", GPU_FIX));
    }

}
