//! Python's `int`: an `i64` fast path that promotes to [`BigInt`] instead of wrapping.
//!
//! The representation is always normalised: `Small` whenever the value fits in `i64`,
//! so derived equality and hashing agree with numeric equality. Operations try the
//! `i64` path inline (`checked_*`) and fall back to an out-of-line big path.
//! Semantics and messages follow CPython 3.11/3.12 (`Objects/longobject.c`).

use crate::bigint::BigInt;
use crate::exc::{PyErr, PyResult};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

/// A Python `int`.
#[derive(Eq, Hash, Debug)]
pub enum Int {
    Small(i64),
    /// Boxed so that an `Int` is two words, passed and returned in registers: the
    /// `i64` path is what loops run, and it must not pay for the rare big value's size.
    Big(Box<BigInt>),
}

/// Copying a small int is the whole of the inline path; a big one is cloned out of line, so
/// that reading an int out of a list or a variable does not drag the allocator into the loop.
impl Clone for Int {
    #[inline]
    fn clone(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(*v),
            Int::Big(b) => Int::clone_big(b),
        }
    }
}

impl Int {
    #[inline(never)]
    #[cold]
    fn clone_big(b: &BigInt) -> Int {
        Int::Big(Box::new(b.clone()))
    }
}

/// The result of `**`, which is an `int` or, for a negative exponent, a `float`.
#[derive(Clone, PartialEq, Debug)]
pub enum Number {
    Int(Int),
    Float(f64),
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.set_int_max_str_digits(n)`; 0 disables the limit. ValueError for 0 < n < 640.
pub fn set_max_str_digits(n: usize) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.store(n, AtomicOrdering::Relaxed);
    Ok(())
}

/// `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

fn str_limit_error() -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    ))
}

impl Int {
    /// Normalises a big value back to `Small` when it fits.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(Box::new(b)),
        }
    }

    /// The value as a `BigInt` (borrowed when already big).
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from_i64(*v)),
            Int::Big(b) => Cow::Borrowed(&**b),
        }
    }

    #[inline]
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// -1, 0 or 1.
    #[inline]
    pub fn sign(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => b.sign(),
        }
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        self.sign() < 0
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            Int::Big(b) => b.bit_length(),
        }
    }

    /// `float(int)`, correctly rounded; OverflowError past the float range.
    #[inline]
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => b.to_f64_checked(),
        }
    }

    #[inline]
    pub fn add(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some(c) = a.checked_add(*b) {
                return Int::Small(c);
            }
        }
        self.add_slow(o)
    }

    #[inline(never)]
    fn add_slow(&self, o: &Int) -> Int {
        Int::from_big(self.to_big().add(&o.to_big()))
    }

    #[inline]
    pub fn sub(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some(c) = a.checked_sub(*b) {
                return Int::Small(c);
            }
        }
        self.sub_slow(o)
    }

    #[inline(never)]
    fn sub_slow(&self, o: &Int) -> Int {
        Int::from_big(self.to_big().sub(&o.to_big()))
    }

    #[inline]
    pub fn mul(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if let Some(c) = a.checked_mul(*b) {
                return Int::Small(c);
            }
        }
        self.mul_slow(o)
    }

    #[inline(never)]
    fn mul_slow(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            let p = *a as i128 * *b as i128;
            return Int::from_big(BigInt::from_i128(p));
        }
        Int::from_big(self.to_big().mul(&o.to_big()))
    }

    #[inline]
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) if *v != i64::MIN => Int::Small(-v),
            _ => Int::from_big(self.to_big().neg()),
        }
    }

    #[inline]
    pub fn abs(&self) -> Int {
        match self {
            Int::Small(v) if *v != i64::MIN => Int::Small(v.abs()),
            _ => Int::from_big(self.to_big().abs()),
        }
    }

    /// `self // o`. Only the nonzero `i64` path is inline; the rest (the `ZeroDivisionError`,
    /// big values) is out of line so that loops dividing by a constant stay small.
    #[inline]
    pub fn floordiv(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b != 0 {
                if (*a | *b) as u64 <= i32::MAX as u64 {
                    return Ok(Int::Small(((*a as i32) / (*b as i32)) as i64));
                }
                if !(*a == i64::MIN && *b == -1) {
                    let q = a / b;
                    return Ok(Int::Small(if (a % b != 0) && ((*a < 0) != (*b < 0)) { q - 1 } else { q }));
                }
            }
        }
        self.floordiv_slow(o)
    }

    #[inline(never)]
    #[cold]
    fn floordiv_slow(&self, o: &Int) -> PyResult<Int> {
        if o.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        self.divmod_slow(o).map(|(q, _)| q)
    }

    /// `self % o`.
    #[inline]
    pub fn modulo(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b != 0 {
                if (*a | *b) as u64 <= i32::MAX as u64 {
                    // Both in 0..2^31: a 32-bit division, several times faster than a 64-bit
                    // one on x86 and in the JVM that runs WebAssembly; no sign fix-up needed.
                    return Ok(Int::Small(((*a as i32) % (*b as i32)) as i64));
                }
                let r = a.wrapping_rem(*b);
                return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) { r + b } else { r }));
            }
        }
        self.modulo_slow(o)
    }

    #[inline(never)]
    #[cold]
    fn modulo_slow(&self, o: &Int) -> PyResult<Int> {
        if o.is_zero() {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        self.divmod_slow(o).map(|(_, r)| r)
    }

    /// `divmod(self, o)`.
    #[inline]
    pub fn divmod(&self, o: &Int) -> PyResult<(Int, Int)> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            if !(*a == i64::MIN && *b == -1) {
                let (q, r) = (a / b, a % b);
                if r != 0 && ((r < 0) != (*b < 0)) {
                    return Ok((Int::Small(q - 1), Int::Small(r + b)));
                }
                return Ok((Int::Small(q), Int::Small(r)));
            }
        }
        self.divmod_slow(o)
    }

    #[inline(never)]
    fn divmod_slow(&self, o: &Int) -> PyResult<(Int, Int)> {
        let (q, r) = self.to_big().divmod(&o.to_big())?;
        Ok((Int::from_big(q), Int::from_big(r)))
    }

    /// `self / o`: CPython's correctly rounded integer true division.
    #[inline]
    pub fn truediv(&self, o: &Int) -> PyResult<f64> {
        const EXACT: u64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        if o.is_zero() {
            return Err(PyErr::zero_division("division by zero"));
        }
        Ok(crate::float::big_true_divide(&self.to_big(), &o.to_big())?)
    }

    /// `self ** o`: an `int` for a non-negative exponent, else a `float`.
    pub fn pow(&self, o: &Int) -> PyResult<Number> {
        if o.is_negative() {
            let (a, b) = (self.to_f64()?, o.to_f64()?);
            return crate::float::pow(a, b).map(Number::Float);
        }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b <= u32::MAX as i64 {
                if let Some(v) = a.checked_pow(*b as u32) {
                    return Ok(Number::Int(Int::Small(v)));
                }
            }
        }
        self.pow_slow(o).map(Number::Int)
    }

    #[inline(never)]
    fn pow_slow(&self, o: &Int) -> PyResult<Int> {
        match self {
            Int::Small(0) | Int::Small(1) => return Ok(if o.is_zero() { Int::Small(1) } else { self.clone() }),
            Int::Small(-1) => return Ok(Int::Small(if o.is_odd() { -1 } else { 1 })),
            _ => {}
        }
        // Refuse results past ~2^36 bits (8 GiB), where CPython would fail allocating.
        match o.to_i64() {
            Some(e) if (self.bit_length() - 1).saturating_mul(e as u64) < 1 << 36 => {
                Ok(Int::from_big(self.to_big().pow(e as u64)))
            }
            _ => Err(PyErr::new("MemoryError", "")),
        }
    }

    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.is_odd(),
        }
    }

    /// `pow(self, exp, modulus)`.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> PyResult<Int> {
        if modulus.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let m = modulus.abs();
        let mut base = self.modulo(&m)?;
        let mut e = exp.clone();
        if e.is_negative() {
            base = base.mod_inverse(&m)?;
            e = e.neg();
        }
        if let (Int::Small(b), Int::Small(mm)) = (&base, &m) {
            return Ok(Int::from_big(BigInt::from_u64(pow_mod_u64(*b as u64, &e.to_big(), *mm as u64)))
                .fix_mod_sign(modulus));
        }
        let mut result = Int::Small(1).modulo(&m)?;
        let eb = e.to_big();
        let limbs = eb.limbs();
        for i in (0..e.bit_length()).rev() {
            result = result.mul(&result).modulo(&m)?;
            if (limbs[(i / 32) as usize] >> (i % 32)) & 1 == 1 {
                result = result.mul(&base).modulo(&m)?;
            }
        }
        Ok(result.fix_mod_sign(modulus))
    }

    /// Moves a result in `[0, |m|)` into Python's range for the modulus' sign.
    fn fix_mod_sign(self, modulus: &Int) -> Int {
        if modulus.is_negative() && !self.is_zero() {
            self.add(modulus)
        } else {
            self
        }
    }

    /// Inverse of `self` (already reduced into `[0, m)`) modulo positive `m`.
    fn mod_inverse(&self, m: &Int) -> PyResult<Int> {
        let (mut r0, mut r1) = (m.clone(), self.clone());
        let (mut t0, mut t1) = (Int::Small(0), Int::Small(1));
        while !r1.is_zero() {
            let (q, r) = r0.divmod(&r1)?;
            let t = t0.sub(&q.mul(&t1));
            t0 = std::mem::replace(&mut t1, t);
            r0 = std::mem::replace(&mut r1, r);
        }
        if r0 != Int::Small(1) {
            return Err(PyErr::value_error("base is not invertible for the given modulus"));
        }
        t0.modulo(m)
    }

    /// `self << o`.
    #[inline]
    pub fn shl(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(n)) = (self, o) {
            if *n < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if *a == 0 {
                return Ok(Int::Small(0));
            }
            if *n < 63 && (a << n) >> n == *a {
                return Ok(Int::Small(a << n));
            }
        }
        self.shl_slow(o)
    }

    #[inline(never)]
    fn shl_slow(&self, o: &Int) -> PyResult<Int> {
        if o.is_negative() {
            return Err(PyErr::value_error("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        match o.to_i64() {
            Some(n) if n <= (1 << 40) => Ok(Int::from_big(self.to_big().shl(n as u64))),
            _ => Err(PyErr::overflow_error("too many digits in integer")),
        }
    }

    /// `self >> o` (floors).
    #[inline]
    pub fn shr(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(n)) = (self, o) {
            if *n < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            return Ok(Int::Small(a >> std::cmp::min(*n, 63)));
        }
        if o.is_negative() {
            return Err(PyErr::value_error("negative shift count"));
        }
        match o.to_i64() {
            Some(n) => Ok(Int::from_big(self.to_big().shr(n as u64))),
            None => Ok(Int::Small(if self.is_negative() { -1 } else { 0 })),
        }
    }

    #[inline]
    pub fn bitand(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_big(self.to_big().bitand(&o.to_big())),
        }
    }

    #[inline]
    pub fn bitor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_big(self.to_big().bitor(&o.to_big())),
        }
    }

    #[inline]
    pub fn bitxor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_big(self.to_big().bitxor(&o.to_big())),
        }
    }

    /// `~self`.
    #[inline]
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(a) => Int::Small(!a),
            Int::Big(b) => Int::from_big(b.not()),
        }
    }

    /// Digits in `radix` with a `-` sign and no prefix (`to_string_radix(16)` of -255 is
    /// `-ff`). No digit limit: see [`Int::to_str_checked`].
    pub fn to_string_radix(&self, radix: u32) -> String {
        match self {
            Int::Small(v) if radix == 10 => v.to_string(),
            _ => self.to_big().to_string_radix(radix),
        }
    }

    /// `str(self)` with CPython's `sys.get_int_max_str_digits()` limit (ValueError).
    pub fn to_str_checked(&self) -> PyResult<String> {
        match self {
            Int::Small(v) => Ok(v.to_string()),
            Int::Big(b) => {
                let limit = max_str_digits();
                // Same early cut-off as CPython: bits far beyond the digit limit.
                if limit != 0 && b.bit_length() / 4 > limit as u64 {
                    return Err(str_limit_error());
                }
                let s = b.to_string_radix(10);
                let digits = s.len() - b.is_negative() as usize;
                if limit != 0 && digits > limit {
                    return Err(str_limit_error());
                }
                Ok(s)
            }
        }
    }

    /// `bin(self)`, `oct(self)`, `hex(self)`: prefixed digits like `-0x1f`.
    pub fn to_prefixed(&self, radix: u32) -> String {
        let prefix = match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        };
        let digits = self.abs().to_string_radix(radix);
        let sign = if self.is_negative() { "-" } else { "" };
        format!("{}{}{}", sign, prefix, digits)
    }

    /// `int(x)` for a float: truncates toward zero.
    pub fn from_f64(x: f64) -> PyResult<Int> {
        if x.is_nan() {
            return Err(PyErr::value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(PyErr::overflow_error("cannot convert float infinity to integer"));
        }
        let t = x.trunc();
        if t.abs() < 9.223372036854775808e18 {
            return Ok(Int::Small(t as i64));
        }
        Ok(Int::from_big(BigInt::from_integral_f64(t)))
    }

    /// `int(s, base)` for a `str`: whitespace, sign, underscores, base-0 prefixes.
    pub fn parse(s: &str, base: u32) -> PyResult<Int> {
        if base == 1 || base > 36 {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        parse_literal(&ascii_numeric(s), base).ok_or_else(|| {
            // CPython formats the message with `%.200R`: the repr, cut to 200 chars.
            let shown: String = crate::format::repr_str(s).chars().take(200).collect();
            PyErr::value_error(format!("invalid literal for int() with base {}: {}", base, shown))
        })?
    }
}

/// First code points of the Unicode decimal-digit runs (category Nd, Unicode 15.0, each
/// run is 0..9): `int()` and `float()` accept all of them.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0,
    0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`).
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    let i = match DECIMAL_ZEROS.binary_search(&u) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let d = u - DECIMAL_ZEROS[i];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: decimal digits become ASCII
/// digits, white space a space, any other non-ASCII character `?`.
pub fn ascii_numeric(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_ascii() {
                    c
                } else if let Some(d) = decimal_value(c) {
                    (b'0' + d as u8) as char
                } else if c.is_whitespace() {
                    ' '
                } else {
                    '?'
                }
            })
            .collect(),
    )
}

/// `base^exp mod m` for `m < 2^63`, `base < m`, by square and multiply in `u128`.
fn pow_mod_u64(base: u64, exp: &BigInt, m: u64) -> u64 {
    let m128 = m as u128;
    let mut result = 1 % m128;
    let limbs = exp.limbs();
    for i in (0..exp.bit_length()).rev() {
        result = result * result % m128;
        if (limbs[(i / 32) as usize] >> (i % 32)) & 1 == 1 {
            result = result * base as u128 % m128;
        }
    }
    result as u64
}

/// Parses `s` as `int(s, base)`; `None` for an invalid literal, `Some(Err)` for the
/// digit-limit ValueError.
fn parse_literal(s: &str, base: u32) -> Option<PyResult<Int>> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let bytes = t.as_bytes();
    let (neg, mut rest) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut base = base;
    let mut after_prefix = false;
    if rest.len() >= 2 && rest[0] == b'0' {
        let p = match rest[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            base = p;
            rest = &rest[2..];
            after_prefix = true;
        }
    }
    let leading_zero_rule = base == 0;
    if base == 0 {
        base = 10;
    }
    let mut vals = Vec::with_capacity(rest.len());
    let mut prev_underscore = true;
    for (i, &c) in rest.iter().enumerate() {
        if c == b'_' {
            if prev_underscore && !(i == 0 && after_prefix) {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        vals.push((c as char).to_digit(base)? as u8);
        prev_underscore = false;
    }
    if vals.is_empty() || prev_underscore {
        return None;
    }
    if leading_zero_rule && !after_prefix && vals[0] == 0 && vals.iter().any(|&d| d != 0) {
        return None;
    }
    if vals.len() <= 18 && base <= 10 || vals.len() <= 12 {
        let v = vals.iter().fold(0i64, |a, &d| a * base as i64 + d as i64);
        return Some(Ok(Int::Small(if neg { -v } else { v })));
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit != 0 && vals.len() > limit {
        return Some(Err(PyErr::value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            limit,
            vals.len()
        ))));
    }
    Some(Ok(Int::from_big(BigInt::from_digit_values(&vals, base, neg))))
}

/// Exact comparison of an int with a float, like CPython's `float_richcompare`;
/// `None` when `f` is NaN.
pub fn int_cmp_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Int::Small(v) = i {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti = Int::from_f64(t).ok()?;
    match i.cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        other => Some(other),
    }
}

/// `float < int` and friends: the mirror of [`int_cmp_float`].
pub fn float_cmp_int(f: f64, i: &Int) -> Option<Ordering> {
    int_cmp_float(i, f).map(Ordering::reverse)
}

/// As derived, with the two-small-ints case inline: loops compare counters with `==`, and the
/// derived `eq` was left out of line.
impl PartialEq for Int {
    #[inline]
    fn eq(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a == b,
            (Int::Big(a), Int::Big(b)) => a == b,
            _ => false,
        }
    }
}

// `<`, `<=`, `>`, `>=` spelled out so that the `i64` case is inline in every loop test (the
// defaults, through `partial_cmp`, were left as calls) and the big case is out of line.
impl PartialOrd for Int {
    #[inline]
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }

    #[inline]
    fn lt(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a < b,
            _ => Int::cmp_slow(self, other) == Ordering::Less,
        }
    }

    #[inline]
    fn le(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a <= b,
            _ => Int::cmp_slow(self, other) != Ordering::Greater,
        }
    }

    #[inline]
    fn gt(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a > b,
            _ => Int::cmp_slow(self, other) == Ordering::Greater,
        }
    }

    #[inline]
    fn ge(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a >= b,
            _ => Int::cmp_slow(self, other) != Ordering::Less,
        }
    }
}

impl Int {
    #[inline(never)]
    fn cmp_slow(a: &Int, b: &Int) -> Ordering {
        a.cmp(b)
    }
}

impl Ord for Int {
    #[inline]
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Small(_), Int::Big(b)) => if b.is_negative() { Ordering::Greater } else { Ordering::Less },
            (Int::Big(a), Int::Small(_)) => if a.is_negative() { Ordering::Less } else { Ordering::Greater },
            (Int::Big(a), Int::Big(b)) => (**a).cmp(&**b),
        }
    }
}

impl PartialEq<i64> for Int {
    #[inline]
    fn eq(&self, other: &i64) -> bool {
        matches!(self, Int::Small(v) if v == other)
    }
}

impl PartialOrd<i64> for Int {
    #[inline]
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(match self {
            Int::Small(v) => v.cmp(other),
            Int::Big(b) => if b.is_negative() { Ordering::Less } else { Ordering::Greater },
        })
    }
}

impl fmt::Display for Int {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Int::Small(v) => fmt::Display::fmt(v, f),
            Int::Big(b) => {
                let s = b.to_string_radix(10);
                let digits = s.strip_prefix('-').unwrap_or(&s);
                f.pad_integral(!b.is_negative(), "", digits)
            }
        }
    }
}

impl Default for Int {
    fn default() -> Int {
        Int::Small(0)
    }
}

impl From<i64> for Int {
    #[inline]
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    #[inline]
    fn from(v: i32) -> Int {
        Int::Small(v as i64)
    }
}

impl From<u32> for Int {
    #[inline]
    fn from(v: u32) -> Int {
        Int::Small(v as i64)
    }
}

impl From<u64> for Int {
    #[inline]
    fn from(v: u64) -> Int {
        if v <= i64::MAX as u64 {
            Int::Small(v as i64)
        } else {
            Int::Big(Box::new(BigInt::from_u64(v)))
        }
    }
}

impl From<usize> for Int {
    #[inline]
    fn from(v: usize) -> Int {
        Int::from(v as u64)
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Int {
        Int::from_big(BigInt::from_i128(v))
    }
}

impl From<bool> for Int {
    #[inline]
    fn from(v: bool) -> Int {
        Int::Small(v as i64)
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Int {
        Int::from_big(v)
    }
}

macro_rules! int_binop {
    ($trait:ident, $method:ident) => {
        impl std::ops::$trait<Int> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, o: Int) -> Int {
                Int::$method(&self, &o)
            }
        }
        impl<'a> std::ops::$trait<&'a Int> for &'a Int {
            type Output = Int;
            #[inline]
            fn $method(self, o: &'a Int) -> Int {
                Int::$method(self, o)
            }
        }
        impl<'a> std::ops::$trait<&'a Int> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, o: &'a Int) -> Int {
                Int::$method(&self, o)
            }
        }
        impl std::ops::$trait<i64> for Int {
            type Output = Int;
            #[inline]
            fn $method(self, o: i64) -> Int {
                Int::$method(&self, &Int::Small(o))
            }
        }
    };
}

int_binop!(Add, add);
int_binop!(Sub, sub);
int_binop!(Mul, mul);
int_binop!(BitAnd, bitand);
int_binop!(BitOr, bitor);
int_binop!(BitXor, bitxor);

impl std::ops::Neg for Int {
    type Output = Int;
    #[inline]
    fn neg(self) -> Int {
        Int::neg(&self)
    }
}

impl<'a> std::ops::Neg for &'a Int {
    type Output = Int;
    #[inline]
    fn neg(self) -> Int {
        Int::neg(self)
    }
}

impl std::ops::Not for Int {
    type Output = Int;
    #[inline]
    fn not(self) -> Int {
        self.invert()
    }
}
