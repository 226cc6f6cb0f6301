//! log of glibc 2.36 (sysdeps/ieee754/dbl-64/e_log.c), x86_64 FMA variant (e_log-fma.c):
//! `__FP_FAST_FMA` is defined there, and the `mul_add`s follow GCC 12's contractions.

use super::log_data::{A, B, LN2HI, LN2LO, TAB};
use super::{asdouble, asuint64, divzero, invalid};

const N: u64 = 128;
const OFF: u64 = 0x3fe6_0000_0000_0000;

/// glibc's `log` (FMA variant).
pub fn log(x: f64) -> f64 {
    let mut ix = asuint64(x);
    let top = (ix >> 48) as u32;
    let lo_bound = asuint64(1.0 - 1.0 / 16.0);
    let hi_bound = asuint64(1.0 + f64::from_bits(0x3fb0_9000_0000_0000));
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        // Close to 1.0: log1p-like polynomial.
        if ix == asuint64(1.0) {
            return 0.0;
        }
        let r = x - 1.0;
        let r2 = r * r;
        let r3 = r * r2;
        let p14 = B[3].mul_add(r2, B[2].mul_add(r, B[1]));
        let p47 = B[6].mul_add(r2, B[5].mul_add(r, B[4]));
        let p710 = B[10].mul_add(r3, B[9].mul_add(r2, B[8].mul_add(r, B[7])));
        let poly = p710.mul_add(r3, p47).mul_add(r3, p14);
        let w = r.mul_add(134217728.0, r);
        let rhi = (-r).mul_add(134217728.0, w);
        let rlo = r - rhi;
        let rr = rhi * rhi;
        let hi = rr.mul_add(B[0], r);
        let lo = rr.mul_add(B[0], r - hi);
        let lo = (B[0] * rlo).mul_add(r + rhi, lo);
        let y = poly.mul_add(r3, lo);
        return hi + y;
    }
    if top.wrapping_sub(0x0010) >= 0x7ff0 - 0x0010 {
        // x < 0x1p-1022 or inf or nan.
        if ix << 1 == 0 {
            return divzero(true);
        }
        if ix == asuint64(f64::INFINITY) {
            return x;
        }
        if (top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0 {
            return invalid(x);
        }
        // Subnormal: normalize.
        ix = asuint64(x * 4503599627370496.0);
        ix = ix.wrapping_sub(52u64 << 52);
    }
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 7)) % N) as usize;
    let k = (tmp as i64 >> 52) as i32;
    let iz = ix.wrapping_sub(tmp & (0xfffu64 << 52));
    let invc = TAB[2 * i];
    let logc = TAB[2 * i + 1];
    let z = asdouble(iz);
    let r = invc.mul_add(z, -1.0);
    let kd = k as f64;
    let w = LN2HI.mul_add(kd, logc);
    let hi = r + w;
    let lo = LN2LO.mul_add(kd, (w - hi) + r);
    let r2 = r * r;
    let t = A[0].mul_add(r2, lo);
    let p = A[4].mul_add(r, A[3]).mul_add(r2, A[2].mul_add(r, A[1]));
    (r * r2).mul_add(p, t) + hi
}
