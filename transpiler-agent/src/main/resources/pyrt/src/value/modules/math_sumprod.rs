//! `math.sumprod` as CPython 3.12's `math_sumprod_impl` computes it: products of machine ints
//! summed exactly in 64 bits, products involving floats accumulated in triple-length
//! arithmetic and rounded once, and anything else (or what overflows those paths) with the
//! objects' own `+` and `*`. `statistics` relies on it, so `correlation` and
//! `linear_regression` agree with CPython to the last bit.

use crate::exc::{PyErr, PyResult};
use crate::value::iterate::collect;
use crate::value::{ops, Value};

#[derive(Clone, Copy)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

/// Knuth's 2Sum: `a + b` and its exact rounding error.
fn dl_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, (a - (x - z)) + (b - z))
}

/// Veltkamp's split, exact where CPython uses `fma` for the error of a product.
fn split(a: f64) -> (f64, f64) {
    let c = 134217729.0 * a;
    let hi = c - (c - a);
    (hi, a - hi)
}

/// Dekker's product: `x * y` and its exact rounding error. Veltkamp's split overflows above
/// 2**995, so such a factor is scaled down by 2**53 first (exact, powers of two) and the
/// results scaled back, as CPython's `fma` needs no such care.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    const BIG: f64 = 3.3484643974570854e299; // 2**995
    const SCALE: f64 = 9007199254740992.0; // 2**53
    if x.is_finite() && x.abs() > BIG {
        let (z, zz) = dl_mul(x / SCALE, y);
        return (z * SCALE, zz * SCALE);
    }
    if y.is_finite() && y.abs() > BIG {
        let (z, zz) = dl_mul(x, y / SCALE);
        return (z * SCALE, zz * SCALE);
    }
    let z = x * y;
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let zz = ((xh * yh - z) + xh * yl + xl * yh) + xl * yl;
    (z, zz)
}

fn tl_fma(x: f64, y: f64, t: Triple) -> Triple {
    let (ph, pl) = dl_mul(x, y);
    let (sh, sl) = dl_sum(t.hi, ph);
    let (r1h, r1l) = dl_sum(t.lo, pl);
    let (r2h, r2l) = dl_sum(r1h, sl);
    Triple { hi: sh, lo: r2h, tiny: t.tiny + r1l + r2l }
}

fn tl_to_d(t: Triple) -> f64 {
    let (h, l) = dl_sum(t.lo, t.hi);
    t.tiny + l + h
}

/// A float operand of the float path: a float, or an int or bool beside a float.
fn float_pair(p: &Value, q: &Value) -> Option<(f64, f64)> {
    let as_f = |v: &Value| match v {
        Value::Int(i) => i.to_f64().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    };
    match (p, q) {
        (Value::Float(a), Value::Float(b)) => Some((*a, *b)),
        (Value::Float(a), other) => as_f(other).map(|b| (*a, b)),
        (other, Value::Float(b)) => as_f(other).map(|a| (a, *b)),
        _ => None,
    }
}

fn int_product(p: &Value, q: &Value) -> Option<i64> {
    match (p, q) {
        (Value::Int(a), Value::Int(b)) => a.to_i64()?.checked_mul(b.to_i64()?),
        _ => None,
    }
}

/// `sumprod(p, q)` over two equally long sequences of values.
pub fn sumprod_of(p: &[Value], q: &[Value]) -> PyResult<Value> {
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let mut total = Value::int(0);
    let (mut int_path, mut flt_path) = (true, true);
    let mut int_total: Option<i64> = None;
    let mut flt_total: Option<Triple> = None;
    for (a, b) in p.iter().zip(q.iter()) {
        if int_path {
            if let Some(prod) = int_product(a, b) {
                if let Some(s) = int_total.unwrap_or(0).checked_add(prod) {
                    int_total = Some(s);
                    continue;
                }
            }
            int_path = false;
            if let Some(s) = int_total.take() {
                total = ops::add(&total, &Value::int(s))?;
            }
        }
        if flt_path {
            if let Some((x, y)) = float_pair(a, b) {
                let t = tl_fma(x, y, flt_total.unwrap_or(Triple { hi: 0.0, lo: 0.0, tiny: 0.0 }));
                if t.hi.is_finite() {
                    flt_total = Some(t);
                    continue;
                }
            }
            flt_path = false;
            if let Some(t) = flt_total.take() {
                total = ops::add(&total, &Value::float(tl_to_d(t)))?;
            }
        }
        total = ops::add(&total, &ops::mul(a, b)?)?;
    }
    if let Some(s) = int_total {
        total = ops::add(&total, &Value::int(s))?;
    }
    if let Some(t) = flt_total {
        total = ops::add(&total, &Value::float(tl_to_d(t)))?;
    }
    Ok(total)
}

/// `math.sumprod(p, q, /)`.
pub fn sumprod(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("sumprod", &args, 2, 2)?;
    sumprod_of(&collect(&args[0])?, &collect(&args[1])?)
}
