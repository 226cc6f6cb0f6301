//! Python's slices `seq[lower:upper:step]`, with the index adjustment of CPython's
//! `PySlice_AdjustIndices`: out-of-range bounds clamp, negative ones count from the end.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;

/// The positions a slice selects in a sequence of `len` items, in order.
pub fn positions(len: usize, lower: Option<&Int>, upper: Option<&Int>, step: Option<&Int>) -> PyResult<Vec<usize>> {
    let step = match step {
        None => 1,
        Some(s) => clamp(s),
    };
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let (start, stop) = if step > 0 {
        (adjust(lower, n, 0, 0, n), adjust(upper, n, n, 0, n))
    } else {
        (adjust(lower, n, n - 1, -1, n - 1), adjust(upper, n, -1, -1, n - 1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i = match i.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    Ok(out)
}

/// `start..stop` of a step-1 slice of `len` items (`stop` may be below `start`: empty).
pub fn bounds(len: usize, lower: Option<&Int>, upper: Option<&Int>) -> (usize, usize) {
    let n = len as i64;
    (adjust(lower, n, 0, 0, n) as usize, adjust(upper, n, n, 0, n) as usize)
}

/// An int bound as an `i64`; ints past `i64` clamp, which gives the same slice.
fn clamp(x: &Int) -> i64 {
    match x.to_i64() {
        Some(v) => v.max(-i64::MAX),
        None if x.is_negative() => -i64::MAX,
        None => i64::MAX,
    }
}

fn adjust(bound: Option<&Int>, len: i64, default: i64, low: i64, high: i64) -> i64 {
    let mut x = match bound {
        None => return default,
        Some(b) => clamp(b),
    };
    if x < 0 {
        x += len;
        if x < 0 {
            x = low;
        }
    } else if x > high {
        x = if low < 0 { high } else { len };
    }
    x
}
