//! The `with` statement's protocol (Language Reference 8.5): `__enter__` and `__exit__` are
//! found on the manager's type, not the instance, and both are looked up before `__enter__`
//! runs, so a manager without `__exit__` fails before its `__enter__` has any effect.

use crate::exc::{PyErr, PyResult};
use crate::value::class::{call_dunder, has_dunder};
use crate::value::func::call_method;
use crate::value::Value;

/// `mgr.__enter__()` as `with` calls it, or CPython's `TypeError` for a manager lacking
/// `__enter__` or `__exit__`.
pub fn with_enter(mgr: &Value) -> PyResult<Value> {
    let (has_enter, has_exit) = match mgr {
        Value::Instance(_) => (has_dunder(mgr, "__enter__"), has_dunder(mgr, "__exit__")),
        // The runtime's own values have no instance dictionary: their attributes are their type's.
        _ => (crate::value::attr::hasattr(mgr, "__enter__")?, crate::value::attr::hasattr(mgr, "__exit__")?),
    };
    if !has_enter {
        return Err(unsupported(mgr, ""));
    }
    if !has_exit {
        return Err(unsupported(mgr, " (missed __exit__ method)"));
    }
    match mgr {
        Value::Instance(_) => Ok(call_dunder(mgr, "__enter__", vec![])?.unwrap_or(Value::None)),
        _ => call_method(mgr, "__enter__", vec![], vec![]),
    }
}

/// `mgr.__exit__(type, value, traceback)` as `with` calls it.
pub fn with_exit(mgr: &Value, args: Vec<Value>) -> PyResult<Value> {
    match mgr {
        Value::Instance(_) => Ok(call_dunder(mgr, "__exit__", args)?.unwrap_or(Value::None)),
        _ => call_method(mgr, "__exit__", args, vec![]),
    }
}

fn unsupported(mgr: &Value, what: &str) -> PyErr {
    PyErr::type_error(format!("'{}' object does not support the context manager protocol{}", mgr.type_name(), what))
}
