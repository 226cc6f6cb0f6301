//! Argument handling shared by the standard-library modules: arity checks, conversions of
//! arguments to Rust numbers with CPython's `TypeError` messages, and module assembly.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::str::Str;
use crate::value::{DictObj, Kwargs, Module, Value};
use std::cell::RefCell;

/// A module from its name and attributes.
pub fn module(name: &str, attrs: Vec<(&str, Value)>) -> Module {
    let mut dict = DictObj::new();
    dict.set_str("__name__", Value::str(name));
    for (k, v) in attrs {
        dict.set_str(k, v);
    }
    Module { name: Str::from(name), dict: RefCell::new(dict), globals: &[] }
}

/// A module function `name` taking positional arguments only.
pub fn func(name: &'static str, f: impl Fn(Vec<Value>) -> PyResult<Value> + 'static) -> (&'static str, Value) {
    (
        name,
        Value::builtin(name, move |args, kwargs| {
            no_kwargs(name, &kwargs)?;
            f(args)
        }),
    )
}

/// A module function that takes keyword arguments too.
pub fn func_kw(
    name: &'static str,
    f: impl Fn(Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
) -> (&'static str, Value) {
    (name, Value::builtin(name, f))
}

pub fn no_kwargs(name: &str, kwargs: &Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{}() takes no keyword arguments", name)))
    }
}

/// Between `min` and `max` positional arguments, with CPython's messages.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        if min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, n)
        } else {
            format!("{} expected {} arguments, got {}", name, min, n)
        }
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
    };
    Err(PyErr::type_error(msg))
}

/// Takes the keyword argument `name` out of `kwargs`.
pub fn take_kw(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let pos = kwargs.iter().position(|(k, _)| k.as_str() == name)?;
    Some(kwargs.remove(pos).1)
}

/// Fails on any keyword left after the known ones were taken.
pub fn no_more_kwargs(fname: &str, kwargs: &Kwargs) -> PyResult<()> {
    match kwargs.first() {
        None => Ok(()),
        Some((k, _)) => Err(PyErr::type_error(format!(
            "{}() got an unexpected keyword argument '{}'",
            fname,
            k.as_str()
        ))),
    }
}

/// The arguments of a Python-level function `fname(names...)` without defaults, in
/// parameter order: keyword arguments go to their parameter's place
/// (`typing.cast(typ=int, val=x)`), with CPython's messages for a missing, repeated,
/// surplus or unknown argument — those of a translated `def`, whose binder this is.
pub fn bind(fname: &str, args: Vec<Value>, kwargs: Kwargs, names: &[&'static str]) -> PyResult<Vec<Value>> {
    crate::value::func::bind(fname, &crate::value::Params::new(names), &[], &[], args, kwargs)
}

/// A real number as a float (`TypeError: must be real number, not str`).
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
        Value::Instance(i) if matches!(i.base, Some(Value::Float(_)) | Some(Value::Int(_))) => {
            to_f64(i.base.as_ref().expect("checked"))
        }
        // `PyFloat_AsDouble`: an object with `__float__` (a Decimal, a Fraction), else `__index__`.
        Value::Instance(_) => match crate::value::class::call_dunder(v, "__float__", vec![])? {
            Some(Value::Float(f)) => Ok(f),
            Some(other) => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
            None => match crate::value::class::call_dunder(v, "__index__", vec![])? {
                Some(Value::Int(i)) => i.to_f64(),
                _ => Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))),
            },
        },
        _ => Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))),
    }
}

/// An integer argument (`TypeError: 'float' object cannot be interpreted as an integer`).
pub fn to_int(v: &Value) -> PyResult<Int> {
    match v {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        // `re.I`, an `IntEnum` member: objects with `__index__`.
        Value::Instance(_) if crate::value::class::has_dunder(v, "__index__") => {
            match crate::value::class::call_dunder(v, "__index__", vec![])? {
                Some(Value::Int(i)) => Ok(i),
                Some(Value::Bool(b)) => Ok(Int::from(b)),
                Some(other) => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", other.type_name()))),
                None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
            }
        }
        _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

/// An integer argument that must fit in `i64` (`OverflowError` otherwise).
pub fn to_i64(v: &Value) -> PyResult<i64> {
    to_int(v)?
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))
}

/// A non-negative size (`ValueError: <what> must be non-negative`).
pub fn to_usize(v: &Value, what: &str) -> PyResult<usize> {
    let n = to_i64(v)?;
    if n < 0 {
        return Err(PyErr::value_error(format!("{} must be non-negative", what)));
    }
    Ok(n as usize)
}

pub fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
}
