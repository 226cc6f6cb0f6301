//! Python's `complex`, a [`Value::Complex`] of two `f64`s, following CPython 3.12's
//! Objects/complexobject.c: mixed arithmetic converts the int or float operand to a complex
//! first (so `2 * complex(inf, 0)` is `(inf+nanj)`, as in 3.12), division is `_Py_c_quot`,
//! powers are `c_powi` for small integral exponents and `_Py_c_pow` otherwise, equality with
//! ints is exact, and ordering, `//`, `%`, `divmod`, `int()`, `float()` and `round()` raise
//! CPython's `TypeError`s. `complex.rs` holds the operators; `complex/text.rs` the
//! constructor, the string parser, `repr` and `format`.

use crate::exc::{PyErr, PyResult};
use crate::libm;
use crate::value::Value;

pub mod text;

pub use text::{construct, format, repr};

/// `(re, im)` of an operand that arithmetic with a complex accepts (`to_complex`): a
/// complex, an int (converted to float, `OverflowError` past the float range), a float or a
/// bool. `None` for anything else (the operator returns `NotImplemented`).
pub fn operand(v: &Value) -> PyResult<Option<(f64, f64)>> {
    Ok(match v {
        Value::Complex(re, im) => Some((*re, *im)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Int(i) => Some((i.to_f64()?, 0.0)),
        Value::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        _ => None,
    })
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for a zero divisor (CPython's `errno = EDOM`).
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_breal, abs_bimag) = (b.0.abs(), b.1.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b` of complex values: `ZeroDivisionError: complex division by zero`.
pub fn div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    quot(a, b).ok_or_else(|| PyErr::zero_division("complex division by zero"))
}

/// `c_powu`: repeated squaring.
fn powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// What `errno` would say after a libm call in `_Py_c_pow`.
#[derive(PartialEq)]
enum Errno {
    Ok,
    Dom,
}

/// `_Py_c_pow`.
fn pow_general(a: (f64, f64), b: (f64, f64)) -> ((f64, f64), Errno) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), Errno::Ok);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        let e = if b.1 != 0.0 || b.0 < 0.0 { Errno::Dom } else { Errno::Ok };
        return ((0.0, 0.0), e);
    }
    let vabs = libm::hypot(a.0, a.1);
    let mut len = libm::pow(vabs, b.0);
    let at = libm::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= libm::exp(at * b.1);
        phase += b.1 * libm::log(vabs);
    }
    // glibc's cos and sin of an infinity set EDOM.
    let e = if phase.is_infinite() { Errno::Dom } else { Errno::Ok };
    ((len * libm::cos(phase), len * libm::sin(phase)), e)
}

/// `complex_pow` (two arguments).
pub fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (p, e) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            (powu(a, n), Errno::Ok)
        } else {
            match quot((1.0, 0.0), powu(a, -n)) {
                Some(p) => (p, Errno::Ok),
                None => ((0.0, 0.0), Errno::Dom),
            }
        }
    } else {
        pow_general(a, b)
    };
    // `_Py_ADJUST_ERANGE2`: an infinite part is an overflow unless EDOM came first.
    if e == Errno::Dom {
        return Err(PyErr::zero_division("0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)`: libm's `hypot`, `OverflowError` when finite parts give an infinite result.
pub fn abs(re: f64, im: f64) -> PyResult<f64> {
    let r = libm::hypot(re, im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// The arithmetic operators with a complex operand on either side; `None` where CPython's
/// complex returns `NotImplemented` (the caller raises the `unsupported operand` error).
pub fn binary(a: &Value, b: &Value, symbol: &str) -> PyResult<Option<Value>> {
    let (x, y) = match (operand(a)?, operand(b)?) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let r = match symbol {
        "+" => (x.0 + y.0, x.1 + y.1),
        "-" => (x.0 - y.0, x.1 - y.1),
        "*" => prod(x, y),
        "/" => div(x, y)?,
        "**" => pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Complex(r.0, r.1)))
}

/// `hash(z)`: CPython's combination of the parts' float hashes.
pub fn hash(re: f64, im: f64) -> i64 {
    let hr = crate::value::hash::hash_float(re) as u64;
    let hi = crate::value::hash::hash_float(im) as u64;
    let combined = hr.wrapping_add(1_000_003u64.wrapping_mul(hi)) as i64;
    if combined == -1 {
        -2
    } else {
        combined
    }
}

/// `z == other` for a built-in `other`: exact against ints, by parts against floats and
/// complexes; `None` for other types.
pub fn eq(re: f64, im: f64, other: &Value) -> Option<bool> {
    match other {
        Value::Complex(r, i) => Some(re == *r && im == *i),
        Value::Float(f) => Some(im == 0.0 && re == *f),
        Value::Int(_) | Value::Bool(_) => {
            Some(im == 0.0 && crate::value::compare::eq_bool(&Value::Float(re), other).unwrap_or(false))
        }
        _ => None,
    }
}

/// The methods of `complex` (`conjugate`, `__complex__`, `__getnewargs__`, `__format__`).
pub fn call_method(re: f64, im: f64, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let arity = |n: usize| -> PyResult<()> {
        if args.len() == n {
            Ok(())
        } else if n == 0 {
            Err(PyErr::type_error(format!("complex.{}() takes no arguments ({} given)", name, args.len())))
        } else {
            Err(PyErr::type_error(format!("{}() takes exactly one argument ({} given)", name, args.len())))
        }
    };
    Some(match name {
        "conjugate" => arity(0).map(|_| Value::Complex(re, -im)),
        "__complex__" => arity(0).map(|_| Value::Complex(re, im)),
        "__getnewargs__" => arity(0).map(|_| Value::tuple(vec![Value::Float(re), Value::Float(im)])),
        "__format__" => arity(1).and_then(|_| match &args[0] {
            Value::Str(s) => Ok(Value::str(&format(re, im, s.as_str())?)),
            other => Err(PyErr::type_error(format!(
                "__format__() argument must be str, not {}",
                other.type_name()
            ))),
        }),
        _ => return None,
    })
}

/// The methods `getattr` finds on a complex (`real` and `imag` are attributes, see attr.rs).
pub const METHODS: &[&str] = &["conjugate", "__complex__", "__getnewargs__", "__format__"];
