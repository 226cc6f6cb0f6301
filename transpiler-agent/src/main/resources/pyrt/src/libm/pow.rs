//! pow of glibc 2.36 (sysdeps/ieee754/dbl-64/e_pow.c), x86_64 FMA variant (e_pow-fma.c):
//! `__FP_FAST_FMA` is defined there, and the `mul_add`s follow GCC 12's contractions.

use super::exp_data::{INVLN2N, NEGLN2HIN, NEGLN2LON, POLY, SHIFT, TAB as EXP_TAB};
use super::pow_log_data::{A, LN2HI, LN2LO, TAB};
use super::{asdouble, asuint64, invalid, oflow, uflow};

const OFF: u64 = 0x3fe6_9555_0000_0000;
const SIGN_BIAS: u64 = 0x800 << 7;

fn top12(x: f64) -> u32 {
    (asuint64(x) >> 52) as u32
}

/// log(x) as hi + tail with about 15 extra bits; `ix` is x's bits, subnormals normalized.
fn log_inline(ix: u64) -> (f64, f64) {
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % 128) as usize;
    let k = (tmp as i64 >> 52) as i32;
    let iz = ix.wrapping_sub(tmp & (0xfffu64 << 52));
    let z = asdouble(iz);
    let kd = k as f64;
    let invc = TAB[3 * i];
    let logc = TAB[3 * i + 1];
    let logctail = TAB[3 * i + 2];
    let r = z.mul_add(invc, -1.0);
    let t1 = kd.mul_add(LN2HI, logc);
    let t2 = r + t1;
    let lo1 = kd.mul_add(LN2LO, logctail);
    let lo2 = r + (t1 - t2);
    let ar = r * A[0];
    let ar2 = r * ar;
    let ar3 = r * ar2;
    let hi = t2 + ar2;
    let lo3 = r.mul_add(ar, -ar2);
    let lo4 = ar2 + (t2 - hi);
    let p = ar2.mul_add(ar2.mul_add(r.mul_add(A[6], A[5]), r.mul_add(A[4], A[3])), r.mul_add(A[2], A[1]));
    let lo = ar3.mul_add(p, lo4 + (lo3 + (lo1 + lo2)));
    let y = hi + lo;
    (y, lo + (hi - y))
}

fn specialcase(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0, the exponent of scale might have overflowed by <= 460.
        let scale = asdouble(sbits.wrapping_sub(1009u64 << 52));
        return tmp.mul_add(scale, scale) * f64::from_bits(0x7f00_0000_0000_0000);
    }
    // k < 0, need special care in the subnormal range; sbits is the signed scale.
    let sbits = sbits.wrapping_add(1022u64 << 52);
    let scale = asdouble(sbits);
    let st = tmp * scale;
    let mut y = scale + st;
    if y.abs() < 1.0 {
        let one = if y < 0.0 { -1.0 } else { 1.0 };
        let lo = st + (scale - y);
        let hi = y + one;
        let lo = lo + (y + (one - hi));
        y = (hi + lo) - one;
        if y == 0.0 {
            y = asdouble(sbits & 0x8000_0000_0000_0000);
        }
    }
    y * f64::from_bits(0x0010_0000_0000_0000)
}

/// sign * exp(x + xtail), the sign set by `sign_bias` (SIGN_BIAS or 0).
fn exp_inline(x: f64, xtail: f64, sign_bias: u64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    let tiny = top12(f64::from_bits(0x3c90_0000_0000_0000));
    if abstop.wrapping_sub(tiny) >= top12(512.0) - tiny {
        if abstop.wrapping_sub(tiny) >= 0x8000_0000 {
            let one = 1.0 + x;
            return if sign_bias != 0 { -one } else { one };
        }
        if abstop >= top12(1024.0) {
            return if asuint64(x) >> 63 != 0 { uflow(sign_bias != 0) } else { oflow(sign_bias != 0) };
        }
        abstop = 0;
    }
    let kd = x.mul_add(INVLN2N, SHIFT);
    let ki = asuint64(kd);
    let kd = kd - SHIFT;
    let r = kd.mul_add(NEGLN2LON, kd.mul_add(NEGLN2HIN, x));
    let r = xtail + r;
    let idx = (2 * (ki % 128)) as usize;
    let top = ki.wrapping_add(sign_bias) << (52 - 7);
    let tail = asdouble(EXP_TAB[idx]);
    let sbits = top.wrapping_add(EXP_TAB[idx + 1]);
    let r2 = r * r;
    let t = r2.mul_add(r.mul_add(POLY[1], POLY[0]), r + tail);
    let tmp = (r2 * r2).mul_add(r.mul_add(POLY[3], POLY[2]), t);
    if abstop == 0 {
        return specialcase(tmp, sbits, ki);
    }
    let scale = asdouble(sbits);
    tmp.mul_add(scale, scale)
}

/// 0 if not an integer, 1 if odd, 2 if even; `iy` is a non-zero finite value's bits.
fn checkint(iy: u64) -> i32 {
    let e = (iy >> 52 & 0x7ff) as i32;
    if e < 0x3ff {
        return 0;
    }
    if e > 0x3ff + 52 {
        return 2;
    }
    if iy & ((1u64 << (0x3ff + 52 - e)) - 1) != 0 {
        return 0;
    }
    if iy & (1u64 << (0x3ff + 52 - e)) != 0 {
        return 1;
    }
    2
}

/// True for the bits of 0, infinity or nan.
fn zeroinfnan(i: u64) -> bool {
    (i << 1).wrapping_sub(1) >= (asuint64(f64::INFINITY) << 1) - 1
}

fn issignaling(x: f64) -> bool {
    let ix = asuint64(x);
    (ix ^ 0x0008_0000_0000_0000) << 1 > 0x7ff8_0000_0000_0000u64 << 1
}

/// glibc's `pow` (FMA variant).
pub fn pow(x: f64, y: f64) -> f64 {
    let mut sign_bias = 0u64;
    let mut ix = asuint64(x);
    let iy = asuint64(y);
    let mut topx = top12(x);
    let topy = top12(y);
    if topx.wrapping_sub(0x001) >= 0x7ff - 0x001 || (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be {
        if zeroinfnan(iy) {
            if iy << 1 == 0 {
                return if issignaling(x) { x + y } else { 1.0 };
            }
            if ix == asuint64(1.0) {
                return if issignaling(y) { x + y } else { 1.0 };
            }
            if ix << 1 > asuint64(f64::INFINITY) << 1 || iy << 1 > asuint64(f64::INFINITY) << 1 {
                return x + y;
            }
            if ix << 1 == asuint64(1.0) << 1 {
                return 1.0;
            }
            if (ix << 1 < asuint64(1.0) << 1) == (iy >> 63 == 0) {
                return 0.0;
            }
            return y * y;
        }
        if zeroinfnan(ix) {
            let mut x2 = x * x;
            if ix >> 63 != 0 && checkint(iy) == 1 {
                x2 = -x2;
            }
            return if iy >> 63 != 0 { 1.0 / x2 } else { x2 };
        }
        // x and y are non-zero finite.
        if ix >> 63 != 0 {
            let yint = checkint(iy);
            if yint == 0 {
                return invalid(x);
            }
            if yint == 1 {
                sign_bias = SIGN_BIAS;
            }
            ix &= 0x7fff_ffff_ffff_ffff;
            topx &= 0x7ff;
        }
        if (topy & 0x7ff).wrapping_sub(0x3be) >= 0x43e - 0x3be {
            if ix == asuint64(1.0) {
                return 1.0;
            }
            if (topy & 0x7ff) < 0x3be {
                return if ix > asuint64(1.0) { 1.0 + y } else { 1.0 - y };
            }
            return if (ix > asuint64(1.0)) == (topy < 0x800) { oflow(false) } else { uflow(false) };
        }
        if topx == 0 {
            // Normalize subnormal x so the exponent becomes negative.
            ix = asuint64(x * 4503599627370496.0);
            ix &= 0x7fff_ffff_ffff_ffff;
            ix = ix.wrapping_sub(52u64 << 52);
        }
    }
    let (hi, lo) = log_inline(ix);
    let ehi = y * hi;
    let elo = y.mul_add(lo, y.mul_add(hi, -ehi));
    exp_inline(ehi, elo, sign_bias)
}
