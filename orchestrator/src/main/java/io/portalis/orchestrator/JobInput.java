package io.portalis.orchestrator;

import io.portalis.agents.ModuleId;
import io.portalis.ingest.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** One Python file of a job and the module it becomes; outputs are named after the module's stem. */
public record JobInput(ModuleId module, SourceFile source) {
    /**
     * A script: the module is named after the file's stem ({@code hello.py} → {@code hello}). A
     * directory holding {@code __main__.py} is run as {@code python3 DIR} runs it: its
     * {@code __main__.py} is the script, with the directory first on {@code sys.path}; outputs
     * are named after the directory.
     */
    public static JobInput of(Path file) {
        Path main = file.resolve("__main__.py");
        if (Files.isDirectory(file) && Files.isRegularFile(main)) {
            Path name = file.toAbsolutePath().normalize().getFileName();
            return new JobInput(new ModuleId(name == null ? "__main__" : name.toString()), SourceFile.of(main));
        }
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
