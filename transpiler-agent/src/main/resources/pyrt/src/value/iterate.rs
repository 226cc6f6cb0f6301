//! The iteration protocol: `for` loops, unpacking, `iter()`/`next()`. Iterating a list
//! reads it by position each step (appending while iterating is seen, as in CPython);
//! changing a dict's size while iterating raises `RuntimeError`. Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::Value;

/// A Rust iterator over a Python iterable, as `for` loops consume it:
/// `for x in iterate(&xs)? { let x = x?; … }`.
pub struct PyIter {
    inner: Box<dyn Iterator<Item = PyResult<Value>>>,
}

impl PyIter {
    pub fn new(inner: Box<dyn Iterator<Item = PyResult<Value>>>) -> PyIter {
        PyIter { inner }
    }
}

impl Iterator for PyIter {
    type Item = PyResult<Value>;

    fn next(&mut self) -> Option<PyResult<Value>> {
        self.inner.next()
    }
}

/// `iter(v)` for a `for` loop: `TypeError: 'int' object is not iterable`.
pub fn iterate(v: &Value) -> PyResult<PyIter> {
    todo!()
}

/// `iter(v)` as a value (`Value::Iter`; an iterator returns itself).
pub fn iter_value(v: &Value) -> PyResult<Value> {
    todo!()
}

/// `next(it)` (`StopIteration` when exhausted) or `next(it, default)`.
pub fn next_or(it: &Value, default: Option<Value>) -> PyResult<Value> {
    todo!()
}

/// All items of an iterable (`list(v)`, star-arguments).
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    todo!()
}

/// `a, b = v`: exactly `n` items, or `ValueError: too many values to unpack (expected 2)` /
/// `not enough values to unpack (expected 3, got 2)`.
pub fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    todo!()
}

/// `a, *rest, z = v`: `before` items, a list of the middle, then `after` items.
pub fn unpack_star(v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    todo!()
}

/// A lazy iterator value from Rust code (generator expressions, `map`, `filter`, `zip`).
pub fn iter_from(name: &'static str, items: Box<dyn Iterator<Item = PyResult<Value>>>) -> Value {
    todo!()
}
