//! Explicit dunder calls on built-in values (`s.__len__()`, `d.__contains__(k)`,
//! `xs.__getitem__(0)`, `it.__next__()`, `x.__str__()`), mapped onto the operations
//! the runtime already has. Only the dunders each type really has are offered.

use crate::exc::{PyErr, PyResult};
use crate::value::{compare, hash, iterate, ops, text, Value};

fn is_container(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Bytes(_)
            | Value::Range(_)
    )
}

fn is_hashable_builtin(v: &Value) -> bool {
    !matches!(v, Value::List(_) | Value::Dict(_) | Value::Set(_))
}

/// Whether `receiver` has the dunder `name` this module provides.
pub fn has(receiver: &Value, name: &str) -> bool {
    match name {
        "__len__" | "__contains__" => is_container(receiver),
        "__getitem__" => is_container(receiver) && !matches!(receiver, Value::Set(_) | Value::FrozenSet(_)),
        "__setitem__" | "__delitem__" => matches!(receiver, Value::List(_) | Value::Dict(_)),
        "__iter__" => is_container(receiver) || matches!(receiver, Value::Iter(_)),
        "__next__" => matches!(receiver, Value::Iter(_)),
        "__reversed__" => matches!(receiver, Value::List(_) | Value::Dict(_)),
        "__str__" | "__repr__" | "__format__" => true,
        "__hash__" => true,
        _ => false,
    }
}

fn arity(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() != n {
        let what = match n {
            0 => "no arguments".to_string(),
            1 => "exactly one argument".to_string(),
            k => format!("exactly {} arguments", k),
        };
        return Err(PyErr::type_error(format!("expected {} for {}() ({} given)", what, name, a.len())));
    }
    Ok(())
}

/// Calls dunder `name`; `None` when `receiver` has no such dunder.
pub fn call(receiver: &Value, name: &str, a: Vec<Value>) -> Option<PyResult<Value>> {
    if !has(receiver, name) {
        return None;
    }
    let count = match name {
        "__setitem__" => 2,
        "__contains__" | "__getitem__" | "__delitem__" | "__format__" => 1,
        _ => 0,
    };
    if let Err(e) = arity(name, &a, count) {
        return Some(Err(e));
    }
    Some(match name {
        "__len__" => ops::len_of(receiver).map(|n| Value::int(n as i64)),
        "__contains__" => compare::contains(receiver, &a[0]).map(Value::Bool),
        "__getitem__" => ops::getitem(receiver, &a[0]),
        "__setitem__" => ops::setitem(receiver, a[0].clone(), a[1].clone()).map(|_| Value::None),
        "__delitem__" => ops::delitem(receiver, &a[0]).map(|_| Value::None),
        "__iter__" => iterate::iter_value(receiver),
        "__next__" => iterate::next_or(receiver, None),
        "__reversed__" => crate::value::builtins::reversed(vec![receiver.clone()], vec![]),
        "__str__" => text::str_of(receiver).map(Value::Str),
        "__repr__" => text::repr_of(receiver).map(Value::Str),
        "__format__" => match &a[0] {
            Value::Str(spec) => text::format_value(receiver, spec.as_str()).map(Value::Str),
            other => Err(PyErr::type_error(format!(
                "__format__() argument must be str, not {}",
                other.type_name()
            ))),
        },
        // `list.__hash__` is None in CPython: calling it fails like calling None.
        _ if !is_hashable_builtin(receiver) => Err(PyErr::type_error("'NoneType' object is not callable")),
        _ => hash::hash_value(receiver).map(Value::int),
    })
}
