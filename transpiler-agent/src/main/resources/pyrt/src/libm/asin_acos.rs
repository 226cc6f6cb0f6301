//! asin and acos of glibc 2.36 (IBM Accurate Mathematical Library, sysdeps/ieee754/dbl-64/
//! e_asin.c with uasncs.h, asincos.tbl, root.tbl, powtwo.tbl), x86_64 FMA variant
//! (e_asin-fma.c). Each `mul_add` is a contraction GCC 12 made there.

use super::asin_acos_data::{ASNCS, INROOT, POWTWO};

const HP0: f64 = 1.5707963267948966;
const HP1: f64 = 6.123233995736766e-17;
const F1: f64 = 1.66666666666664110590506577996662E-01;
const F2: f64 = 7.50000000026122686814431784722623E-02;
const F3: f64 = 4.46428561421059750978517350006940E-02;
const F4: f64 = 3.03821268582119319911193410625235E-02;
const F5: f64 = 2.23551211026525610742786300334557E-02;
const F6: f64 = 1.81382903404565056280372531963613E-02;
const T24: f64 = 16777216.0;
const T27: f64 = 134217728.0;
const RT0: f64 = 9.99999999859990725855365213134618E-01;
const RT1: f64 = 4.99999999495955425917856814202739E-01;
const RT2: f64 = 3.75017500867345182581453026130850E-01;
const RT3: f64 = 3.12523626554518656309172508769531E-01;

fn fnma(a: f64, b: f64, c: f64) -> f64 {
    (-a).mul_add(b, c)
}

/// ((((f6*z + f5)*z + f4)*z + f3)*z + f2)*z + f1, each step fused.
fn poly_f(z: f64) -> f64 {
    z.mul_add(F6, F5).mul_add(z, F4).mul_add(z, F3).mul_add(z, F2).mul_add(z, F1)
}

/// The table branches for 0.125 <= |x| < 0.96875: (the correction t, the table's value of
/// asin at the node). The row starts at n, its polynomial has `degree` + 1 coefficients.
fn table_branch(k: i32, ax: f64) -> (f64, f64) {
    let (n, last) = if k < 0x3fd0_0000 {
        (11 * ((k & 0x000f_ffff) >> 15) as usize, 6)
    } else if k < 0x3fe0_0000 {
        (11 * ((k & 0x000f_ffff) >> 14) as usize + 352, 6)
    } else if k < 0x3fe8_0000 {
        (1056 + ((k & 0x000f_e000) >> 11) as usize * 3, 7)
    } else if k < 0x3fed_8000 {
        (992 + ((k & 0x000f_e000) >> 13) as usize * 13, 8)
    } else if k < 0x3fee_8000 {
        (884 + ((k & 0x000f_e000) >> 13) as usize * 14, 9)
    } else {
        (768 + ((k & 0x000f_e000) >> 13) as usize * 15, 10)
    };
    let a = |i: usize| ASNCS[n + i];
    let xx = ax - a(0);
    let mut q = a(last);
    for i in (2..last).rev() {
        q = q.mul_add(xx, a(i));
    }
    let p = (xx * xx).mul_add(q, a(last + 1));
    let t = a(1).mul_add(xx, p);
    (t, a(last + 2))
}

/// The reciprocal square root seed of 0.96875 <= |x| < 1: (z, c, 1.5 - 0.5*t*c) with
/// z = (1 - |x|)/2 and c ~ sqrt(z).
fn sqrt_seed(z: f64) -> (f64, f64) {
    let k = (z.to_bits() >> 32) as i32;
    let t = INROOT[((k & 0x001f_ffff) >> 14) as usize] * POWTWO[(511 - (k >> 21)) as usize];
    let r = fnma(t * t, z, 1.0);
    let t = r.mul_add(RT3, RT2).mul_add(r, RT1).mul_add(r, RT0) * t;
    let c = z * t;
    let h = fnma(t * 0.5, c, 1.5);
    (c, h)
}

fn nan_or_domain_error(x: f64, k: i32, lo: u32) -> f64 {
    if k > 0x7ff0_0000 || (k == 0x7ff0_0000 && lo != 0) {
        return x + x;
    }
    f64::INFINITY / f64::INFINITY
}

/// glibc's `asin` (FMA variant).
pub fn asin(x: f64) -> f64 {
    let m = (x.to_bits() >> 32) as u32 as i32;
    let lo = x.to_bits() as u32;
    let k = 0x7fff_ffff & m;
    let sign = |r: f64| if m > 0 { r } else { -r };
    if k < 0x3e50_0000 {
        x
    } else if k < 0x3fc0_0000 {
        let x2 = x * x;
        poly_f(x2).mul_add(x * x2, x)
    } else if k < 0x3fef_0000 {
        let ax = if m > 0 { x } else { -x };
        let (t, base) = table_branch(k, ax);
        sign(base + t)
    } else if k < 0x3ff0_0000 {
        let z = if m > 0 { 1.0 - x } else { x + 1.0 } * 0.5;
        let (c, h) = sqrt_seed(z);
        let y = (c + T24) - T24;
        let cc = fnma(y, y, z) / h.mul_add(c, y);
        let p = poly_f(z) * z;
        let cor = fnma((y + cc) * 2.0, p, fnma(cc, 2.0, HP1));
        let res1 = fnma(y, 2.0, HP0);
        sign(cor + res1)
    } else if k == 0x3ff0_0000 && lo == 0 {
        sign(HP0)
    } else {
        nan_or_domain_error(x, k, lo)
    }
}

/// glibc's `acos` (FMA variant).
pub fn acos(x: f64) -> f64 {
    let m = (x.to_bits() >> 32) as u32 as i32;
    let lo = x.to_bits() as u32;
    let k = 0x7fff_ffff & m;
    if k < 0x3c88_0000 {
        HP0
    } else if k < 0x3fc0_0000 {
        let x2 = x * x;
        let r = HP0 - x;
        let cor = fnma(poly_f(x2), x * x2, ((HP0 - r) - x) + HP1);
        r + cor
    } else if k < 0x3fef_0000 {
        let ax = if m > 0 { x } else { -x };
        let (t, base) = table_branch(k, ax);
        if m > 0 {
            (HP1 - t) + (HP0 - base)
        } else {
            (t + HP1) + (base + HP0)
        }
    } else if k < 0x3ff0_0000 {
        let z = if m > 0 { 1.0 - x } else { x + 1.0 } * 0.5;
        let (c, h) = sqrt_seed(z);
        let y = fnma(c, T27, c.mul_add(T27, c));
        let cc = fnma(y, y, z) / h.mul_add(c, y);
        let p = poly_f(z) * z;
        let pyc = p * (y + cc);
        if m < 0 {
            let cor = (HP1 - cc) - pyc;
            let res1 = HP0 - y;
            (cor + res1) * 2.0
        } else {
            (y + (cc + pyc)) * 2.0
        }
    } else if k == 0x3ff0_0000 && lo == 0 {
        if m > 0 {
            0.0
        } else {
            2.0 * HP0
        }
    } else {
        nan_or_domain_error(x, k, lo)
    }
}
