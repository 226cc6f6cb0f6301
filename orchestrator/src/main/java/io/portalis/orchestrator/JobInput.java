package io.portalis.orchestrator;

import io.portalis.agents.ModuleId;
import io.portalis.ingest.SourceFile;
import java.nio.file.Path;

/** One Python file of a job and the module it becomes; outputs are named after the module's stem. */
public record JobInput(ModuleId module, SourceFile source) {
    /** A lone script: the module is named after the file's stem ({@code hello.py} → {@code hello}). */
    public static JobInput of(Path file) {
        return new JobInput(new ModuleId(stemOf(file)), SourceFile.of(file));
    }

    public static String stemOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? file.toString() : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }

    public String stem() {
        return module.stem();
    }
}
