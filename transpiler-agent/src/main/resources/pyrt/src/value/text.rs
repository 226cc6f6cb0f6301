//! `str()`, `repr()`, `format()` of any value, f-string assembly and `%`-formatting.
//! Container reprs follow CPython (recursive containers print `[...]`); floats use the
//! shortest round-trip repr; instances use `__str__`/`__repr__`. Owner: runtime-core.

use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;

/// `str(v)`.
pub fn str_of(v: &Value) -> PyResult<Str> {
    todo!()
}

/// `repr(v)`.
pub fn repr_of(v: &Value) -> PyResult<Str> {
    todo!()
}

/// `format(v, spec)`, which an f-string replacement field `{v:spec}` calls (`__format__`).
pub fn format_value(v: &Value, spec: &str) -> PyResult<Str> {
    todo!()
}

/// The pieces of an f-string, concatenated into one `str` value.
pub fn join_strs(parts: Vec<Str>) -> Value {
    todo!()
}

/// `fmt % args` for a str `fmt` (`args` a tuple, a mapping or a single value).
pub fn percent_format(fmt: &Str, args: &Value) -> PyResult<Str> {
    todo!()
}
