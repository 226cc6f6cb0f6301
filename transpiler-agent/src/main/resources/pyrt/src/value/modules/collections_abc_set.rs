//! The mixin methods of `collections.abc.Set` (Lib/_collections_abc.py): comparisons by
//! containment, and `&`, `|`, `-`, `^` (with their reflections) and `isdisjoint` built
//! through `_from_iterable`, which is `set(it)` for `KeysView` and `ItemsView` (so
//! `ChainMap(...).keys() & {...}` is a `set`) and `cls(it)` for other `Set` classes.

use crate::exc::PyResult;
use crate::value::builtins::isinstance;
use crate::value::class::{lookup, type_of};
use crate::value::compare::contains;
use crate::value::func::{call, call_method};
use crate::value::iterate::collect;
use crate::value::ops::len_of;
use crate::value::{Kwargs, Value};

pub type Mixin = (&'static str, fn(Vec<Value>, Kwargs) -> PyResult<Value>);

pub const SET_MIXINS: &[Mixin] = &[
    ("__le__", set_le),
    ("__lt__", set_lt),
    ("__ge__", set_ge),
    ("__gt__", set_gt),
    ("__eq__", set_eq),
    ("__and__", set_and),
    ("__rand__", set_and),
    ("__or__", set_or),
    ("__ror__", set_or),
    ("__sub__", set_sub),
    ("__rsub__", set_rsub),
    ("__xor__", set_xor),
    ("__rxor__", set_xor),
    ("isdisjoint", set_isdisjoint),
];

fn is_abc(v: &Value, name: &str) -> PyResult<bool> {
    match super::collections_abc::abc_class(name) {
        Some(c) => crate::value::ops::truthy(&isinstance(vec![v.clone(), Value::Class(c)], Kwargs::new())?),
        None => Ok(false),
    }
}

fn two(args: &[Value]) -> (Value, Value) {
    (args.first().cloned().unwrap_or(Value::None), args.get(1).cloned().unwrap_or(Value::None))
}

/// `self._from_iterable(items)`.
fn from_iterable(this: &Value, items: Vec<Value>) -> PyResult<Value> {
    let list = Value::list(items);
    if lookup(&type_of(this), "_from_iterable").is_some() {
        return call_method(this, "_from_iterable", vec![list], vec![]);
    }
    if is_abc(this, "KeysView")? || is_abc(this, "ItemsView")? {
        return crate::value::builtins::set(vec![list], Kwargs::new());
    }
    call(&Value::Class(type_of(this)), vec![list], vec![])
}

/// `other` as a `Set`: itself, or `_from_iterable(other)` for another iterable; `None` when
/// it is not iterable (the operator returns `NotImplemented`).
fn as_set(this: &Value, other: &Value) -> PyResult<Option<Value>> {
    if is_abc(other, "Set")? {
        return Ok(Some(other.clone()));
    }
    if !is_abc(other, "Iterable")? {
        return Ok(None);
    }
    Ok(Some(from_iterable(this, collect(other)?)?))
}

/// Every element of `a` is in `b`.
fn all_in(a: &Value, b: &Value) -> PyResult<bool> {
    for x in collect(a)? {
        if !contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A comparison with another `Set`: `None` (so `NotImplemented`) for anything else.
fn compare(args: &[Value], test: fn(usize, usize) -> bool, sub: bool) -> PyResult<Value> {
    let (a, b) = two(args);
    if !is_abc(&b, "Set")? {
        return Ok(Value::NotImplemented);
    }
    let (la, lb) = (len_of(&a)?, len_of(&b)?);
    if !test(la, lb) {
        return Ok(Value::FALSE);
    }
    Ok(Value::Bool(if sub { all_in(&a, &b)? } else { all_in(&b, &a)? }))
}

fn set_le(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    compare(&args, |a, b| a <= b, true)
}

fn set_lt(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    compare(&args, |a, b| a < b, true)
}

fn set_ge(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    compare(&args, |a, b| a >= b, false)
}

fn set_gt(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    compare(&args, |a, b| a > b, false)
}

fn set_eq(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    compare(&args, |a, b| a == b, true)
}

fn set_and(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    if !is_abc(&b, "Iterable")? {
        return Ok(Value::NotImplemented);
    }
    let mut kept = Vec::new();
    for x in collect(&b)? {
        if contains(&a, &x)? {
            kept.push(x);
        }
    }
    from_iterable(&a, kept)
}

fn set_or(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    if !is_abc(&b, "Iterable")? {
        return Ok(Value::NotImplemented);
    }
    let mut all = collect(&a)?;
    all.extend(collect(&b)?);
    from_iterable(&a, all)
}

/// The elements of `from` that are not in `not_in`.
fn minus(this: &Value, from: &Value, not_in: &Value) -> PyResult<Value> {
    let mut kept = Vec::new();
    for x in collect(from)? {
        if !contains(not_in, &x)? {
            kept.push(x);
        }
    }
    from_iterable(this, kept)
}

fn set_sub(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    match as_set(&a, &b)? {
        Some(b) => minus(&a, &a, &b),
        None => Ok(Value::NotImplemented),
    }
}

fn set_rsub(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    match as_set(&a, &b)? {
        Some(b) => minus(&a, &b, &a),
        None => Ok(Value::NotImplemented),
    }
}

fn set_xor(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    match as_set(&a, &b)? {
        Some(b) => {
            let left = minus(&a, &a, &b)?;
            let right = minus(&a, &b, &a)?;
            crate::value::ops::bitor(&left, &right)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn set_isdisjoint(args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    let (a, b) = two(&args);
    for x in collect(&b)? {
        if contains(&a, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
