//! Operators whose Python meaning needs more than one Rust operator: comparisons between
//! int and float (exact, as CPython compares them), `**` where the result type is fixed
//! by the translation, and `~`.

use crate::exc::{PyErr, PyResult};
use crate::int::{Int, Number};
use std::cmp::Ordering;

/// Compares an int with a float exactly (no rounding of big ints); `None` when `y` is NaN.
pub fn cmp_int_float(x: &Int, y: f64) -> Option<Ordering> {
    if y.is_nan() {
        return None;
    }
    if y.is_infinite() {
        return Some(if y > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = y.floor();
    let whole = Int::from_f64(floor).expect("a finite float converts to int");
    match x.cmp(&whole) {
        Ordering::Equal if y > floor => Some(Ordering::Less),
        other => Some(other),
    }
}

pub fn int_float_eq(x: &Int, y: f64) -> bool {
    cmp_int_float(x, y) == Some(Ordering::Equal)
}

pub fn int_float_lt(x: &Int, y: f64) -> bool {
    cmp_int_float(x, y) == Some(Ordering::Less)
}

pub fn int_float_le(x: &Int, y: f64) -> bool {
    matches!(cmp_int_float(x, y), Some(Ordering::Less) | Some(Ordering::Equal))
}

pub fn int_float_gt(x: &Int, y: f64) -> bool {
    cmp_int_float(x, y) == Some(Ordering::Greater)
}

pub fn int_float_ge(x: &Int, y: f64) -> bool {
    matches!(cmp_int_float(x, y), Some(Ordering::Greater) | Some(Ordering::Equal))
}

/// `x ** y` for ints where the translation typed the result as int. A negative exponent
/// makes a float in Python, which the typed program cannot hold, so it stops loudly.
pub fn int_pow(x: &Int, y: &Int) -> PyResult<Int> {
    match x.pow(y)? {
        Number::Int(i) => Ok(i),
        Number::Float(_) => Err(PyErr::untranslatable(
            "int ** negative int gives a float where the translation expected an int",
        )),
    }
}

/// `~x`.
pub fn invert(x: &Int) -> Int {
    x.neg().sub(&Int::from(1i64))
}

/// The int value of a bool in arithmetic (`True + 1`).
pub fn int_from_bool(b: bool) -> Int {
    Int::from(b)
}

pub fn int_float_ne(x: &Int, y: f64) -> bool {
    !int_float_eq(x, y)
}

pub fn float_int_eq(x: f64, y: &Int) -> bool {
    int_float_eq(y, x)
}

pub fn float_int_ne(x: f64, y: &Int) -> bool {
    !int_float_eq(y, x)
}

pub fn float_int_lt(x: f64, y: &Int) -> bool {
    int_float_gt(y, x)
}

pub fn float_int_le(x: f64, y: &Int) -> bool {
    int_float_ge(y, x)
}

pub fn float_int_gt(x: f64, y: &Int) -> bool {
    int_float_lt(y, x)
}

pub fn float_int_ge(x: f64, y: &Int) -> bool {
    int_float_le(y, x)
}
