//! Ints that the typed lowering keeps in a plain `i64` (locals) or a `List<i64>`, because the
//! values they can hold provably stay far inside the `i64` range (see `BoundedInts` in the
//! transpiler). Everything else reads them as `Int::Small(v)`, so arithmetic that leaves the range
//! still promotes to a big int; storing a value into one goes through [`of`], which checks.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::list::List;

/// The value of `v` for an `i64` local or element. The translation stores here only values it
/// proved small, so the error is a broken proof, reported loudly rather than wrapped.
/// Always inline: the check then folds away where the value was just made from an `i64`, and
/// the big value is dropped in the cold path, not here.
#[inline(always)]
pub fn of(v: Int) -> PyResult<i64> {
    match v {
        Int::Small(x) => Ok(x),
        big => Err(outgrown(big)),
    }
}

/// `a + b` stored into an `i64` local or element: what `of(Int::Small(a).add(&Int::Small(b)))`
/// gives, without making the `Int`.
#[inline(always)]
pub fn add(a: i64, b: i64) -> PyResult<i64> {
    match a.checked_add(b) {
        Some(v) => Ok(v),
        None => Err(outgrown(Int::Small(a).add(&Int::Small(b)))),
    }
}

/// `a - b` stored into an `i64` local or element.
#[inline(always)]
pub fn sub(a: i64, b: i64) -> PyResult<i64> {
    match a.checked_sub(b) {
        Some(v) => Ok(v),
        None => Err(outgrown(Int::Small(a).sub(&Int::Small(b)))),
    }
}

#[cold]
#[inline(never)]
fn outgrown(_big: Int) -> PyErr {
    PyErr::untranslatable("an int the translation keeps in 64 bits outgrew them")
}

/// A new list of ints (`list(range(n))`, `[0] * n`) as a `List<i64>`.
pub fn list(items: List<Int>) -> PyResult<List<i64>> {
    let mut out = Vec::with_capacity(items.len_usize());
    for item in items.iter() {
        out.push(of(item)?);
    }
    Ok(List::from_vec(out))
}

/// An int argument for the version of a function that takes it as `i64`: `Some` when it is
/// within 2**60, so that the function's bounded locals start as small as `BoundedInts` assumes.
#[inline]
pub fn param(v: &Int) -> Option<i64> {
    match v {
        Int::Small(x) if x.unsigned_abs() <= 1 << 60 => Some(*x),
        _ => None,
    }
}
