//! atan of glibc 2.36 (IBM Accurate Mathematical Library, sysdeps/ieee754/dbl-64/s_atan.c
//! with atnat.h and uatan.tbl), x86_64 FMA variant (s_atan-fma.c). Each `mul_add` is a
//! contraction GCC 12 made there.

use super::atan_data::CIJ;

const D3: f64 = -0.3333333333333333;
const D5: f64 = 0.19999999999998855;
const D7: f64 = -0.14285714283953163;
const D9: f64 = 0.11111109821886427;
const D11: f64 = -0.09090424391727987;
const D13: f64 = 0.07601836584380736;
const A: f64 = 1.2904777690891933e-08;
const B: f64 = 0.0625;
const C: f64 = 1.0;
const D: f64 = 16.0;
const E: f64 = 5805361265115136.0;
const HPI: f64 = 1.5707963267948966;
const HPI1: f64 = 6.123233995736766e-17;
const TWO52: f64 = 4503599627370496.0;

fn cij(i: usize, j: usize) -> f64 {
    CIJ[7 * i + j]
}

/// The table row for u in [1/16, 1): (TWO52 + 256*u) - TWO52 - 16, with the fused rounding.
fn row(u: f64) -> usize {
    (u.mul_add(256.0, TWO52) - TWO52) as i32 as usize - 16
}

/// d3 + v*(d5 + v*(… + v*d13)) with each step fused.
fn poly_d(v: f64) -> f64 {
    v.mul_add(v.mul_add(v.mul_add(v.mul_add(v.mul_add(D13, D11), D9), D7), D5), D3)
}

/// glibc's `atan` (FMA variant).
pub fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return x * 2.0;
    }
    let u = if x < 0.0 { -x } else { x };
    if u < C {
        if u < B {
            if u < A {
                return x;
            }
            let v = x * x;
            return (x * v).mul_add(poly_d(v), x);
        }
        let i = row(u);
        let z = u - cij(i, 0);
        let yy = cij(i, 6).mul_add(z, cij(i, 5));
        let yy = z.mul_add(yy, cij(i, 4));
        let yy = z.mul_add(yy, cij(i, 3));
        let yy = z.mul_add(yy, cij(i, 2));
        let y = z.mul_add(yy, cij(i, 1));
        return y.copysign(x);
    }
    if u < D {
        let w = 1.0 / u;
        let t1 = u * w;
        let t2 = u.mul_add(w, -t1);
        let i = row(w);
        let z = ((1.0 - t1) - t2).mul_add(w, w - cij(i, 0));
        let yy = cij(i, 6).mul_add(z, cij(i, 5));
        let yy = z.mul_add(yy, cij(i, 4));
        let yy = z.mul_add(yy, cij(i, 3));
        let yy = z.mul_add(yy, cij(i, 2));
        let yy = (-z).mul_add(yy, HPI1);
        let t1 = HPI - cij(i, 1);
        return (yy + t1).copysign(x);
    }
    if u < E {
        let w = 1.0 / u;
        let v = w * w;
        let t1 = u * w;
        let t2 = u.mul_add(w, -t1);
        let yy = (w * v) * poly_d(v);
        let ww = ((1.0 - t1) - t2) * w;
        let t3 = HPI - w;
        let cor = if w.abs() < HPI { (HPI - t3) - w } else { HPI - (w + t3) };
        let yy = ((cor + HPI1) - ww) - yy;
        return (t3 + yy).copysign(x);
    }
    if x > 0.0 {
        HPI
    } else {
        -HPI
    }
}
