//! Comparisons: `==`, `<` and friends (with `__eq__`/`__lt__`… and their reflections),
//! `is`, `in`, and the ordering `sorted`, `min` and `max` use. Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::Value;
use std::cmp::Ordering;

pub fn eq(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ne(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn lt(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn le(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn gt(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ge(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

/// `a == b` as a Rust bool (containers, `in`, `list.index`, dict keys).
pub fn eq_bool(a: &Value, b: &Value) -> PyResult<bool> {
    todo!()
}

/// `a < b` as a Rust bool (`sorted`, `min`, `max`).
pub fn lt_bool(a: &Value, b: &Value) -> PyResult<bool> {
    todo!()
}

/// `a is b`: identity for shared objects, value for `None`, bools and other immutables.
pub fn is(a: &Value, b: &Value) -> bool {
    todo!()
}

/// `item in container` (`__contains__`, then iteration).
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    todo!()
}

/// A total order for sorting built on `<` only, as `list.sort` uses (`TypeError` when
/// the items cannot be compared).
pub fn sort_values(items: &mut Vec<Value>, reverse: bool) -> PyResult<()> {
    todo!()
}

/// Sorts `items` by `keys` (same length), stably; `reverse` keeps stability as CPython's does.
pub fn sort_by_keys(items: &mut Vec<Value>, keys: Vec<Value>, reverse: bool) -> PyResult<()> {
    todo!()
}

/// Three-way comparison by `<` then `==`, for callers that need an `Ordering`.
pub fn compare(a: &Value, b: &Value) -> PyResult<Ordering> {
    todo!()
}
