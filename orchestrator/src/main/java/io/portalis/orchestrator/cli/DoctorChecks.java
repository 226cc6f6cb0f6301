package io.portalis.orchestrator.cli;

import io.portalis.agents.DoctorCheck;
import io.portalis.orchestrator.seams.ExternalTools;
import io.portalis.orchestrator.seams.RustToolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code portalis doctor} looks for: the JDK, rustc, CPython and, for later GPU work, CUDA. */
final class DoctorChecks {
    static final String JDK_FIX = "sudo apt-get install -y openjdk-21-jdk-headless   # or any JDK 21 or newer";
    static final String PYTHON_FIX = "sudo apt-get install -y python3   # Portalis compares with CPython 3.12";
    static final String NVCC_FIX = "sudo apt-get install -y nvidia-cuda-toolkit   # optional: GPU kernels (issue 7)";
    static final String GPU_FIX = "optional: an NVIDIA GPU with its driver (provides nvidia-smi)";

    private DoctorChecks() {}

    static List<DoctorCheck> all() {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(jdk());
        checks.addAll(RustToolchains.checks());
        checks.addAll(pythons());
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

    /**
     * Every CPython on PATH. TODO(lead): switch to {@code io.portalis.testing.CPython.find()} when it
     * lands, so that doctor reports the interpreter the test agent will really use.
     */
    static List<DoctorCheck> pythons() {
        Map<Path, Path> found = new LinkedHashMap<>();
        for (String name : List.of("python3.12", "python3", "python")) {
            for (Path p : ExternalTools.onPath(name)) {
                found.putIfAbsent(realPath(p), p);
            }
        }
        List<DoctorCheck> checks = new ArrayList<>();
        for (Path python : found.values()) {
            ExternalTools.output(List.of(python.toString(), "--version"))
                    .ifPresent(v -> checks.add(new DoctorCheck("CPython " + python, true, false, v, "")));
        }
        if (checks.isEmpty()) {
            checks.add(new DoctorCheck("CPython (to verify translations)", false, false, "not found", PYTHON_FIX));
        }
        return checks;
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

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
        }
    }
}
