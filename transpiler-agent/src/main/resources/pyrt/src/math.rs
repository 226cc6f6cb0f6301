//! The `math` module for typed code: one function per `math` function and one constant per
//! `math` constant, so that generated code names each once and the port of glibc's routines
//! (`pyrt::libm`, which makes WebAssembly builds print CPython's digits) replaces the
//! platform's in one place. Errors follow CPython's `math_1`: a NaN from a non-NaN argument
//! is `ValueError: math domain error`, an infinity from a finite one `OverflowError: math
//! range error` for the functions that can overflow and a domain error for the others.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

#[inline]
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(PyErr::value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            PyErr::overflow_error("math range error")
        } else {
            PyErr::value_error("math domain error")
        });
    }
    Ok(r)
}

/// `math.sqrt(x)`: IEEE square root is correctly rounded everywhere, so no libm is involved.
#[inline]
pub fn sqrt(x: f64) -> PyResult<f64> {
    checked(x, x.sqrt(), false)
}

pub fn exp(x: f64) -> PyResult<f64> {
    checked(x, x.exp(), true)
}

pub fn sin(x: f64) -> PyResult<f64> {
    checked(x, x.sin(), false)
}

pub fn cos(x: f64) -> PyResult<f64> {
    checked(x, x.cos(), false)
}

pub fn tan(x: f64) -> PyResult<f64> {
    checked(x, x.tan(), false)
}

pub fn asin(x: f64) -> PyResult<f64> {
    checked(x, x.asin(), false)
}

pub fn acos(x: f64) -> PyResult<f64> {
    checked(x, x.acos(), false)
}

pub fn atan(x: f64) -> PyResult<f64> {
    checked(x, x.atan(), false)
}

/// `math.atan2(y, x)`: defined for every pair, NaN only from a NaN.
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `math.log(x)` with one argument; zero and negative arguments are domain errors.
pub fn log(x: f64) -> PyResult<f64> {
    let r = if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    };
    checked(x, r, false)
}

/// `math.fabs(x)`.
#[inline]
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.floor(x)` of a float: an int, with `int()`'s errors for infinities and NaN.
pub fn floor(x: f64) -> PyResult<Int> {
    Int::from_f64(x.floor())
}

/// `math.ceil(x)` of a float.
pub fn ceil(x: f64) -> PyResult<Int> {
    Int::from_f64(x.ceil())
}

/// `math.hypot(x, y)`: CPython's own scaled algorithm, not libm's.
pub fn hypot(x: f64, y: f64) -> f64 {
    crate::value::modules::math_core::hypot(&[x, y])
}
