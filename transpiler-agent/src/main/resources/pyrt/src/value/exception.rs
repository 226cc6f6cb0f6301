//! Exceptions as Python objects: the built-in exception classes with CPython's hierarchy,
//! user subclasses, `raise`, `raise … from`, `except` matching and `as e`. A [`PyErr`]
//! raised inside the runtime (`PyErr::new("ValueError", msg)`) is matched by class name
//! and given an exception object (`args == (msg,)`) when a handler binds it.
//! Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::value::{Class, Value};
use std::rc::Rc;

/// `raise exc`: `exc` is an exception class (instantiated with no arguments) or instance;
/// anything else is `TypeError: exceptions must derive from BaseException`.
pub fn raise(exc: Value) -> PyErr {
    todo!()
}

/// `raise exc from cause` (`cause` may be `None`).
pub fn raise_from(exc: Value, cause: Value) -> PyErr {
    todo!()
}

/// `except class_or_tuple:` matches `err`.
pub fn err_matches(err: &PyErr, class_or_tuple: &Value) -> PyResult<bool> {
    todo!()
}

/// `except … as e`: the exception object.
pub fn err_value(err: &PyErr) -> Value {
    todo!()
}

/// `assert cond, msg`: the `AssertionError` to raise (`msg` absent for a bare assert).
pub fn assertion_error(msg: Option<Value>) -> PyResult<PyErr> {
    todo!()
}

/// The class of a built-in exception by name (`ValueError`), if there is one.
pub fn exception_class(name: &str) -> Option<Rc<Class>> {
    todo!()
}
