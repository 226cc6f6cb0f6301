//! Arithmetic, bitwise and unary operators, truthiness, subscripts and `len`, with
//! CPython's numeric tower (bool < int < float), sequence operators (`+`, `*` on str,
//! list, tuple), `%`-formatting of str, and dunder dispatch to instances (`__add__`, then
//! the reflected `__radd__`; `NotImplemented` defers). Owner: runtime-core.

use crate::exc::PyResult;
use crate::value::Value;

pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn modulo(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn matmul(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn lshift(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn rshift(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn bitand(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn bitor(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn bitxor(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

// In-place operators (`x += y`): `__iadd__` where defined, lists extend in place
// (`a += b` mutates the list other names share), otherwise the plain operator.
pub fn iadd(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn isub(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn imul(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn itruediv(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ifloordiv(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn imod(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ipow(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn imatmul(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ilshift(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn irshift(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn iand(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ior(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn ixor(a: &Value, b: &Value) -> PyResult<Value> {
    todo!()
}

pub fn neg(a: &Value) -> PyResult<Value> {
    todo!()
}

pub fn pos(a: &Value) -> PyResult<Value> {
    todo!()
}

pub fn invert(a: &Value) -> PyResult<Value> {
    todo!()
}

/// `not a`.
pub fn not_(a: &Value) -> PyResult<Value> {
    todo!()
}

/// `bool(a)`: `__bool__`, then `__len__`, then true.
pub fn truthy(a: &Value) -> PyResult<bool> {
    todo!()
}

/// `len(a)`.
pub fn len_of(a: &Value) -> PyResult<usize> {
    todo!()
}

/// `a[key]`; `key` may be a `Value::Slice` (`a[1:2]`) or a tuple.
pub fn getitem(a: &Value, key: &Value) -> PyResult<Value> {
    todo!()
}

/// `a[key] = value` (slices assign too).
pub fn setitem(a: &Value, key: Value, value: Value) -> PyResult<()> {
    todo!()
}

/// `del a[key]`.
pub fn delitem(a: &Value, key: &Value) -> PyResult<()> {
    todo!()
}
