//! tan of glibc 2.36 (IBM Accurate Mathematical Library, sysdeps/ieee754/dbl-64/s_tan.c with
//! utan.h and utan.tbl), x86_64 FMA variant (s_tan-fma.c). Each `mul_add` is a contraction
//! GCC 12 made there.

use super::branred::branred;
use super::tan_data::XFG;

const D3: f64 = 0.3333333333333333;
const D5: f64 = 0.1333333333332673;
const D7: f64 = 0.05396825411095433;
const D9: f64 = 0.021869380598167253;
const D11: f64 = 0.008896546349534924;
const E0: f64 = 0.3333333333332254;
const E1: f64 = 0.13333354920669913;
const MFFTNHF: f64 = -15.5;
const G1: f64 = 1.2589993048095494e-08;
const G2: f64 = 0.060799986124038696;
const G3: f64 = 0.7869997024536133;
const G4: f64 = 25.0;
const G5: f64 = 100000000.0;
const GY2: f64 = 0.060799986124038696;
const MP1: f64 = 1.5707963407039642;
const MP2: f64 = -1.3909067564377153e-08;
const MP3: f64 = -4.9789962505147994e-17;
const PP3: f64 = -4.97899623147991e-17;
const PP4: f64 = -1.9034889620193266e-25;
const HPINV: f64 = 0.6366197723675814;
const TOINT: f64 = 6755399441055744.0;

fn fnma(a: f64, b: f64, c: f64) -> f64 {
    (-a).mul_add(b, c)
}

fn xfg(i: usize, j: usize) -> f64 {
    XFG[4 * i + j]
}

/// EADD: z = x + y and its rounding error.
fn eadd(x: f64, y: f64) -> (f64, f64) {
    let z = x + y;
    let zz = if x.abs() > y.abs() { (x - z) + y } else { (y - z) + x };
    (z, zz)
}

/// d3 + x2*(d5 + x2*(d7 + x2*(d9 + x2*d11))), each step fused.
fn poly_d(x2: f64) -> f64 {
    x2.mul_add(x2.mul_add(x2.mul_add(x2.mul_add(D11, D9), D7), D5), D3)
}

/// The row of xfg for y in (0.0608, 0.787]: (int)(256*y - 15.5) with the fused rounding.
fn row(y: f64) -> usize {
    y.mul_add(256.0, MFFTNHF) as i32 as usize
}

/// tan or -cot of a + da (n odd: -cot) for a reduced argument, cases (VI)-(XI).
fn tan_reduced(a: f64, da: f64, n: i32) -> f64 {
    let (ya, yya, sy) = if a < 0.0 { (-a, -da, -1.0) } else { (a, da, 1.0) };
    if ya <= GY2 {
        let a2 = a * a;
        let t2 = (a * a2).mul_add(poly_d(a2), da);
        if n != 0 {
            // -cot: EADD then DIV2(1.0, 0.0, b, db).
            let (b, db) = eadd(a, t2);
            let c = 1.0 / b;
            let u = c * b;
            let uu = c.mul_add(b, -u);
            let cc = fnma(db, c, ((1.0 - u) - uu) + 0.0) / b;
            let z = c + cc;
            let zz = (c - z) + cc;
            return -(z + zz);
        }
        return a + t2;
    }
    let i = row(ya);
    let z = yya + (ya - xfg(i, 0));
    let z2 = z * z;
    let pz = (z * z2).mul_add(z2.mul_add(E1, E0), z);
    let fi = xfg(i, 1);
    let gi = xfg(i, 2);
    let num = pz * (fi + gi);
    if n != 0 {
        let t2 = num / (pz + fi);
        -sy * (gi - t2)
    } else {
        let t2 = num / (gi - pz);
        sy * (fi + t2)
    }
}

/// glibc's `tan` (FMA variant).
pub fn tan(x: f64) -> f64 {
    let ux = (x.to_bits() >> 32) as u32;
    if ux & 0x7ff0_0000 == 0x7ff0_0000 {
        return x - x;
    }
    let w = if x < 0.0 { -x } else { x };
    if w <= G1 {
        return x;
    }
    if w <= G2 {
        let x2 = x * x;
        return (x * x2).mul_add(poly_d(x2), x);
    }
    if w <= G3 {
        let i = row(w);
        let z = w - xfg(i, 0);
        let z2 = z * z;
        let s = if x < 0.0 { -1.0 } else { 1.0 };
        let pz = (z * z2).mul_add(z2.mul_add(E1, E0), z);
        let fi = xfg(i, 1);
        let gi = xfg(i, 2);
        let t2 = ((fi + gi) * pz) / (gi - pz);
        return s * (fi + t2);
    }
    if w <= G4 {
        let t = x.mul_add(HPINV, TOINT);
        let xn = t - TOINT;
        let t1 = fnma(xn, MP2, fnma(xn, MP1, x));
        let n = (t.to_bits() as u32 & 1) as i32;
        let a = fnma(xn, MP3, t1);
        let da = fnma(xn, MP3, t1 - a);
        return tan_reduced(a, da, n);
    }
    if w <= G5 {
        let t = x.mul_add(HPINV, TOINT);
        let xn = t - TOINT;
        let t1 = fnma(xn, MP2, fnma(xn, MP1, x));
        let n = (t.to_bits() as u32 & 1) as i32;
        let t = fnma(xn, PP3, t1);
        let da = fnma(xn, PP3, t1 - t);
        let a = fnma(xn, PP4, t);
        let da = da + fnma(xn, PP4, t - a);
        let (a, da) = eadd(a, da);
        return tan_reduced(a, da, n);
    }
    let (n, a, da) = branred(x);
    let (a, da) = eadd(a, da);
    tan_reduced(a, da, n & 1)
}
