//! `hash()`: CPython's values for `int` (modulo 2**61 - 1), `float`, `bool`, `None`,
//! `tuple` (xxHash-based, 3.8+) and `frozenset`; `str` hashes are randomised in CPython,
//! so any stable hash will do. Instances use `__hash__` (or identity). Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::Value;

/// `hash(v)`: `TypeError: unhashable type: 'list'` for mutable containers.
pub fn hash_value(v: &Value) -> PyResult<i64> {
    todo!()
}
