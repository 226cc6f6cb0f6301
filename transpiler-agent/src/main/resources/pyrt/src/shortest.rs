//! The shortest decimal digits that read back as a given float (CPython's `repr`, David Gay's
//! dtoa mode 0): of all digit strings that round to `x`, the shortest; of several, the one
//! nearest `x`. Computed with exact integer arithmetic (u128 where the operands fit, big
//! integers otherwise) rather than Rust's float formatter, whose code (Grisu, Dragon, its
//! precision variants and tables) would be most of a small WebAssembly module.

use crate::bigint::BigInt;
use std::cmp::Ordering;

/// `x = m * 2^e` exactly, with the interval of reals that round to `x`.
#[derive(Clone, Copy)]
struct Float {
    m: u64,
    e: i64,
    /// The gap below `x` is half the gap above (x is a power of two, not the smallest normal).
    narrow_below: bool,
}

impl Float {
    fn of(x: f64) -> Float {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        if exp == 0 {
            Float { m: frac, e: -1074, narrow_below: false }
        } else {
            Float { m: frac | (1u64 << 52), e: exp - 1075, narrow_below: frac == 0 && exp > 1 }
        }
    }
}

/// Digits (no trailing zeros) and decimal point position of finite `x > 0`:
/// `x ≈ 0.DIGITS × 10^decpt`.
pub fn shortest(x: f64) -> (String, i64) {
    let f = Float::of(x);
    let top = leading_exponent(f);
    // Whether some p-digit decimal reads back as x only grows with p (a p-digit decimal is
    // also a (p+1)-digit one), so the shortest length is found by bisection over 1..=17.
    let (mut lo, mut hi) = (1i64, 17i64);
    let mut best = None;
    while lo < hi {
        let mid = (lo + hi) / 2;
        match candidate(f, top - mid + 1) {
            Some(found) => {
                best = Some((mid, found));
                hi = mid;
            }
            None => lo = mid + 1,
        }
    }
    let (digits, k) = match best {
        Some((p, found)) if p == lo => found,
        _ => candidate(f, top - lo + 1).expect("17 significant digits always read back"),
    };
    let text = digits.trim_end_matches('0');
    let text = if text.is_empty() { "0" } else { text };
    (text.to_string(), k + digits.len() as i64)
}

/// The largest `t` with `10^t <= x`.
fn leading_exponent(f: Float) -> i64 {
    // x lies in [2^(b-1), 2^b): the estimate is t or t - 1, then corrected exactly.
    let b = 64 - f.m.leading_zeros() as i64 + f.e;
    let mut t = ((b - 1) as f64 * std::f64::consts::LOG10_2).floor() as i64;
    while compare_pow10(f, t + 1) != Ordering::Less {
        t += 1;
    }
    while compare_pow10(f, t) == Ordering::Less {
        t -= 1;
    }
    t
}

/// `x` compared with `10^t`.
fn compare_pow10(f: Float, t: i64) -> Ordering {
    if let Some((num, den)) = scaled_u128(f, t) {
        return num.cmp(&den);
    }
    let (num, den) = scaled(f, t);
    num.cmp(&den)
}

/// [`scaled`] in u128 arithmetic, with the factor `2^max(e,0) * 10^max(-t,0)`; `None` when
/// the operands do not fit.
fn scaled_u128(f: Float, t: i64) -> Option<(u128, u128)> {
    if !(-38..=38).contains(&t) || f.e > 62 || f.e < -120 {
        return None;
    }
    let pow10 = 10u128.checked_pow(t.unsigned_abs() as u32)?;
    let unit = if f.e >= 0 { 1u128 << f.e } else { 1 }.checked_mul(if t < 0 { pow10 } else { 1 })?;
    let den = if f.e < 0 { 1u128 << (-f.e) } else { 1 }.checked_mul(if t >= 0 { pow10 } else { 1 })?;
    Some(((f.m as u128).checked_mul(unit)?, den))
}

/// `(m * 2^max(e,0) * 10^max(-t,0), 2^max(-e,0) * 10^max(t,0))`: x / 10^t as a fraction.
fn scaled(f: Float, t: i64) -> (BigInt, BigInt) {
    let ten = BigInt::from_u64(10);
    let mut num = BigInt::from_u64(f.m).shl(f.e.max(0) as u64);
    let mut den = BigInt::from_u64(1).shl((-f.e).max(0) as u64);
    if t >= 0 {
        den = den.mul(&ten.pow(t as u64));
    } else {
        num = num.mul(&ten.pow((-t) as u64));
    }
    (num, den)
}

/// The decimal `d × 10^k` (d as digits) nearest `x` that reads back as `x`, or `None`.
fn candidate(f: Float, k: i64) -> Option<(String, i64)> {
    if let Some(found) = candidate_u128(f, k) {
        return found.map(|d| (d.to_string(), k));
    }
    candidate_big(f, k).map(|d| (d.to_string_radix(10), k))
}

/// [`candidate`] in u128 arithmetic; the outer `None` when the operands do not fit.
fn candidate_u128(f: Float, k: i64) -> Option<Option<u128>> {
    let (num, den) = scaled_u128(f, k)?;
    let unit = num / f.m as u128;
    let (q, r) = (num / den, num % den);
    let nearest = match r.checked_mul(2)?.cmp(&den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q & 1 == 1 => q + 1,
        _ => q,
    };
    let reads_back = |c: u128| -> Option<bool> {
        let c4 = c.checked_mul(4)?.checked_mul(den)?;
        let m4 = (f.m as u128) * 4;
        let upper = (m4 + 2).checked_mul(unit)?;
        let lower = (m4 - if f.narrow_below { 1 } else { 2 }).checked_mul(unit)?;
        Some(within(c4.cmp(&lower), c4.cmp(&upper), f.m % 2 == 0))
    };
    if reads_back(nearest)? {
        return Some(Some(nearest));
    }
    // Only below a power of two can the farther neighbour read back when the nearer does not.
    let other = if nearest > q { q } else { q + 1 };
    Some(if other > 0 && reads_back(other)? { Some(other) } else { None })
}

/// [`candidate`] with big integers.
fn candidate_big(f: Float, k: i64) -> Option<BigInt> {
    let (num, den) = scaled(f, k);
    let unit = BigInt::from_u64(1).shl(f.e.max(0) as u64).mul(&if k < 0 {
        BigInt::from_u64(10).pow((-k) as u64)
    } else {
        BigInt::from_u64(1)
    });
    let (q, r) = num.divmod(&den).ok()?;
    let one = BigInt::from_u64(1);
    let nearest = match r.shl(1).cmp(&den) {
        Ordering::Greater => q.add(&one),
        Ordering::Equal if q.is_odd() => q.add(&one),
        _ => q.clone(),
    };
    let m4 = 4 * f.m as u128;
    let upper = BigInt::from_i128((m4 + 2) as i128).mul(&unit);
    let lower = BigInt::from_i128((m4 - if f.narrow_below { 1 } else { 2 }) as i128).mul(&unit);
    let reads_back = |c: &BigInt| {
        let c4 = c.shl(2).mul(&den);
        within(c4.cmp(&lower), c4.cmp(&upper), f.m % 2 == 0)
    };
    if reads_back(&nearest) {
        return Some(nearest);
    }
    let other = if nearest > q { q } else { q.add(&one) };
    if !other.is_zero() && reads_back(&other) {
        Some(other)
    } else {
        None
    }
}

/// Whether a value lies between the bounds; on a bound only when ties round to `x`
/// (round-half-even: when x's mantissa is even).
fn within(vs_lower: Ordering, vs_upper: Ordering, inclusive: bool) -> bool {
    let above = vs_lower == Ordering::Greater || (inclusive && vs_lower == Ordering::Equal);
    let below = vs_upper == Ordering::Less || (inclusive && vs_upper == Ordering::Equal);
    above && below
}
