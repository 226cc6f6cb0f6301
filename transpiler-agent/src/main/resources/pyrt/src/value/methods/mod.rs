//! Methods of the built-in types called on dynamic values: `str` (split, join, strip,
//! replace, find, count, startswith, format, upper, lower, isdigit, …), `list` (append,
//! extend, insert, pop, remove, index, count, sort, reverse, copy, clear), `dict` (get,
//! setdefault, pop, items, keys, values, update, copy, clear, popitem), `set` (add,
//! discard, remove, union, intersection, difference, symmetric_difference, issubset, …),
//! `tuple` (index, count), `int` (bit_length, to_bytes…), `float` (is_integer, …).
//! Owner: runtime-builtins (one file per type under this directory).

use crate::exc::PyResult;
use crate::value::{Kwargs, Value};

/// `receiver.name(*args, **kwargs)` for a built-in value; `AttributeError: 'str' object
/// has no attribute 'foo'` for an unknown method.
pub fn call(receiver: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

/// Whether the built-in type of `receiver` has a method `name` (for `getattr`).
pub fn has(receiver: &Value, name: &str) -> bool {
    todo!()
}
