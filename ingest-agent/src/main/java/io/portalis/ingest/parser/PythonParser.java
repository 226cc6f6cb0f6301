package io.portalis.ingest.parser;

import io.portalis.agents.diagnostics.Diagnostic;
import io.portalis.agents.diagnostics.DiagnosticCode;
import io.portalis.agents.diagnostics.SourceSpan;
import io.portalis.ingest.ast.Mod;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Lexer;
import io.portalis.ingest.lexer.Tokens;
import io.portalis.ingest.source.LineIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses Python 3.12 source into the {@code io.portalis.ingest.ast} tree, as
 * {@code ast.parse(source)} does in CPython 3.12 (grammar: docs.python.org/3.12/reference/grammar.html).
 * A syntax error becomes one PTL0001 diagnostic carrying CPython's message and position.
 */
public final class PythonParser {
    /** Stack for the parsing thread: deep but legal nesting must not overflow the JVM stack. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private PythonParser() {}

    public static ParseResult parse(String source, String fileName) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        Thread worker = new Thread(null, () -> result.set(parseHere(source, fileName)), "python-parser", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + fileName, e);
        }
        return result.get();
    }

    /** Parses on the calling thread; callers that already run on a large stack may use it directly. */
    public static ParseResult parseHere(String source, String fileName) {
        byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
        LineIndex lines = new LineIndex(utf8);
        Tokens tokens = Lexer.tokenize(source);
        StatementParser parser = new StatementParser(tokens.list(), utf8, tokens.error());
        try {
            Mod.Module module = parser.module();
            return new ParseResult(module, List.of(), lines);
        } catch (SyntaxFailure failure) {
            SyntaxFailure chosen = prioritize(failure, tokens.error(), lines);
            return new ParseResult(null, List.of(diagnostic(chosen, fileName, lines)), lines);
        } catch (StackOverflowError overflow) {
            SyntaxFailure tooDeep = new SyntaxFailure("too many nested parentheses or blocks: source is too complex"
                    + " to parse", 0, 0, false, false);
            return new ParseResult(null, List.of(diagnostic(tooDeep, fileName, lines)), lines);
        }
    }

    /**
     * CPython checks the rest of the input for tokenizer errors after a parser error and prefers
     * those (pegen.c, _PyPegen_tokenize_full_source_to_check_for_errors); an unclosed bracket wins
     * when it was opened on an earlier line than the error.
     */
    private static SyntaxFailure prioritize(SyntaxFailure failure, LexError lexError, LineIndex lines) {
        if (lexError == null || (failure.start == lexError.start() && failure.msg.equals(lexError.message()))) {
            return failure;
        }
        if (!lexError.unclosedEof()) {
            return new SyntaxFailure(lexError.message(), lexError.start(), lexError.end(), lexError.indentation(),
                    false);
        }
        if (lines.line(lexError.start()) < lines.line(failure.start)) {
            return new SyntaxFailure(lexError.message(), lexError.start(), lexError.end(), false, false);
        }
        return failure;
    }

    private static Diagnostic diagnostic(SyntaxFailure f, String fileName, LineIndex lines) {
        int start = Math.min(f.start, lines.bytes().length);
        int end = Math.max(start, Math.min(f.end, lines.bytes().length));
        SourceSpan span = new SourceSpan(fileName, lines.line(start), lines.charColumn(start), lines.line(end),
                lines.charColumn(end));
        Diagnostic d = Diagnostic.error(DiagnosticCode.PTL0001, span, f.msg);
        return f.indentation ? d.withNote("CPython raises IndentationError here") : d;
    }
}
