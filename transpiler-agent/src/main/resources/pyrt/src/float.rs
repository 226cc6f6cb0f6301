//! Python's `float`: `repr`, the arithmetic operators with CPython's special cases and
//! messages, `round`, `float(str)`, and the exact decimal digit generation that `repr`,
//! `round` and `format` share.
//!
//! Digit generation mirrors David Gay's `dtoa` modes as CPython uses them
//! (`Python/pystrtod.c`, `format_float_short`): mode 0 is the shortest round-trip string
//! (from Rust's own shortest formatter), modes 2 and 3 are computed exactly with integer
//! arithmetic and round half to even, so no result depends on the rustc version.

use crate::bigint::BigInt;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use std::fmt::Write;

/// `repr(x)` / `str(x)`: shortest round-trip digits, exponent form below `1e-4` and from
/// `1e16` on.
pub fn repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
}

/// `str(x)`, the same as [`repr`] since Python 3.2.
pub fn float_str(x: f64) -> String {
    repr(x)
}

/// `x / y`.
#[inline]
pub fn truediv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(x / y)
}

/// `x % y`, CPython's `float_rem`: the result takes the divisor's sign.
#[inline]
pub fn modulo(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)` without the zero check (CPython's `_float_div_mod`).
fn div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x // y`.
#[inline]
pub fn floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `divmod(x, y)`.
pub fn divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x && (x / 2.0).floor() != x / 2.0
}

/// `x ** y`, CPython's `float_pow`. A negative base with a non-integral exponent would
/// give a `complex` in Python; here it is a ValueError.
pub fn pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    let mut base = iv;
    if iv < 0.0 {
        if iw != iw.floor() {
            // CPython's result is complex, which typed code has no type for; dynamic code
            // (value::ops) makes the complex before it gets here.
            return Err(PyErr::untranslatable("a complex result of ** in typed code"));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // libm's pow, as in CPython. glibc's (what CPython uses on Linux) is not correctly
    // rounded on exact ties, so no exact algorithm reproduces it; wasi-libc's differs from
    // it in the last bit now and then.
    let r = crate::libm::pow(base, iw);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `x.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// Round half to even to an integral float (`round(x)` before the int conversion).
#[inline]
pub fn round_half_even_integral(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(x)` (no ndigits): an `int`, half to even.
pub fn round_to_int(x: f64) -> PyResult<Int> {
    Int::from_f64(round_half_even_integral(x))
}

const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`; `None` rounds to an integral float (what `round(x)` computes
/// before converting to `int`). Correctly rounded on the exact binary value, like CPython.
pub fn round_half_even(x: f64, ndigits: Option<i64>) -> PyResult<f64> {
    let n = match ndigits {
        None => return Ok(round_half_even_integral(x)),
        Some(n) => n,
    };
    if !x.is_finite() || n > NDIGITS_MAX {
        return Ok(x);
    }
    if n < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (digits, decpt) = dtoa(x.abs(), 3, n);
    let text = format!("0{}e{}", digits, decpt - digits.len() as i64);
    let r: f64 = text.parse().unwrap_or(0.0);
    if r.is_infinite() {
        return Err(PyErr::overflow_error("rounded value too large to represent"));
    }
    Ok(r.copysign(x))
}

/// `float(s)` for a `str`.
pub fn parse_float(s: &str) -> PyResult<f64> {
    parse_float_literal(&crate::int::ascii_numeric(s)).ok_or_else(|| {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            crate::format::repr_str(s)
        ))
    })
}

/// The optional sign of a float literal (`float()`, `float.fromhex`), the text after it, and
/// its value when that text is `inf`, `infinity` or `nan` in any case (sign applied).
pub(crate) fn sign_and_special(t: &str) -> (bool, &str, Option<f64>) {
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let special = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    (neg, body, special.map(|v| if neg { -v } else { v }))
}

fn parse_float_literal(s: &str) -> Option<f64> {
    let (neg, body, special) = sign_and_special(s.trim_matches(|c: char| c.is_whitespace()));
    if special.is_some() {
        return special;
    }
    let clean = clean_float_digits(body.as_bytes())?;
    let v: f64 = clean.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// Checks `digits [. digits] [e [sign] digits]` with single underscores between digits,
/// and returns it without the underscores.
fn clean_float_digits(b: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    let int_digits = take_digits(b, &mut i, &mut out)?;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        out.push('.');
        i += 1;
        frac_digits = take_digits(b, &mut i, &mut out)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        out.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            out.push(b[i] as char);
            i += 1;
        }
        if take_digits(b, &mut i, &mut out)? == 0 {
            return None;
        }
    }
    if i == b.len() {
        Some(out)
    } else {
        None
    }
}

/// Reads `digit (_? digit)*` (possibly empty); `None` on a misplaced underscore.
fn take_digits(b: &[u8], i: &mut usize, out: &mut String) -> Option<usize> {
    let mut n = 0;
    while *i < b.len() {
        let c = b[*i];
        if c.is_ascii_digit() {
            out.push(c as char);
            n += 1;
        } else if c == b'_' {
            if n == 0 || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
                return None;
            }
        } else {
            break;
        }
        *i += 1;
    }
    Some(n)
}

/// `float.hex(x)`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, frac, if e >= 0 { "+" } else { "" }, e)
}

// ---------------------------------------------------------------------------------------
// Exact digit generation (dtoa modes 0, 2, 3) and PyOS_double_to_string.
// ---------------------------------------------------------------------------------------

/// Options of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Default, Debug)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: `1.0` rather than `1`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` alternate form.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option.
    pub no_neg_0: bool,
}

/// `m * 2^e` with `m` odd (or zero).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    if m != 0 {
        let tz = m.trailing_zeros();
        m >>= tz;
        e += tz as i64;
    }
    (m, e)
}

fn pow10_u128(p: u32) -> Option<u128> {
    10u128.checked_pow(p)
}

/// Decimal digits of `round_half_even(x * 10^p)` for finite `x > 0` ("0" when zero).
fn scaled_round(x: f64, p: i64) -> String {
    let (m, e) = decompose(x);
    if let Some(q) = scaled_round_u128(m, e, p) {
        return q.to_string();
    }
    let mut num = BigInt::from_u64(m);
    let mut den = BigInt::from_u64(1);
    if e >= 0 {
        num = num.shl(e as u64);
    } else {
        den = den.shl((-e) as u64);
    }
    let ten = BigInt::from_u64(10);
    if p >= 0 {
        num = num.mul(&ten.pow(p as u64));
    } else {
        den = den.mul(&ten.pow((-p) as u64));
    }
    let (q, r) = num.divmod(&den).unwrap_or_default();
    let twice = r.shl(1);
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q.add(&BigInt::from_u64(1)),
        std::cmp::Ordering::Equal if q.is_odd() => q.add(&BigInt::from_u64(1)),
        _ => q,
    };
    q.to_string_radix(10)
}

/// The u128 fast path of [`scaled_round`]; `None` when the operands do not fit.
fn scaled_round_u128(m: u64, e: i64, p: i64) -> Option<u128> {
    if p < -38 || p > 38 || e > 60 || e < -127 {
        return None;
    }
    let (mut num, mut den) = (m as u128, 1u128);
    if p >= 0 {
        num = num.checked_mul(pow10_u128(p as u32)?)?;
    } else {
        den = pow10_u128((-p) as u32)?;
    }
    if e >= 0 {
        num = num.checked_mul(1u128 << e)?;
    } else {
        den = den.checked_mul(1u128.checked_shl((-e) as u32)?)?;
        if den.leading_zeros() == 0 {
            return None;
        }
    }
    let (q, r) = (num / den, num % den);
    let half = den - r;
    Some(if r > half || (r == half && q & 1 == 1) { q + 1 } else { q })
}

fn is_power_of_ten(d: &str) -> bool {
    d.starts_with('1') && d[1..].bytes().all(|b| b == b'0')
}

fn strip_trailing_zeros(mut s: String) -> String {
    while s.len() > 1 && s.ends_with('0') {
        s.pop();
    }
    s
}

/// dtoa for finite `x > 0`: (digits without trailing zeros, decimal point position).
/// Mode 0: shortest round-trip. Mode 2: `n` significant digits. Mode 3: `n` digits after
/// the point (the digits are empty when the result rounds to zero, with `decpt == -n`).
pub fn dtoa(x: f64, mode: u8, n: i64) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        0 => shortest(x),
        2 => {
            let n = n.max(1);
            let mut k = x.log10().floor() as i64;
            for _ in 0..4 {
                let d = scaled_round(x, n - 1 - k);
                let len = d.len() as i64;
                if len > n {
                    k += 1;
                } else if len < n {
                    k -= 1;
                } else if k > -400 && is_power_of_ten(&d) && scaled_round(x, n - k).len() as i64 == n {
                    // Rounding reached 10^(n-1) from below: the exponent is one lower.
                    k -= 1;
                } else {
                    return (strip_trailing_zeros(d), k + 1);
                }
            }
            unreachable!("dtoa mode 2 exponent search did not settle")
        }
        _ => {
            let d = scaled_round(x, n);
            if d == "0" {
                return (String::new(), -n);
            }
            let decpt = d.len() as i64 - n;
            (strip_trailing_zeros(d), decpt)
        }
    }
}

/// Shortest round-trip digits (see [`crate::shortest`]).
fn shortest(x: f64) -> (String, i64) {
    crate::shortest::shortest(x)
}

/// CPython's `PyOS_double_to_string(val, code, precision, flags)` for codes
/// `e E f F g G r`.
pub fn double_to_string(val: f64, code: char, precision: i64, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    let negative = val.is_sign_negative() && !val.is_nan();
    if !val.is_finite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { word.to_ascii_uppercase() } else { word.to_string() });
        return out;
    }
    let (mode, precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, decpt) = dtoa(val.abs(), mode, precision);
    layout(&mut out, &digits, decpt, code, precision, negative, flags);
    if upper {
        out = out.to_ascii_uppercase();
    }
    out
}

/// The digit layout half of `format_float_short`.
fn layout(out: &mut String, digits: &str, decpt: i64, code: char, precision: i64, negative: bool, flags: DtoaFlags) {
    let digits_len = digits.len() as i64;
    let mut sign = negative;
    if flags.no_neg_0 && sign && (digits_len == 0 || digits == "0") {
        sign = false;
    }
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
}

/// CPython's `long_true_divide` for operands that are not both exactly representable:
/// round `a / b` to 53 bits once, half to even, including subnormal results.
pub fn big_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negate = a.is_negative() != b.is_negative();
    let signed_zero = if negate { -0.0 } else { 0.0 };
    if a.is_zero() {
        return Ok(signed_zero);
    }
    let (aa, bb) = (a.abs(), b.abs());
    let diff = aa.bit_length() as i64 - bb.bit_length() as i64;
    if diff > MAX_EXP {
        return Err(overflow_div());
    }
    if diff < MIN_EXP - MANT - 1 {
        return Ok(signed_zero);
    }
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        aa.shl((-shift) as u64)
    } else {
        let s = aa.shr(shift as u64);
        inexact = s.shl(shift as u64) != aa;
        s
    };
    let (q, r) = x.divmod(&bb)?;
    inexact |= !r.is_zero();
    let mut xv = q.to_u64().unwrap_or(0);
    let x_bits = 64 - xv.leading_zeros() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT;
    let mask = 1u64 << (extra_bits - 1);
    let low = xv | inexact as u64;
    let mut lowv = low;
    if (lowv & mask) != 0 && (lowv & (3 * mask - 1)) != 0 {
        lowv += mask;
    }
    xv = lowv & !(2 * mask - 1);
    let dx = xv as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(overflow_div());
    }
    let r = ldexp(dx, shift);
    Ok(if negate { -r } else { r })
}

fn overflow_div() -> PyErr {
    PyErr::overflow_error("integer division result too large for a float")
}

/// `x * 2^e`, exact whenever the result is representable (one rounding at most).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1023 {
        x *= f64::from_bits(((1023 + 1023) as u64) << 52);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= f64::from_bits(1u64 << 52); // 2^-1022
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * f64::from_bits(((e + 1023) as u64) << 52)
}
