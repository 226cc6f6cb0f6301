//! Arbitrary-precision signed integers: the slow path behind Python's `int`.
//!
//! Sign + magnitude, the magnitude in little-endian `u32` limbs with no high zero limbs
//! (zero is an empty magnitude and never negative), so the derived `Eq`/`Hash` agree with
//! numeric equality. The limb kernels are generic over the limb base (`2^32` for binary,
//! `10^9` for decimal), which lets radix conversion be divide-and-conquer built from
//! Karatsuba multiplication alone: `str()` and `int(s)` of 10^5-digit numbers stay fast.
//! Semantics follow CPython's `Objects/longobject.c`: floor division, infinite
//! two's-complement bitwise operators, correctly rounded conversion to `float`.

use crate::exc::{PyErr, PyResult};
use std::cmp::Ordering;

/// Binary limb base.
const BIN: u64 = 1 << 32;
/// Decimal limb base (nine digits per limb).
const DEC: u64 = 1_000_000_000;
/// Below this many limbs (of the shorter operand) multiplication is schoolbook.
const KARATSUBA_THRESHOLD: usize = 32;
/// Below this many limbs radix conversion is quadratic (Horner).
const CONVERT_THRESHOLD: usize = 40;

/// An arbitrary-precision signed integer.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

// ---------------------------------------------------------------------------------------
// Magnitude kernels (little-endian limb slices, generic over the base B).
// ---------------------------------------------------------------------------------------

fn trim(v: &mut Vec<u32>) {
    while let Some(&0) = v.last() {
        v.pop();
    }
}

fn trimmed(v: &[u32]) -> &[u32] {
    let mut n = v.len();
    while n > 0 && v[n - 1] == 0 {
        n -= 1;
    }
    &v[..n]
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// `acc[off..] += b` in base `B`.
fn add_at<const B: u64>(acc: &mut Vec<u32>, b: &[u32], off: usize) {
    if acc.len() < off + b.len() {
        acc.resize(off + b.len(), 0);
    }
    let mut carry = 0u64;
    let mut i = 0;
    while i < b.len() || carry != 0 {
        if off + i == acc.len() {
            acc.push(0);
        }
        let t = acc[off + i] as u64 + if i < b.len() { b[i] as u64 } else { 0 } + carry;
        if t >= B {
            acc[off + i] = (t - B) as u32;
            carry = 1;
        } else {
            acc[off + i] = t as u32;
            carry = 0;
        }
        i += 1;
    }
}

fn add_mag<const B: u64>(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    r.extend_from_slice(a);
    add_at::<B>(&mut r, b, 0);
    r
}

/// `a -= b` in base `B`; requires `a >= b`. Leaves `a` trimmed.
fn sub_in<const B: u64>(a: &mut Vec<u32>, b: &[u32]) {
    let mut borrow = 0u64;
    let mut i = 0;
    while i < a.len() && (i < b.len() || borrow != 0) {
        let s = if i < b.len() { b[i] as u64 } else { 0 } + borrow;
        let ai = a[i] as u64;
        if ai >= s {
            a[i] = (ai - s) as u32;
            borrow = 0;
        } else {
            a[i] = (ai + B - s) as u32;
            borrow = 1;
        }
        i += 1;
    }
    debug_assert!(borrow == 0);
    trim(a);
}

fn sub_mag<const B: u64>(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = a.to_vec();
    sub_in::<B>(&mut r, b);
    r
}

/// `r = r * f + d` in base `B` (`f` may be up to `2^32`).
fn mul_small_add<const B: u64>(r: &mut Vec<u32>, f: u64, d: u64) {
    let mut carry = d;
    for x in r.iter_mut() {
        let t = *x as u64 * f + carry;
        *x = (t % B) as u32;
        carry = t / B;
    }
    while carry != 0 {
        r.push((carry % B) as u32);
        carry /= B;
    }
}

fn mul_school<const B: u64>(a: &[u32], b: &[u32]) -> Vec<u32> {
    // Outer loop over the shorter operand keeps the inner loop long.
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in short.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let x = x as u64;
        let mut carry = 0u64;
        let row = &mut r[i..i + long.len()];
        for (slot, &y) in row.iter_mut().zip(long.iter()) {
            let t = x * y as u64 + *slot as u64 + carry;
            *slot = (t % B) as u32;
            carry = t / B;
        }
        r[i + long.len()] = carry as u32;
    }
    trim(&mut r);
    r
}

/// Product of two trimmed magnitudes: schoolbook below the threshold, Karatsuba above.
fn mul_mag<const B: u64>(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_THRESHOLD {
        return mul_school::<B>(a, b);
    }
    if a.len() >= 2 * b.len() {
        // Unbalanced: multiply b by slices of a of b's length.
        let mut r = Vec::with_capacity(a.len() + b.len());
        let mut off = 0;
        while off < a.len() {
            let end = std::cmp::min(off + b.len(), a.len());
            let p = mul_mag::<B>(trimmed(&a[off..end]), b);
            add_at::<B>(&mut r, &p, off);
            off = end;
        }
        trim(&mut r);
        return r;
    }
    let m = a.len() / 2;
    let (a0, a1) = (trimmed(&a[..m]), &a[m..]);
    let (b0, b1) = (trimmed(&b[..m]), &b[m..]);
    let z0 = mul_mag::<B>(a0, b0);
    let z2 = mul_mag::<B>(a1, b1);
    let mut z1 = mul_mag::<B>(&add_mag::<B>(a0, a1), &add_mag::<B>(b0, b1));
    sub_in::<B>(&mut z1, &z0);
    sub_in::<B>(&mut z1, &z2);
    let mut r = Vec::with_capacity(a.len() + b.len() + 1);
    r.extend_from_slice(&z0);
    add_at::<B>(&mut r, &z1, m);
    add_at::<B>(&mut r, &z2, 2 * m);
    trim(&mut r);
    r
}

fn shl_mag(a: &[u32], bits: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (bits / 32) as usize;
    let s = (bits % 32) as u32;
    let mut r = vec![0u32; limbs];
    r.reserve(a.len() + 1);
    if s == 0 {
        r.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            r.push((x << s) | carry);
            carry = x >> (32 - s);
        }
        if carry != 0 {
            r.push(carry);
        }
    }
    r
}

fn shr_mag(a: &[u32], bits: u64) -> Vec<u32> {
    let limbs = bits / 32;
    if limbs >= a.len() as u64 {
        return Vec::new();
    }
    let a = &a[limbs as usize..];
    let s = (bits % 32) as u32;
    let mut r: Vec<u32> = if s == 0 {
        a.to_vec()
    } else {
        (0..a.len())
            .map(|i| {
                let hi = if i + 1 < a.len() { a[i + 1] << (32 - s) } else { 0 };
                (a[i] >> s) | hi
            })
            .collect()
    };
    trim(&mut r);
    r
}

/// True when any of the low `bits` bits of `a` is set.
fn low_bits_nonzero(a: &[u32], bits: u64) -> bool {
    let limbs = std::cmp::min((bits / 32) as usize, a.len());
    if a[..limbs].iter().any(|&x| x != 0) {
        return true;
    }
    let s = bits % 32;
    limbs < a.len() && s != 0 && a[limbs] & ((1u32 << s) - 1) != 0
}

fn bit_length_mag(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
    }
}

fn divrem_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let d = d as u64;
    let mut r = 0u64;
    for i in (0..a.len()).rev() {
        let t = (r << 32) | a[i] as u64;
        q[i] = (t / d) as u32;
        r = t % d;
    }
    trim(&mut q);
    (q, r as u32)
}

/// Truncating division of magnitudes (Knuth, TAOCP vol. 2, 4.3.1, algorithm D).
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    assert!(!b.is_empty(), "division by zero magnitude");
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem_small(a, b[0]);
        return (q, if r == 0 { Vec::new() } else { vec![r] });
    }
    let s = b[b.len() - 1].leading_zeros() as u64;
    let v = shl_mag(b, s);
    let mut u = shl_mag(a, s);
    u.resize(a.len() + 1, 0);
    let n = v.len();
    let m = a.len() - n;
    let mut q = vec![0u32; m + 1];
    let (vtop, vsec) = (v[n - 1] as u64, v[n - 2] as u64);
    for j in (0..=m).rev() {
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        while qhat >= BIN || qhat * vsec > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vtop;
            if rhat >= BIN {
                break;
            }
        }
        let window = &mut u[j..j + n + 1];
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for (slot, &vi) in window[..n].iter_mut().zip(v.iter()) {
            let p = qhat * vi as u64 + carry;
            carry = p >> 32;
            let t = *slot as i64 - borrow - (p & 0xffff_ffff) as i64;
            *slot = t as u32;
            borrow = -(t >> 32);
        }
        let t = window[n] as i64 - borrow - carry as i64;
        window[n] = t as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for (slot, &vi) in window[..n].iter_mut().zip(v.iter()) {
                let t = *slot as u64 + vi as u64 + c;
                *slot = t as u32;
                c = t >> 32;
            }
            window[n] = window[n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    let r = shr_mag(&u, s);
    (q, r)
}

/// `base^(2^j)` expressed in base `T`, cached by `j`.
fn pow_cached<const F: u64, const T: u64>(cache: &mut Vec<Vec<u32>>, j: usize) -> Vec<u32> {
    if cache.is_empty() {
        let mut first = Vec::new();
        let mut v = F;
        while v > 0 {
            first.push((v % T) as u32);
            v /= T;
        }
        cache.push(first);
    }
    while cache.len() <= j {
        let last = cache[cache.len() - 1].clone();
        cache.push(mul_mag::<T>(&last, &last));
    }
    cache[j].clone()
}

/// Converts little-endian limbs in base `F` to base `T`, divide and conquer:
/// `hi * F^k + lo` with `F^k` from the square cache.
fn convert<const F: u64, const T: u64>(src: &[u32], cache: &mut Vec<Vec<u32>>) -> Vec<u32> {
    let src = trimmed(src);
    if src.len() <= CONVERT_THRESHOLD {
        let mut r = Vec::with_capacity(src.len() + 2);
        for &d in src.iter().rev() {
            mul_small_add::<T>(&mut r, F, d as u64);
        }
        return r;
    }
    let mut j = 0;
    while (1usize << (j + 1)) < src.len() {
        j += 1;
    }
    let k = 1usize << j;
    let p = pow_cached::<F, T>(cache, j);
    let hi = convert::<F, T>(&src[k..], cache);
    let lo = convert::<F, T>(&src[..k], cache);
    let mut r = mul_mag::<T>(&hi, &p);
    add_at::<T>(&mut r, &lo, 0);
    trim(&mut r);
    r
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

// ---------------------------------------------------------------------------------------
// Signed integer.
// ---------------------------------------------------------------------------------------

impl BigInt {
    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_parts(false, vec![v as u32, (v >> 32) as u32])
    }

    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    pub fn from_i128(v: i128) -> BigInt {
        let m = v.unsigned_abs();
        let limbs = vec![m as u32, (m >> 32) as u32, (m >> 64) as u32, (m >> 96) as u32];
        BigInt::from_parts(v < 0, limbs)
    }

    /// Exact value of a finite float with no fractional part (callers truncate first).
    pub fn from_integral_f64(x: f64) -> BigInt {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            return BigInt::zero();
        }
        let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
        let shift = exp - 1075;
        let mag = if shift >= 0 {
            BigInt::from_u64(mant).shl(shift as u64)
        } else {
            BigInt::from_u64(mant >> (-shift).min(63))
        };
        if x < 0.0 {
            mag.neg()
        } else {
            mag
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    /// The magnitude's limbs, least significant first (base 2^32).
    pub fn limbs(&self) -> &[u32] {
        &self.mag
    }

    pub fn is_odd(&self) -> bool {
        self.mag.first().map_or(false, |&x| x & 1 == 1)
    }

    pub fn to_u64(&self) -> Option<u64> {
        if self.neg || self.mag.len() > 2 {
            return None;
        }
        let lo = self.mag.first().copied().unwrap_or(0) as u64;
        let hi = self.mag.get(1).copied().unwrap_or(0) as u64;
        Some(lo | (hi << 32))
    }

    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let lo = self.mag.first().copied().unwrap_or(0) as u64;
        let hi = self.mag.get(1).copied().unwrap_or(0) as u64;
        let m = lo | (hi << 32);
        if self.neg {
            if m <= 1u64 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else if m < 1u64 << 63 {
            Some(m as i64)
        } else {
            None
        }
    }

    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 4 {
            return None;
        }
        let mut m = 0u128;
        for (i, &x) in self.mag.iter().enumerate() {
            m |= (x as u128) << (32 * i);
        }
        if self.neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else if m < 1u128 << 127 {
            Some(m as i128)
        } else {
            None
        }
    }

    /// Correctly rounded (half to even) conversion; `±inf` when out of range.
    pub fn to_f64(&self) -> f64 {
        let bl = self.bit_length();
        let mag = if bl <= 64 {
            self.to_u64_mag() as f64
        } else {
            let shift = bl - 64;
            let mut top = shr_mag(&self.mag, shift);
            if low_bits_nonzero(&self.mag, shift) {
                top[0] |= 1; // sticky bit, far below the rounding position
            }
            let t = top[0] as u64 | (top[1] as u64) << 32;
            if shift > 1023 - 63 {
                f64::INFINITY
            } else {
                t as f64 * f64::from_bits((shift + 1023) << 52)
            }
        };
        if self.neg {
            -mag
        } else {
            mag
        }
    }

    fn to_u64_mag(&self) -> u64 {
        let lo = self.mag.first().copied().unwrap_or(0) as u64;
        let hi = self.mag.get(1).copied().unwrap_or(0) as u64;
        lo | (hi << 32)
    }

    /// `float(int)`: OverflowError "int too large to convert to float" out of range.
    pub fn to_f64_checked(&self) -> PyResult<f64> {
        let f = self.to_f64();
        if f.is_infinite() {
            Err(PyErr::overflow_error("int too large to convert to float"))
        } else {
            Ok(f)
        }
    }

    /// Number of bits of `abs(self)`, like `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        bit_length_mag(&self.mag)
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    pub fn abs(&self) -> BigInt {
        BigInt { neg: false, mag: self.mag.clone() }
    }

    fn add_signed(&self, other_neg: bool, other: &[u32]) -> BigInt {
        if self.neg == other_neg {
            return BigInt::from_parts(self.neg, add_mag::<BIN>(&self.mag, other));
        }
        match cmp_mag(&self.mag, other) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(self.neg, sub_mag::<BIN>(&self.mag, other)),
            Ordering::Less => BigInt::from_parts(other_neg, sub_mag::<BIN>(other, &self.mag)),
        }
    }

    pub fn add(&self, other: &BigInt) -> BigInt {
        self.add_signed(other.neg, &other.mag)
    }

    pub fn sub(&self, other: &BigInt) -> BigInt {
        self.add_signed(!other.neg && !other.mag.is_empty(), &other.mag)
    }

    pub fn mul(&self, other: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != other.neg, mul_mag::<BIN>(&self.mag, &other.mag))
    }

    /// Truncating division: `(q, r)` with `r` taking the dividend's sign, like C.
    pub fn divrem_trunc(&self, other: &BigInt) -> PyResult<(BigInt, BigInt)> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        let (q, r) = divrem_mag(&self.mag, &other.mag);
        Ok((BigInt::from_parts(self.neg != other.neg, q), BigInt::from_parts(self.neg, r)))
    }

    /// Python's `divmod`: the quotient floors, the remainder takes the divisor's sign.
    pub fn divmod(&self, other: &BigInt) -> PyResult<(BigInt, BigInt)> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        let (q, r) = divrem_mag(&self.mag, &other.mag);
        if self.neg != other.neg && !r.is_empty() {
            let q = add_mag::<BIN>(&q, &[1]);
            let r = sub_mag::<BIN>(&other.mag, &r);
            Ok((BigInt::from_parts(true, q), BigInt::from_parts(other.neg, r)))
        } else {
            Ok((BigInt::from_parts(self.neg != other.neg, q), BigInt::from_parts(other.neg, r)))
        }
    }

    pub fn floordiv(&self, other: &BigInt) -> PyResult<BigInt> {
        self.divmod(other).map(|(q, _)| q)
    }

    pub fn modulo(&self, other: &BigInt) -> PyResult<BigInt> {
        if other.is_zero() {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        self.divmod(other).map(|(_, r)| r)
    }

    pub fn pow(&self, mut exp: u64) -> BigInt {
        let mut result = BigInt::from_u64(1);
        let mut base = self.clone();
        while exp > 0 {
            if exp & 1 == 1 {
                result = result.mul(&base);
            }
            exp >>= 1;
            if exp > 0 {
                base = base.mul(&base);
            }
        }
        result
    }

    pub fn pow_u32(&self, exp: u32) -> BigInt {
        self.pow(exp as u64)
    }

    pub fn shl(&self, bits: u64) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, bits))
    }

    /// Arithmetic (flooring) right shift, like Python's `>>`.
    pub fn shr(&self, bits: u64) -> BigInt {
        if !self.neg {
            return BigInt::from_parts(false, shr_mag(&self.mag, bits));
        }
        // floor(-m / 2^n) = -(((m - 1) >> n) + 1)
        let m1 = sub_mag::<BIN>(&self.mag, &[1]);
        let q = add_mag::<BIN>(&shr_mag(&m1, bits), &[1]);
        BigInt::from_parts(true, q)
    }

    /// Two's-complement limbs of `self`, sign-extended to `n` limbs.
    fn twos(&self, n: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(n, 0);
        if self.neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().map_or(false, |&x| x >> 31 == 1);
        if neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitwise(&self, other: &BigInt, op: fn(u32, u32) -> u32) -> BigInt {
        let n = std::cmp::max(self.mag.len(), other.mag.len()) + 1;
        let (a, b) = (self.twos(n), other.twos(n));
        BigInt::from_twos(a.iter().zip(b.iter()).map(|(&x, &y)| op(x, y)).collect())
    }

    pub fn bitand(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x & y)
    }

    pub fn bitor(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x | y)
    }

    pub fn bitxor(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x ^ y)
    }

    /// `~x == -(x + 1)`.
    pub fn not(&self) -> BigInt {
        self.add(&BigInt::from_u64(1)).neg()
    }

    /// Digits in `radix` (2..=36), lower case, with a leading `-` when negative and no
    /// prefix: `to_string_radix(16)` of 255 is `ff`.
    pub fn to_string_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        let mut out = String::new();
        if self.neg {
            out.push('-');
        }
        if self.mag.is_empty() {
            out.push('0');
        } else if radix == 10 {
            self.push_decimal(&mut out);
        } else if radix.is_power_of_two() {
            self.push_pow2(&mut out, radix.trailing_zeros());
        } else {
            self.push_generic(&mut out, radix);
        }
        out
    }

    fn push_decimal(&self, out: &mut String) {
        let dec = convert::<BIN, DEC>(&self.mag, &mut Vec::new());
        let top = dec.len() - 1;
        out.push_str(&dec[top].to_string());
        let mut buf = [b'0'; 9];
        for &limb in dec[..top].iter().rev() {
            let mut v = limb;
            for slot in buf.iter_mut().rev() {
                *slot = b'0' + (v % 10) as u8;
                v /= 10;
            }
            out.push_str(std::str::from_utf8(&buf).unwrap_or(""));
        }
    }

    fn push_pow2(&self, out: &mut String, bits: u32) {
        let total = self.bit_length();
        let ndigits = (total + bits as u64 - 1) / bits as u64;
        for d in (0..ndigits).rev() {
            let pos = d * bits as u64;
            let (limb, off) = ((pos / 32) as usize, (pos % 32) as u32);
            let mut v = (self.mag[limb] >> off) as u64;
            if off + bits > 32 && limb + 1 < self.mag.len() {
                v |= (self.mag[limb + 1] as u64) << (32 - off);
            }
            out.push(DIGITS[(v & ((1 << bits) - 1)) as usize] as char);
        }
    }

    fn push_generic(&self, out: &mut String, radix: u32) {
        let (mut chunk, mut per) = (radix, 1);
        while (chunk as u64) * (radix as u64) < BIN {
            chunk *= radix;
            per += 1;
        }
        let mut rev: Vec<u8> = Vec::new();
        let mut cur = self.mag.clone();
        while !cur.is_empty() {
            let (q, mut r) = divrem_small(&cur, chunk);
            cur = q;
            for _ in 0..per {
                if cur.is_empty() && r == 0 {
                    break;
                }
                rev.push(DIGITS[(r % radix) as usize]);
                r /= radix;
            }
        }
        out.extend(rev.iter().rev().map(|&b| b as char));
    }

    /// Parses digit values (each `< radix`), most significant first.
    pub fn from_digit_values(digits: &[u8], radix: u32, negative: bool) -> BigInt {
        let mag = if radix == 10 {
            let mut limbs = Vec::with_capacity(digits.len() / 9 + 1);
            let mut end = digits.len();
            while end > 0 {
                let start = end.saturating_sub(9);
                let v = digits[start..end].iter().fold(0u32, |a, &d| a * 10 + d as u32);
                limbs.push(v);
                end = start;
            }
            convert::<DEC, BIN>(&limbs, &mut Vec::new())
        } else if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let mut mag = vec![0u32; (digits.len() as u64 * bits / 32 + 1) as usize];
            for (i, &d) in digits.iter().rev().enumerate() {
                let pos = i as u64 * bits;
                let (limb, off) = ((pos / 32) as usize, (pos % 32) as u32);
                mag[limb] |= (d as u32) << off;
                if off + bits as u32 > 32 {
                    mag[limb + 1] |= (d as u32) >> (32 - off);
                }
            }
            mag
        } else {
            let mut mag = Vec::new();
            for &d in digits {
                mul_small_add::<BIN>(&mut mag, radix as u64, d as u64);
            }
            mag
        };
        BigInt::from_parts(negative, mag)
    }

    /// Parses an optional sign followed by ASCII digits of `radix` (no underscores, no
    /// prefix, no spaces). `None` when malformed.
    pub fn parse_radix(s: &str, radix: u32) -> Option<BigInt> {
        let bytes = s.as_bytes();
        let (neg, body) = match bytes.first() {
            Some(b'-') => (true, &bytes[1..]),
            Some(b'+') => (false, &bytes[1..]),
            _ => (false, bytes),
        };
        if body.is_empty() || !(2..=36).contains(&radix) {
            return None;
        }
        let mut vals = Vec::with_capacity(body.len());
        for &c in body {
            let v = (c as char).to_digit(radix)?;
            vals.push(v as u8);
        }
        Some(BigInt::from_digit_values(&vals, radix, neg))
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &other.mag),
            (true, true) => cmp_mag(&other.mag, &self.mag),
        }
    }
}

impl std::fmt::Display for BigInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_string_radix(10))
    }
}
