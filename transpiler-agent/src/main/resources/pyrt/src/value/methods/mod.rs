//! Methods of the built-in types called on dynamic values: `str` (split, join, strip,
//! replace, find, count, startswith, format, upper, lower, isdigit, …), `list` (append,
//! extend, insert, pop, remove, index, count, sort, reverse, copy, clear), `dict` (get,
//! setdefault, pop, items, keys, values, update, copy, clear, popitem), `set` (add,
//! discard, remove, union, intersection, difference, symmetric_difference, issubset, …),
//! `tuple` (index, count), `int` (bit_length, to_bytes…), `float` (is_integer, …).
//! Owner: runtime-builtins (one file per type under this directory).

use crate::exc::{PyErr, PyResult};
use crate::value::{BuiltinType, Kwargs, Value};

pub mod bytes_methods;
pub mod codec;
mod codec_names;
pub mod bytes_text;
pub mod dict_methods;
pub mod dict_views;
pub mod dunder_methods;
pub mod dunder_ops;
pub mod list_methods;
pub mod scalar_methods;
pub mod set_methods;
pub mod str_convert;
pub mod str_format;
pub mod str_methods;
pub mod str_search;

use set_methods::Receiver;

/// `receiver.name(*args, **kwargs)` for a built-in value; `AttributeError: 'str' object
/// has no attribute 'foo'` for an unknown method.
pub fn call(receiver: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if name.starts_with("__") && kwargs.is_empty() {
        if dunder_ops::has(receiver, name) {
            if let Some(r) = dunder_ops::call(receiver, name, args, false) {
                return r;
            }
            unreachable!("has() said the dunder exists");
        }
        if dunder_methods::has(receiver, name) {
            if let Some(r) = dunder_methods::call(receiver, name, args) {
                return r;
            }
            unreachable!("has() said the dunder exists");
        }
    }
    // The methods of immutable built-ins read their arguments' built-in values (a `str`
    // subclass instance passed to `str.startswith` counts as its text).
    let immutable = matches!(receiver, Value::Str(_) | Value::Bytes(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_))
        && !matches!(name, "format" | "format_map");
    let args = if immutable && args.iter().any(|a| matches!(a, Value::Instance(i) if i.base.is_some())) {
        args.iter().map(crate::value::class::payload::unwrap).collect()
    } else {
        args
    };
    let found = match receiver {
        Value::Str(s) => str_methods::call(s, name, args, kwargs),
        Value::List(l) => list_methods::call(l, name, args, kwargs),
        Value::Dict(d) => dict_methods::call(d, name, args, kwargs),
        Value::Set(s) => set_methods::call(Receiver::Set(s), name, args, kwargs),
        Value::FrozenSet(s) => set_methods::call(Receiver::Frozen(s), name, args, kwargs),
        Value::Tuple(t) => scalar_methods::tuple_call(t, name, args, kwargs),
        Value::Int(i) => scalar_methods::int_call(i, name, args, kwargs),
        Value::Bool(b) => scalar_methods::int_call(&crate::int::Int::from(*b), name, args, kwargs),
        Value::Float(x) => scalar_methods::float_call(*x, name, args, kwargs),
        Value::Complex(re, im) => crate::value::complex::call_method(*re, *im, name, &args).map(|r| {
            crate::value::builtins::args::no_kwargs(name, &kwargs)?;
            r
        }),
        Value::Bytes(b) => bytes_methods::bytes_call(b, name, args, kwargs),
        Value::Range(r) => scalar_methods::range_call(r, name, args, kwargs),
        Value::Iter(_) => crate::value::generator::of(receiver)
            .and_then(|g| crate::value::generator::call_method(&g, name, args, kwargs)),
        _ => None,
    };
    found.unwrap_or_else(|| Err(no_attribute(receiver, name)))
}

/// `AttributeError: 'str' object has no attribute 'foo'`.
pub fn no_attribute(receiver: &Value, name: &str) -> PyErr {
    PyErr::new("AttributeError", format!("'{}' object has no attribute '{}'", receiver.type_name(), name))
}

fn names_of(t: BuiltinType) -> &'static [&'static str] {
    match t {
        BuiltinType::Str => str_methods::NAMES,
        BuiltinType::List => list_methods::NAMES,
        BuiltinType::Dict => dict_methods::NAMES,
        BuiltinType::Set => set_methods::SET_NAMES,
        BuiltinType::FrozenSet => set_methods::FROZENSET_NAMES,
        BuiltinType::Tuple => scalar_methods::TUPLE_NAMES,
        BuiltinType::Int | BuiltinType::Bool => scalar_methods::INT_NAMES,
        BuiltinType::Float => scalar_methods::FLOAT_NAMES,
        BuiltinType::Complex => crate::value::complex::METHODS,
        BuiltinType::Bytes => bytes_methods::BYTES_NAMES,
        BuiltinType::Range => scalar_methods::RANGE_NAMES,
        _ => &[],
    }
}

fn builtin_type_of(v: &Value) -> Option<BuiltinType> {
    Some(match v {
        Value::Str(_) => BuiltinType::Str,
        Value::List(_) => BuiltinType::List,
        Value::Dict(_) => BuiltinType::Dict,
        Value::Set(_) => BuiltinType::Set,
        Value::FrozenSet(_) => BuiltinType::FrozenSet,
        Value::Tuple(_) => BuiltinType::Tuple,
        Value::Int(_) => BuiltinType::Int,
        Value::Bool(_) => BuiltinType::Bool,
        Value::Float(_) => BuiltinType::Float,
        Value::Complex(..) => BuiltinType::Complex,
        Value::Bytes(_) => BuiltinType::Bytes,
        Value::Range(_) => BuiltinType::Range,
        _ => return None,
    })
}

/// Whether the built-in type of `receiver` has a method `name` (for `getattr`).
pub fn has(receiver: &Value, name: &str) -> bool {
    dunder_methods::has(receiver, name)
        || dunder_ops::has(receiver, name)
        || builtin_type_of(receiver).map_or(false, |t| names_of(t).contains(&name))
        || crate::value::generator::METHODS.contains(&name) && crate::value::generator::of(receiver).is_some()
}

/// A method of a built-in type taken from the class (`str.upper`, `dict.fromkeys`,
/// `str.maketrans`, `list.append`): a function whose first argument is the receiver,
/// except for the class and static methods. `None` when the type has no such method.
pub fn unbound(t: BuiltinType, name: &str) -> Option<Value> {
    match (t, name) {
        (BuiltinType::Dict, "fromkeys") => return Some(Value::builtin("fromkeys", dict_methods::fromkeys)),
        (BuiltinType::Str, "maketrans") => return Some(Value::builtin("maketrans", str_methods::maketrans)),
        _ => {}
    }
    let names = names_of(t);
    let static_name: &'static str = names.iter().find(|n| **n == name)?;
    let type_name = crate::value::builtins::value_type_name(t);
    Some(Value::builtin(static_name, move |mut args: Vec<Value>, kwargs: Kwargs| {
        if args.is_empty() {
            return Err(PyErr::type_error(format!(
                "unbound method {}.{}() needs an argument",
                type_name, static_name
            )));
        }
        let receiver = args.remove(0);
        match builtin_type_of(&receiver) {
            Some(rt) if rt == t || (t == BuiltinType::Int && rt == BuiltinType::Bool) => {
                call(&receiver, static_name, args, kwargs)
            }
            _ => Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                static_name,
                type_name,
                receiver.type_name()
            ))),
        }
    }))
}
