//! The numeric algorithms of `math` that CPython implements itself rather than leaving to
//! libm, ported step for step so that results agree to the last bit: `fsum` (Shewchuk's
//! exact partials), `hypot`/`dist` (`vector_norm`), and the integer functions.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;

/// `math.fsum` over floats: CPython's `math_fsum`.
pub fn fsum(items: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    let mut lo = 0.0f64;
    for item in items {
        let mut x = item;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let l = y - yr;
            if l != 0.0 {
                p[i] = l;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = p.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = p[n];
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// `frexp`: mantissa in [0.5, 1) and exponent, as C's (zero, inf and nan unchanged).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::from_bits(0x4350000000000000)); // 2^54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative coordinates, `max` their
/// largest (the result `hypot` and `dist` give).
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = crate::float::ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for v in vec.iter() {
        let x = *v * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.0);
        csum = sm.0;
        frac1 += pr.1;
        frac2 += sm.1;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.0);
    csum = sm.0;
    frac1 += pr.1;
    frac2 += sm.1;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)` over floats.
pub fn hypot(coords: &[f64]) -> f64 {
    let mut v: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let found_nan = v.iter().any(|x| x.is_nan());
    let max = v.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(&mut v, max, found_nan)
}

/// `math.isqrt(n)` for `n >= 0`.
pub fn isqrt(n: &Int) -> Int {
    if let Some(v) = n.to_i64() {
        let v = v as u64;
        let mut r = (v as f64).sqrt() as u64;
        while r.checked_mul(r).map_or(true, |s| s > v) {
            r -= 1;
        }
        while (r + 1).checked_mul(r + 1).map_or(false, |s| s <= v) {
            r += 1;
        }
        return Int::from(r);
    }
    // Newton from above: x starts at 2^ceil(bits/2) > sqrt(n).
    let bits = n.bit_length();
    let mut x = Int::from(1i64).shl(&Int::from(((bits + 1) / 2) as i64)).expect("small shift");
    loop {
        let y = x.add(&n.floordiv(&x).expect("x > 0")).shr(&Int::from(1i64)).expect("shift");
        if y >= x {
            return x;
        }
        x = y;
    }
}

pub fn gcd(a: &Int, b: &Int) -> Int {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
            let (mut x, mut y) = (x as u64, y as u64);
            while y != 0 {
                let t = x % y;
                x = y;
                y = t;
            }
            return Int::from(x);
        }
        let r = a.modulo(&b).expect("b != 0");
        a = b;
        b = r;
    }
    a
}

pub fn lcm(a: &Int, b: &Int) -> Int {
    if a.is_zero() || b.is_zero() {
        return Int::from(0i64);
    }
    let g = gcd(a, b);
    a.abs().floordiv(&g).expect("g != 0").mul(&b.abs())
}

/// Product of the integers in `lo..=hi` (1 when empty), by binary splitting.
fn range_product(lo: u64, hi: u64) -> Int {
    if lo > hi {
        return Int::from(1i64);
    }
    if hi - lo < 8 {
        let mut acc = Int::from(lo);
        for k in lo + 1..=hi {
            acc = acc.mul(&Int::from(k));
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid).mul(&range_product(mid + 1, hi))
}

pub fn factorial(n: u64) -> Int {
    range_product(2, n)
}

/// `math.perm(n, k)` for `0 <= k <= n`.
pub fn perm(n: u64, k: u64) -> Int {
    if k > n {
        return Int::from(0i64);
    }
    range_product(n - k + 1, n)
}

/// `math.comb(n, k)` for `n, k >= 0`.
pub fn comb(n: u64, k: u64) -> Int {
    if k > n {
        return Int::from(0i64);
    }
    let k = k.min(n - k);
    perm(n, k).floordiv(&factorial(k)).expect("k! > 0")
}

/// C's `nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}
