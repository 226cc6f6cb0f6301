//! Python's built-in functions for the typed values: `int()`, `float()`, `abs`, `min`,
//! `max`, `sum`, with CPython's results and error messages.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::list::List;
use crate::str::Str;

/// `int(s)` for a str.
pub fn int_from_str(s: &Str) -> PyResult<Int> {
    Int::parse(s.as_str(), 10)
}

/// `int(x)` for a float: truncates toward zero.
pub fn int_from_float(x: f64) -> PyResult<Int> {
    Int::from_f64(x)
}

/// `float(s)` for a str.
pub fn float_from_str(s: &Str) -> PyResult<f64> {
    crate::float::parse_float(s.as_str())
}

/// `float(b)` for a bool, and bools in float arithmetic.
pub fn float_from_bool(b: bool) -> f64 {
    if b {
        1.0
    } else {
        0.0
    }
}

/// `max(a, b, ...)`: the first of the largest, as CPython keeps the earlier on ties.
pub fn max_of<T: PartialOrd + Clone>(items: &[T]) -> T {
    let mut best = items[0].clone();
    for item in &items[1..] {
        if *item > best {
            best = item.clone();
        }
    }
    best
}

/// `min(a, b, ...)`.
pub fn min_of<T: PartialOrd + Clone>(items: &[T]) -> T {
    let mut best = items[0].clone();
    for item in &items[1..] {
        if *item < best {
            best = item.clone();
        }
    }
    best
}

/// `max(list)`.
pub fn max_list<T: PartialOrd + Clone>(list: &List<T>) -> PyResult<T> {
    let items = list.to_vec();
    if items.is_empty() {
        return Err(PyErr::value_error("max() iterable argument is empty"));
    }
    Ok(max_of(&items))
}

/// `min(list)`.
pub fn min_list<T: PartialOrd + Clone>(list: &List<T>) -> PyResult<T> {
    let items = list.to_vec();
    if items.is_empty() {
        return Err(PyErr::value_error("min() iterable argument is empty"));
    }
    Ok(min_of(&items))
}

/// `sum(list)` of ints.
pub fn sum_ints(list: &List<Int>) -> Int {
    let mut total = Int::from(0i64);
    for item in list.iter() {
        total = total.add(&item);
    }
    total
}

/// `sum(list)` of floats. CPython returns the int `0` for an empty list, which a typed
/// float result cannot hold, so that case stops the program instead of printing `0.0`.
pub fn sum_floats(list: &List<f64>) -> PyResult<f64> {
    let items = list.to_vec();
    if items.is_empty() {
        return Err(PyErr::untranslatable("sum() of an empty float list is the int 0"));
    }
    // CPython 3.12 adds floats with Neumaier's compensated summation (bltinmodule.c,
    // builtin_sum_impl), so `sum([0.1] * 10)` is 1.0; a plain loop would give 0.9999999999999999.
    let mut total = 0.0;
    let mut c = 0.0f64;
    for x in items {
        let t = total + x;
        if total.abs() >= x.abs() {
            c += (total - t) + x;
        } else {
            c += (x - t) + total;
        }
        total = t;
    }
    // As CPython: no compensation that would lose a negative zero or turn inf into nan.
    if c != 0.0 && c.is_finite() {
        total += c;
    }
    Ok(total)
}

/// `ord(s)` for a str: its one code point, else CPython's `TypeError`.
pub fn ord(s: &Str) -> PyResult<Int> {
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Int::Small(c as i64)),
        _ => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
    }
}

/// `chr(i)`: CPython converts `i` to a C int before checking the range.
pub fn chr(i: &Int) -> PyResult<Str> {
    let n = match i.to_i64() {
        Some(n) if n >= i32::MIN as i64 && n <= i32::MAX as i64 => n,
        _ => return Err(PyErr::overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&n) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Str::from(c.to_string())),
        // Lone surrogates cannot live in a Rust string.
        None => Err(PyErr::untranslatable("chr() of a surrogate code point")),
    }
}

/// `round(i, ndigits)` for an int: half to even at a negative number of digits.
pub fn round_int(i: &Int, ndigits: &Int) -> PyResult<Int> {
    if !ndigits.is_negative() {
        return Ok(i.clone());
    }
    let p = match Int::from(10i64).pow(&ndigits.neg())? {
        crate::int::Number::Int(p) => p,
        crate::int::Number::Float(_) => unreachable!("positive exponent"),
    };
    let (q, r) = i.divmod(&p)?;
    let twice = r.add(&r);
    let mut result = i.sub(&r);
    if twice > p || (twice == p && q.is_odd()) {
        result = result.add(&p);
    }
    Ok(result)
}

/// `round(x, ndigits)` for a float; an ndigits past 64 bits is clamped, as CPython's
/// `PyNumber_AsSsize_t(o, NULL)` does.
pub fn round_float(x: f64, ndigits: &Int) -> PyResult<f64> {
    let n = match ndigits.to_i64() {
        Some(n) => n,
        None if ndigits.is_negative() => i64::MIN / 2,
        None => i64::MAX / 2,
    };
    crate::float::round_half_even(x, Some(n))
}
