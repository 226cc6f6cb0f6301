//! Argument checking shared by the built-in functions and methods, with CPython's messages
//! (`len() takes exactly one argument (2 given)`, `divmod expected 2 arguments, got 1`).

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{Kwargs, Value};

/// `name() takes no keyword arguments` unless `kwargs` is empty.
pub fn no_kwargs(name: &str, kwargs: &Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// The one argument of a `METH_O` builtin (`len`, `abs`, `callable`…).
pub fn one(name: &str, mut args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", name, args.len())));
    }
    Ok(args.pop().expect("one argument"))
}

/// `name expected N arguments, got M` / `at least` / `at most` (the `_PyArg_CheckPositional` words).
pub fn count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        if min == max {
            return Err(PyErr::type_error(format!("{} expected {} argument{}, got {}", name, min, plural(min), n)));
        }
        return Err(PyErr::type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n)));
    }
    if n > max {
        if min == max {
            return Err(PyErr::type_error(format!("{} expected {} argument{}, got {}", name, max, plural(max), n)));
        }
        return Err(PyErr::type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n)));
    }
    Ok(())
}

/// Removes keyword `name` from `kwargs`.
pub fn take(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let pos = kwargs.iter().position(|(k, _)| k.as_str() == name)?;
    Some(kwargs.remove(pos).1)
}

/// After the known keywords were taken: `'foo' is an invalid keyword argument for max()`.
pub fn no_more(func: &str, kwargs: &Kwargs) -> PyResult<()> {
    match kwargs.first() {
        None => Ok(()),
        Some((k, _)) => Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, func))),
    }
}

/// Binds the positional-or-keyword parameters `names` of a builtin written in the
/// argument-clinic style: `func() got multiple values for argument 'x'`,
/// `func() got an unexpected keyword argument 'y'`, `func() takes at most 2 arguments (3 given)`.
pub fn bind(func: &str, mut args: Vec<Value>, kwargs: Kwargs, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        let what = if required == names.len() { "exactly" } else { "at most" };
        return Err(PyErr::type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            func, what, names.len(), if names.len() == 1 { "" } else { "s" }, args.len()
        )));
    }
    let given = args.len();
    let mut out: Vec<Option<Value>> = args.drain(..).map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < given => {
                return Err(PyErr::type_error(format!("argument for {}() given by name ('{}') and position ({})", func, k, i + 1)))
            }
            Some(i) => out[i] = Some(v),
            None => return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, func))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(PyErr::type_error(format!(
                "{}() missing required argument '{}' (pos {})", func, names[i], i + 1
            )));
        }
    }
    Ok(out)
}

/// `operator.index(v)`: ints and bools, or an instance's `__index__`; else
/// `TypeError: 'float' object cannot be interpreted as an integer`.
pub fn index(v: &Value) -> PyResult<Int> {
    crate::value::ops::index_of(v)
}

/// An index as `i64` (`OverflowError` beyond), for counts and positions.
pub fn index_i64(v: &Value) -> PyResult<i64> {
    index(v)?
        .to_i64()
        .ok_or_else(|| PyErr::index_error(format!("cannot fit '{}' into an index-sized integer", v.type_name())))
}

/// The `str` inside a value, or `TypeError` with `what` (`must be str, not int`).
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a crate::str::Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!("{}{}", what, other.type_name()))),
    }
}
