//! exp and exp2 of glibc 2.36 (sysdeps/ieee754/dbl-64/e_exp.c, e_exp2.c).
//!
//! exp is the x86_64 FMA variant (e_exp-fma.c, built with -mfma): every `mul_add` below is a
//! multiply-add that GCC 12 contracted there. exp2 has no FMA variant, so it has none.

use super::exp_data::{EXP2_POLY, EXP2_SHIFT, INVLN2N, NEGLN2HIN, NEGLN2LON, POLY, SHIFT, TAB};
use super::{asdouble, asuint64, oflow, uflow};

const N: u64 = 128;

fn top12(x: f64) -> u32 {
    (asuint64(x) >> 52) as u32
}

/// The k < 0 tail of exp's and exp2's specialcase: scale * (1 + tmp) near the subnormal
/// range, rounded once (GCC kept scale * tmp unfused here: it has two uses).
fn subnormal_tail(tmp: f64, sbits: u64) -> f64 {
    let sbits = sbits.wrapping_add(1022u64 << 52);
    let scale = asdouble(sbits);
    let st = tmp * scale;
    let mut y = scale + st;
    if y < 1.0 {
        let lo = st + (scale - y);
        let hi = y + 1.0;
        let lo = lo + (y + (1.0 - hi));
        y = (hi + lo) - 1.0;
        if y == 0.0 {
            y = 0.0;
        }
    }
    y * f64::from_bits(0x0010_0000_0000_0000)
}

fn exp_specialcase(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0, the exponent of scale might have overflowed by <= 460.
        let scale = asdouble(sbits.wrapping_sub(1009u64 << 52));
        return tmp.mul_add(scale, scale) * f64::from_bits(0x7f00_0000_0000_0000);
    }
    subnormal_tail(tmp, sbits)
}

/// glibc's `exp` (FMA variant).
pub fn exp(x: f64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    if abstop.wrapping_sub(top12(f64::from_bits(0x3c90_0000_0000_0000)))
        >= top12(512.0) - top12(f64::from_bits(0x3c90_0000_0000_0000))
    {
        if abstop.wrapping_sub(top12(f64::from_bits(0x3c90_0000_0000_0000))) >= 0x8000_0000 {
            // Tiny x (0 included): avoid spurious underflow.
            return 1.0 + x;
        }
        if abstop >= top12(1024.0) {
            if asuint64(x) == asuint64(f64::NEG_INFINITY) {
                return 0.0;
            }
            if abstop >= top12(f64::INFINITY) {
                return 1.0 + x;
            }
            return if asuint64(x) >> 63 != 0 { uflow(false) } else { oflow(false) };
        }
        // Large x is special cased below.
        abstop = 0;
    }
    let kd = INVLN2N.mul_add(x, SHIFT);
    let ki = asuint64(kd);
    let kd = kd - SHIFT;
    let r = NEGLN2LON.mul_add(kd, NEGLN2HIN.mul_add(kd, x));
    let idx = (2 * (ki % N)) as usize;
    let top = ki << (52 - 7);
    let tail = asdouble(TAB[idx]);
    let sbits = TAB[idx + 1].wrapping_add(top);
    let r2 = r * r;
    let t = POLY[1].mul_add(r, POLY[0]).mul_add(r2, r + tail);
    let tmp = (r2 * r2).mul_add(POLY[3].mul_add(r, POLY[2]), t);
    if abstop == 0 {
        return exp_specialcase(tmp, sbits, ki);
    }
    let scale = asdouble(sbits);
    tmp.mul_add(scale, scale)
}

fn exp2_specialcase(tmp: f64, sbits: u64, ki: u64) -> f64 {
    if ki & 0x8000_0000 == 0 {
        // k > 0, the exponent of scale might have overflowed by 1.
        let scale = asdouble(sbits.wrapping_sub(1u64 << 52));
        return 2.0 * (scale + scale * tmp);
    }
    subnormal_tail(tmp, sbits)
}

/// glibc's `exp2` (no FMA variant on x86_64: plain operations).
pub fn exp2(x: f64) -> f64 {
    let mut abstop = top12(x) & 0x7ff;
    let tiny = top12(f64::from_bits(0x3c90_0000_0000_0000));
    if abstop.wrapping_sub(tiny) >= top12(512.0) - tiny {
        if abstop.wrapping_sub(tiny) >= 0x8000_0000 {
            return 1.0 + x;
        }
        if abstop >= top12(1024.0) {
            if asuint64(x) == asuint64(f64::NEG_INFINITY) {
                return 0.0;
            }
            if abstop >= top12(f64::INFINITY) {
                return 1.0 + x;
            }
            if asuint64(x) >> 63 == 0 {
                return oflow(false);
            } else if asuint64(x) >= asuint64(-1075.0) {
                return uflow(false);
            }
        }
        if asuint64(x) << 1 > asuint64(928.0) << 1 {
            abstop = 0;
        }
    }
    let kd = x + EXP2_SHIFT;
    let ki = asuint64(kd);
    let kd = kd - EXP2_SHIFT;
    let r = x - kd;
    let idx = (2 * (ki % N)) as usize;
    let top = ki << (52 - 7);
    let tail = asdouble(TAB[idx]);
    let sbits = TAB[idx + 1].wrapping_add(top);
    let r2 = r * r;
    let c = &EXP2_POLY;
    let tmp = tail + r * c[0] + r2 * (c[1] + r * c[2]) + r2 * r2 * (c[3] + r * c[4]);
    if abstop == 0 {
        return exp2_specialcase(tmp, sbits, ki);
    }
    let scale = asdouble(sbits);
    scale + scale * tmp
}
