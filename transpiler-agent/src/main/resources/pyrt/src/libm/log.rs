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

/// glibc's `log2` (e_log2.c, FMA variant e_log2-fma.c).
pub fn log2(x: f64) -> f64 {
    use super::log2_data::{A as A2, B as B2, INVLN2HI, INVLN2LO, TAB as TAB2};
    let mut ix = asuint64(x);
    let top = (ix >> 48) as u32;
    let lo_bound = asuint64(1.0 - f64::from_bits(0x3fa5_b510_0000_0000));
    let hi_bound = asuint64(1.0 + f64::from_bits(0x3fa6_ab20_0000_0000));
    if ix.wrapping_sub(lo_bound) < hi_bound - lo_bound {
        if ix == asuint64(1.0) {
            return 0.0;
        }
        let r = x - 1.0;
        let hi = INVLN2HI * r;
        let lo = INVLN2LO.mul_add(r, INVLN2HI.mul_add(r, -hi));
        let r2 = r * r;
        let r4 = r2 * r2;
        let b01 = B2[1].mul_add(r, B2[0]);
        let y = b01.mul_add(r2, hi);
        let lo = b01.mul_add(r2, hi - y) + lo;
        let q1 = B2[5].mul_add(r, B2[4]).mul_add(r2, B2[3].mul_add(r, B2[2]));
        let q2 = B2[9].mul_add(r, B2[8]).mul_add(r2, B2[7].mul_add(r, B2[6]));
        let lo = q2.mul_add(r4, q1).mul_add(r4, lo);
        return y + lo;
    }
    if top.wrapping_sub(0x0010) >= 0x7ff0 - 0x0010 {
        if ix << 1 == 0 {
            return divzero(true);
        }
        if ix == asuint64(f64::INFINITY) {
            return x;
        }
        if (top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0 {
            return invalid(x);
        }
        ix = asuint64(x * 4503599627370496.0);
        ix = ix.wrapping_sub(52u64 << 52);
    }
    let tmp = ix.wrapping_sub(OFF);
    let i = ((tmp >> (52 - 6)) % 64) as usize;
    let k = (tmp as i64 >> 52) as i32;
    let iz = ix.wrapping_sub(tmp & (0xfffu64 << 52));
    let invc = TAB2[2 * i];
    let logc = TAB2[2 * i + 1];
    let z = asdouble(iz);
    let kd = k as f64;
    let r = invc.mul_add(z, -1.0);
    let t1 = INVLN2HI * r;
    let t2 = INVLN2LO.mul_add(r, INVLN2HI.mul_add(r, -t1));
    let t3 = logc + kd;
    let hi = t1 + t3;
    let lo = ((t3 - hi) + t1) + t2;
    let r2 = r * r;
    let r4 = r2 * r2;
    let p = A2[5]
        .mul_add(r, A2[4])
        .mul_add(r4, A2[3].mul_add(r, A2[2]).mul_add(r2, A2[1].mul_add(r, A2[0])));
    r2.mul_add(p, lo) + hi
}

/// glibc's `log10` (e_log10.c; no FMA variant, so plain operations around the FMA `log`).
pub fn log10(x: f64) -> f64 {
    const TWO54: f64 = 1.80143985094819840000e+16;
    const IVLN10: f64 = 4.34294481903251816668e-01;
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let mut x = x;
    let mut hx = asuint64(x) as i64;
    let mut k: i32 = 0;
    if hx < 0x0010_0000_0000_0000 {
        if hx & 0x7fff_ffff_ffff_ffff == 0 {
            return -TWO54 / x.abs();
        }
        if hx < 0 {
            return (x - x) / (x - x);
        }
        k -= 54;
        x *= TWO54;
        hx = asuint64(x) as i64;
    }
    if hx as u64 >= 0x7ff0_0000_0000_0000 {
        return x + x;
    }
    k += ((hx >> 52) - 1023) as i32;
    let i = ((k as i64 as u64 & 0x8000_0000_0000_0000) >> 63) as i64;
    hx = (hx & 0x000f_ffff_ffff_ffff) | ((0x3ff - i) << 52);
    let y = (k as i64 + i) as f64;
    let x = asdouble(hx as u64);
    let z = y * LOG10_2LO + IVLN10 * log(x);
    z + y * LOG10_2HI
}
