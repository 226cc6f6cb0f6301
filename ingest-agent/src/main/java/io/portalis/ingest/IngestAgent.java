package io.portalis.ingest;

import io.portalis.agents.ModuleId;
import io.portalis.agents.StageResult;
import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.ingest.packages.LocalModules;
import io.portalis.ingest.packages.ProgramDiscovery;
import io.portalis.ingest.parser.ParseResult;
import io.portalis.ingest.parser.PythonParser;
import io.portalis.ingest.source.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ingest stage: reads a Python file, decodes it as CPython would, and parses it into a
 * syntax tree. Unreadable, empty, binary and malformed files come back as diagnostics.
 */
public final class IngestAgent {
    /** Files above this size are refused (PTL0006) rather than parsed. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /** Whether a file with no code is an error (for translation) or an empty module (as {@code ast.parse} gives). */
    public enum EmptyFiles { REJECT, ACCEPT }

    public StageResult<ParsedModule> ingest(SourceFile file) {
        return ingest(file, EmptyFiles.REJECT);
    }

    /** Reads and parses {@code file}; with {@link EmptyFiles#ACCEPT} a blank file is an empty module. */
    public StageResult<ParsedModule> ingest(SourceFile file, EmptyFiles empty) {
        String name = file.displayName();
        Path path = file.path();
        if (!Files.exists(path)) {
            return failed(DiagnosticCode.PTL0003, name, "cannot read input file `" + name + "`: no such file");
        }
        if (Files.isDirectory(path)) {
            return failed(DiagnosticCode.PTL0003, name, "cannot read input file `" + name + "`: it is a directory");
        }
        byte[] raw;
        try {
            if (Files.size(path) > MAX_BYTES) {
                return failed(DiagnosticCode.PTL0006, name, "input file is too large: `" + name + "` has "
                        + Files.size(path) + " bytes, the limit is " + MAX_BYTES);
            }
            raw = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return failed(DiagnosticCode.PTL0003, name, "cannot read input file `" + name + "`: " + e.getMessage());
        }
        return ingestBytes(file, raw, empty);
    }

    /**
     * Reads and parses a program's main script and the local modules it imports (see
     * {@link ProgramDiscovery}); they come back as the module's {@link ParsedModule#locals()}.
     */
    public StageResult<ParsedModule> ingestProgram(SourceFile file) {
        StageResult<ParsedModule> main = ingest(file);
        if (main.value().isEmpty()) {
            return main;
        }
        StageResult<LocalModules> locals = ProgramDiscovery.discover(this, main.value().get());
        java.util.List<io.portalis.agents.diagnostics.Diagnostic> all = new java.util.ArrayList<>(main.diagnostics());
        all.addAll(locals.diagnostics());
        if (locals.value().isEmpty()) {
            return StageResult.failed(all);
        }
        return StageResult.of(main.value().get().withLocals(locals.value().get()), all);
    }

    /** Decodes and parses bytes already read from {@code file}. */
    public StageResult<ParsedModule> ingestBytes(SourceFile file, byte[] raw) {
        return ingestBytes(file, raw, EmptyFiles.REJECT);
    }

    /** Decodes and parses bytes already read from {@code file}, treating blank input as {@code empty} says. */
    public StageResult<ParsedModule> ingestBytes(SourceFile file, byte[] raw, EmptyFiles empty) {
        String name = file.displayName();
        if (raw.length > MAX_BYTES) {
            return failed(DiagnosticCode.PTL0006, name, "input file is too large: `" + name + "` has " + raw.length
                    + " bytes, the limit is " + MAX_BYTES);
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(raw);
        if (!decoded.ok()) {
            DiagnosticCode code = decoded.syntaxError() ? DiagnosticCode.PTL0001 : DiagnosticCode.PTL0004;
            String msg = decoded.syntaxError() ? decoded.problem()
                    : "input is not a Python source file: " + decoded.problem();
            return failed(code, name, msg);
        }
        if (empty == EmptyFiles.REJECT && decoded.text().isBlank()) {
            return failed(DiagnosticCode.PTL0005, name, "input file is empty: `" + name + "` has no code");
        }
        ParseResult parsed = PythonParser.parse(decoded.text(), name);
        if (!parsed.ok()) {
            return StageResult.failed(parsed.diagnostics());
        }
        ModuleId id = new ModuleId(stem(file.path()));
        return StageResult.of(new ParsedModule(id, file, decoded.text(), parsed.lines(), parsed.module()),
                parsed.diagnostics());
    }

    private static String stem(Path path) {
        Path fileName = path.getFileName();
        String base = fileName == null ? path.toString() : fileName.toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static StageResult<ParsedModule> failed(DiagnosticCode code, String file, String message) {
        return StageResult.failed(Diagnostic.error(code, SourceSpan.wholeFile(file), message));
    }
}
