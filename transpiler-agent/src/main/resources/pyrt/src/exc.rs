//! Python exceptions as Rust values. Generated functions return `PyResult<T>` and
//! propagate with `?`, which is how `try`/`except` and uncaught-exception exits are built.

use std::fmt;

/// A raised Python exception: its class name (`ZeroDivisionError`, or a user class) and
/// the message `str(exc)` would give. Code translated with dynamic values also keeps the
/// exception object itself (`instance`), so `except E as e` sees its class and `args`;
/// errors raised inside the runtime leave it empty until a handler asks for it.
#[derive(Clone)]
pub struct PyErr {
    pub type_name: String,
    pub message: String,
    pub instance: Option<crate::value::Value>,
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
    pub fn new(type_name: &str, message: impl Into<String>) -> PyErr {
        PyErr { type_name: type_name.to_string(), message: message.into(), instance: None }
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

/// The parent of each built-in exception class translated code names (CPython's hierarchy).
fn parent(class: &str) -> Option<&'static str> {
    match class {
        "ZeroDivisionError" | "OverflowError" => Some("ArithmeticError"),
        "IndexError" | "KeyError" => Some("LookupError"),
        "RecursionError" | "NotImplementedError" => Some("RuntimeError"),
        "UnboundLocalError" => Some("NameError"),
        "BaseException" => None,
        "Exception" => Some("BaseException"),
        _ => Some("Exception"),
    }
}

impl PyErr {
    /// `except class:` matches this exception. `RecursionError` and the runtime's own
    /// "cannot translate this value" stops are never caught: CPython would have gone on, so the program must stop.
    pub fn is_instance(&self, class: &str) -> bool {
        if self.type_name == "NotImplementedError" && self.message.starts_with("portalis: ") {
            return false;
        }
        // Where recursion stops differs in detail from CPython's frame accounting; a program
        // that goes on after catching it could print something CPython would not.
        if self.type_name == "RecursionError" {
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
