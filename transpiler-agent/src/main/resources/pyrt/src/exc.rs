//! Python exceptions as Rust values. Generated functions return `PyResult<T>` and
//! propagate with `?`, which is how `try`/`except` and uncaught-exception exits are built.

use std::fmt;
use std::rc::Rc;

/// A raised Python exception: its class name (`ZeroDivisionError`, or a user class) and
/// the message `str(exc)` would give. Code translated with dynamic values also keeps the
/// exception object itself (`instance`), so `except E as e` sees its class and `args`;
/// errors raised inside the runtime leave it empty until a handler asks for it.
/// Boxed so that `PyResult<T>` is hardly larger than `T`: every translated function returns
/// one, and a 64-byte error inline would make each return go through memory.
#[derive(Clone)]
pub struct PyErr(Box<PyErrData>);

/// What a [`PyErr`] holds; its fields read through the `PyErr` itself (`err.type_name`).
#[derive(Clone)]
pub struct PyErrData {
    pub type_name: String,
    pub message: String,
    /// Behind a trait object so that typed programs, which never create one, do not link the
    /// dynamic runtime (its drop glue and printing) just because `PyErr` could hold a value.
    pub instance: Option<Rc<dyn ExceptionObject>>,
    /// What CPython's traceback appends to the exception's line when it ends the program
    /// (`. Did you mean: 'list'?`), when the translator could know it; `str(exc)` leaves it out.
    pub hint: Option<&'static str>,
}

/// The exception object of dynamically translated code (implemented by `value::Value`).
pub trait ExceptionObject {
    /// The object itself.
    fn value(&self) -> &crate::value::Value;
    /// How an uncaught `SystemExit` carrying this object ends the program: the exit status
    /// and the text to print on stderr.
    fn exit_status(&self) -> (i32, Option<String>);
    /// The notes `add_note` gave it, which a traceback prints after the exception's line.
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }
    /// The whole report of an uncaught exception group (CPython's boxed layout), if it is one.
    fn group_report(&self, _script: &str) -> Option<String> {
        None
    }
}

impl std::ops::Deref for PyErr {
    type Target = PyErrData;

    #[inline]
    fn deref(&self) -> &PyErrData {
        &self.0
    }
}

impl std::ops::DerefMut for PyErr {
    #[inline]
    fn deref_mut(&mut self) -> &mut PyErrData {
        &mut self.0
    }
}

impl PartialEq for PyErr {
    fn eq(&self, other: &PyErr) -> bool {
        self.type_name == other.type_name && self.message == other.message
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PyErr({:?}, {:?})", self.type_name, self.message)
    }
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    // Raising is the rare path: kept out of line so the checks that may raise stay small.
    #[cold]
    #[inline(never)]
    pub fn new(type_name: &str, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(PyErrData { type_name: type_name.to_string(), message: message.into(), instance: None, hint: None }))
    }

    /// The message, without copying it.
    pub fn into_message(self) -> String {
        self.0.message
    }

    /// An error carrying the exception object of dynamically translated code.
    pub fn with_instance(type_name: String, message: String, instance: Rc<dyn ExceptionObject>) -> PyErr {
        PyErr(Box::new(PyErrData { type_name, message, instance: Some(instance), hint: None }))
    }

    /// The exception object, when the error carries one.
    pub fn instance(&self) -> Option<&crate::value::Value> {
        self.instance.as_deref().map(|o| o.value())
    }

    pub fn zero_division(message: &str) -> PyErr {
        PyErr::new("ZeroDivisionError", message)
    }

    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", message)
    }

    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new("TypeError", message)
    }

    pub fn index_error(message: impl Into<String>) -> PyErr {
        PyErr::new("IndexError", message)
    }

    pub fn overflow_error(message: impl Into<String>) -> PyErr {
        PyErr::new("OverflowError", message)
    }

    /// A value the typed translation cannot represent turned up at run time (for example
    /// `sum([])` of a float list, which is the int `0`). The program stops with this error
    /// rather than print something CPython would not.
    pub fn untranslatable(message: &str) -> PyErr {
        PyErr::new("NotImplementedError", format!("portalis: {}", message))
    }

    /// Reading a module-level name before it was assigned.
    pub fn name_error(name: &str) -> PyErr {
        PyErr::new("NameError", format!("name '{}' is not defined", name))
    }

    /// Reading a name nothing binds, with the suggestion CPython's traceback would add to it.
    pub fn name_error_hint(name: &str, hint: &'static str) -> PyErr {
        let mut err = PyErr::name_error(name);
        err.hint = Some(hint);
        err
    }

    /// Reading a closure's free variable before the enclosing function assigned it.
    pub fn name_error_free(name: &str) -> PyErr {
        PyErr::new(
            "NameError",
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
        )
    }

    /// Reading a function's local variable before it was assigned.
    pub fn unbound_local(name: &str) -> PyErr {
        PyErr::new(
            "UnboundLocalError",
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    }
}

impl fmt::Display for PyErr {
    /// The last line of a CPython traceback: `Type: message`, or just `Type` when the
    /// message is empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

/// CPython's built-in exception classes and the base of each (`BaseException` has none).
pub const EXCEPTION_HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""), ("Exception", "BaseException"), ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"), ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
    ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
    ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"), ("StopIteration", "Exception"), ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"), ("SystemError", "Exception"),
    ("TypeError", "Exception"), ("ValueError", "Exception"), ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"), ("Warning", "Exception"),
    ("BytesWarning", "Warning"), ("DeprecationWarning", "Warning"), ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"), ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"), ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"), ("BaseExceptionGroup", "BaseException"),
    // Also derives from `Exception` (see `value::exception::exception_class`).
    ("ExceptionGroup", "BaseExceptionGroup"),
];

/// The parent of a built-in exception class (CPython's hierarchy); other names (classes
/// the typed translation defines) derive from `Exception`.
fn parent(class: &str) -> Option<&'static str> {
    match EXCEPTION_HIERARCHY.iter().find(|(name, _)| *name == class) {
        Some((_, "")) => None,
        Some((_, base)) => Some(base),
        None => Some("Exception"),
    }
}

impl PyErr {
    /// `except class:` matches this exception. The runtime's own "cannot translate this
    /// value" stops are never caught: CPython would have gone on, so the program must stop.
    pub fn is_instance(&self, class: &str) -> bool {
        if self.is_uncatchable() {
            return false;
        }
        let mut current: Option<&str> = Some(self.type_name.as_str());
        while let Some(c) = current {
            if c == class {
                return true;
            }
            current = parent(c);
        }
        false
    }

    /// Errors no `except` clause catches: the runtime's "cannot translate this value" stop.
    /// `RecursionError` is catchable: Python frames are counted as CPython 3.12 counts them
    /// (`rt::enter` in every function), so plain recursion stops at the same depth; recursion
    /// through built-ins that call back (`map`, `sorted(key=…)`) stops later than CPython's,
    /// which also counts C frames (see docs/TRANSLATION.md).
    pub fn is_uncatchable(&self) -> bool {
        self.type_name == "NotImplementedError" && self.message.starts_with("portalis: ")
    }

    /// `except (A, B):`.
    pub fn is_instance_any(&self, classes: &[&str]) -> bool {
        classes.iter().any(|c| self.is_instance(c))
    }

    /// `raise Class("message")`; `raise KeyError(k)` keeps the key's repr, which `str()` shows.
    pub fn raised(type_name: &str, message: &crate::str::Str) -> PyResult<PyErr> {
        use crate::obj::PyObj;
        let text = if type_name == "KeyError" { message.py_repr()? } else { message.py_str()? };
        Ok(PyErr::new(type_name, text))
    }
}

impl crate::obj::PyObj for PyErr {
    /// Only `str(e)` is exact; a repr would need the exception's arguments, which are not kept,
    /// so it stops the program rather than print something CPython would not.
    fn write_repr(&self, _out: &mut String) -> PyResult<()> {
        Err(PyErr::untranslatable("repr() of an exception"))
    }

    fn write_str(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.message);
        Ok(())
    }

    fn truthy(&self) -> bool {
        true
    }
}

/// How an uncaught `SystemExit` ends the program: the exit status, and the text to print on
/// stderr. Without an exception object (typed code) the message is the code: empty for
/// `sys.exit()`, digits for an int status, any other text is printed with status 1.
pub fn system_exit_status(err: &PyErr) -> (i32, Option<String>) {
    if let Some(object) = &err.instance {
        return object.exit_status();
    }
    let message = err.message.as_str();
    if message.is_empty() {
        return (0, None);
    }
    match crate::int::Int::parse(message, 10).ok() {
        Some(i) => (i.to_i64().map_or(-1, |c| c as i32), None),
        None => (1, Some(message.to_string())),
    }
}
