package io.portalis.agents.diagnostics;

/**
 * The catalogue of every diagnostic code Portalis emits. Each code has a title, an
 * explanation and an example input that triggers it; {@code portalis explain CODE} prints
 * them, and the catalogue test checks that every example really produces its code.
 */
public enum DiagnosticCode {
    PTL0001("invalid Python syntax",
            "The file is not valid Python 3.12. Portalis reads Python exactly as CPython 3.12 does and"
                    + " reports the first syntax error at the position CPython would.",
            "print(\"unclosed\"\n"),
    PTL0002("unsupported Python construct",
            "The construct is valid Python but this version of Portalis cannot translate it yet."
                    + " Rather than guess, the module is rejected with the construct's position.",
            "async def f(xs):\n    return [await x for x in xs]\n"),
    PTL0003("cannot read input file",
            "The input file does not exist, is a directory, or cannot be read by this user.",
            null),
    PTL0004("input is not a Python source file",
            "The file contains bytes that cannot be Python source: NUL bytes, or text that is not"
                    + " valid in its declared encoding (UTF-8 by default, as in CPython).",
            null),
    PTL0005("input file is empty",
            "The file has no code at all, so there is nothing to translate.",
            ""),
    PTL0006("input file is too large",
            "The file is larger than the configured limit for one module.",
            null),
    PTL0007("imported module not found",
            "The module imports a module that is neither in the translated project nor a standard"
                    + " module Portalis maps. CPython would raise ModuleNotFoundError when the import runs.",
            "import no_such_module_anywhere\n"),
    PTL0008("import cycle",
            "Modules of the project import each other in a cycle. CPython tolerates some cycles at"
                    + " run time, but the order of initialisation then depends on which module is imported"
                    + " first, so each module in the cycle is reported.",
            null),
    PTL0101("dynamic feature cannot be translated",
            "The code uses a feature that needs a Python interpreter at run time, such as eval or"
                    + " exec. Generated Rust cannot reproduce it faithfully, so it is rejected.",
            "eval(\"1 + 1\")\n"),
    PTL0102("name is not defined",
            "The name is used but never bound in any enclosing scope nor a builtin; CPython would"
                    + " raise NameError when this line runs.",
            "print(undefined_name)\n"),
    PTL0103("type cannot be translated",
            "The operation mixes types in a way this version cannot translate faithfully.",
            "x = [1] + \"a\"\n"),
    PTL0201("generated Rust failed to compile",
            "rustc rejected the generated code. This is a Portalis bug: please report it with the input.",
            null),
    PTL0202("Rust toolchain not found",
            "No rustc with a WebAssembly standard library was found. Run `./portalis doctor` to see"
                    + " what is missing and the command that installs it.",
            null),
    PTL0301("translation output differs from CPython",
            "The translated program printed something different from CPython, or exited with a"
                    + " different code. The translation is rejected rather than shipped wrong.",
            null),
    PTL0302("translated program failed to run",
            "The WebAssembly module trapped or could not be instantiated.",
            null),
    PTL0303("CPython not available for verification",
            "No CPython interpreter was found, so the translation was not compared with CPython.",
            null),
    PTL0304("translated program exceeded its time limit",
            "The translated program was stopped at the verification run's limit (30 s of CPU time from its first "
            + "instruction, 120 s of wall time in all). It may loop forever, or it may need more time than the "
            + "limit under the WebAssembly engine; the outcome is not kept for reuse, so the next run tries again.",
            null),
    PTL0401("cannot write output",
            "The output directory or one of its files could not be written.",
            null),
    PTL0501("internal error in a pipeline stage",
            "A stage of Portalis failed repeatedly on this input. This is a Portalis bug.",
            null),
    PTL0502("pipeline stage timed out",
            "A stage did not finish within its time limit.",
            null);

    private final String title;
    private final String explanation;
    private final String example;

    DiagnosticCode(String title, String explanation, String example) {
        this.title = title;
        this.explanation = explanation;
        this.example = example;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** A Python input that produces this code, or {@code null} when none can be written as source. */
    public String example() {
        return example;
    }
}
