package io.portalis.transpiler.dynamic;

import io.portalis.transpiler.runtime.PyrtTables;
import java.util.Set;

/**
 * Rust identifiers for Python names in dynamic code, and the builtins the runtime provides.
 * Python names that are Rust keywords, prelude functions ({@code add}, {@code call}) or shaped
 * like the lowering's own variables get a {@code py_} prefix so they cannot shadow them.
 */
final class DynNames {
    private DynNames() {}

    private static final Set<String> RESERVED = Set.of(
            "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
            "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
            "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
            "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try", "union", "_",
            "main", "module_body", "read_local", "local_ref", "py_len", "pyrt", "std", "core", "alloc", "b", "args", "item",
            "PyErr", "PyResult", "Int", "Str", "Value", "Flow", "Global", "Cell", "Params", "Kwargs", "PyIter",
            "Ok", "Err", "Some", "None", "Option", "Result", "String", "Vec", "Box",
            "enter", "run_main", "delattr", "getattr", "setattr", "make_class", "super_", "contains", "eq", "ge",
            "gt", "is", "le", "lt", "ne", "assertion_error", "err_matches", "err_value", "raise", "raise_from",
            "call", "call_method", "kw", "iterate", "next_or", "unpack", "unpack_star", "import_module",
            "add", "bitand", "bitor", "bitxor", "delitem", "floordiv", "getitem", "iadd", "iand", "ifloordiv",
            "ilshift", "imatmul", "imod", "imul", "invert", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
            "lshift", "matmul", "modulo", "mul", "neg", "not_", "pos", "pow", "rshift", "setitem", "sub",
            "truediv", "truthy", "format_value", "join_strs", "repr_of", "str_of", "with_doc",
            "PROGRAM", "MODULE", "LocalModule", "register_program", "import_from", "import_star", "namespace_body",
            "make_class_in", "in_module");

    /** The Rust variable of a Python local. */
    static String local(String python) {
        if (RESERVED.contains(python) || python.startsWith("py_") || python.matches("[a-z]+__\\d+.*")
                || python.startsWith("G_")) {
            return "py_" + python;
        }
        return python;
    }

    /** The {@code Global} constant of a module-level name. */
    static String global(String python) {
        return "G_" + python;
    }

    /** The Rust function of a module-level {@code def}. */
    static String function(String python) {
        return "f_" + python;
    }

    /** What {@code pyrt::value::builtins::NAMES} lists. */
    static final Set<String> BUILTINS = PyrtTables.builtins();

    /** CPython's built-in exception classes, which {@code b::value} gives as classes. */
    static final Set<String> EXCEPTIONS = Set.of(
            "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "EOFError",
            "FloatingPointError", "GeneratorExit", "ImportError", "ModuleNotFoundError", "IndexError", "KeyError",
            "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
            "OverflowError", "RecursionError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit",
            "TypeError", "UnboundLocalError", "ValueError", "ZeroDivisionError", "UnicodeError",
            "UnicodeDecodeError", "UnicodeEncodeError", "IOError", "EnvironmentError", "FileNotFoundError",
            "PermissionError", "TimeoutError", "ConnectionError", "BufferError", "IndentationError", "TabError",
            "UserWarning", "Warning", "DeprecationWarning", "RuntimeWarning", "StopAsyncIteration",
            "ReferenceError", "SystemError", "FileExistsError", "IsADirectoryError", "NotADirectoryError",
            "BlockingIOError", "ChildProcessError", "BrokenPipeError", "ConnectionAbortedError",
            "ConnectionRefusedError", "ConnectionResetError", "InterruptedError", "ProcessLookupError",
            "BaseExceptionGroup", "ExceptionGroup");

    /** Every name of CPython 3.12's {@code builtins} module (a missing one of these is unsupported, not undefined). */
    static final Set<String> CPYTHON_BUILTINS = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
            "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
            "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
            "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
            "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
            "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__",
            "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii",
            "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile",
            "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
            "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex",
            "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map",
            "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit",
            "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
            "super", "tuple", "type", "vars", "zip");

    /** Builtins that need the running frame or source code: not translatable. */
    static final Set<String> DYNAMIC = Set.of("eval", "exec", "globals", "locals", "compile",
            "__import__", "breakpoint", "dir");

    /** Rust raw identifier for a builtin function path ({@code b::r#type}). */
    static String builtinPath(String name) {
        return name.equals("type") ? "b::r#type" : "b::" + name;
    }

    static boolean isBuiltinValue(String name) {
        return BUILTINS.contains(name) || EXCEPTIONS.contains(name);
    }
}
