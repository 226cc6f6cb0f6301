//! Python exceptions as Rust values. Generated functions return `PyResult<T>` and
//! propagate with `?`, which is how `try`/`except` and uncaught-exception exits are built.

use std::fmt;

/// A raised Python exception: its class name (`ZeroDivisionError`, or a user class) and
/// the message `str(exc)` would give.
#[derive(Clone, Debug, PartialEq)]
pub struct PyErr {
    pub type_name: String,
    pub message: String,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(type_name: &str, message: impl Into<String>) -> PyErr {
        PyErr { type_name: type_name.to_string(), message: message.into() }
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
