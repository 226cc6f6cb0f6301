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

const OPI: f64 = 3.141592653589793;
const OPI1: f64 = 1.2246467991473532e-16;
const QPI: f64 = 0.7853981633974483;
const TQPI: f64 = 2.356194490192345;
const INV16: f64 = 0.0625;
const TWO500: f64 = 3.273390607896142e+150;
const TWOM500: f64 = 3.054936363499605e-151;

/// c2 + v*(c3 + v*(c4 + v*(c5 + v*c6))) of table row i, each step fused.
fn poly_c2(i: usize, v: f64) -> f64 {
    cij(i, 6).mul_add(v, cij(i, 5)).mul_add(v, cij(i, 4)).mul_add(v, cij(i, 3)).mul_add(v, cij(i, 2))
}

/// ESUB's correction term for z = a - b.
fn esub_cor(a: f64, b: f64, z: f64) -> f64 {
    if a.abs() > b.abs() {
        (a - z) - b
    } else {
        a - (b + z)
    }
}

/// glibc's `atan2` (e_atan2.c, FMA variant): the angle of (x, y).
pub fn atan2(y: f64, x: f64) -> f64 {
    let (ux, dx) = ((x.to_bits() >> 32) as u32, x.to_bits() as u32);
    let (uy, dy) = ((y.to_bits() >> 32) as u32, y.to_bits() as u32);
    if x.is_nan() {
        return x + y;
    }
    if y.is_nan() {
        return y + y;
    }
    if dy == 0 && (uy == 0 || uy == 0x8000_0000) {
        // y = ±0
        let neg_y = uy != 0;
        return match (ux & 0x8000_0000 == 0, neg_y) {
            (true, false) => 0.0,
            (true, true) => -0.0,
            (false, false) => OPI,
            (false, true) => -OPI,
        };
    }
    if x == 0.0 {
        return if uy & 0x8000_0000 == 0 { HPI } else { -HPI };
    }
    if dx == 0 && (ux == 0x7ff0_0000 || ux == 0xfff0_0000) {
        // x = ±inf
        let y_inf = dy == 0 && (uy == 0x7ff0_0000 || uy == 0xfff0_0000);
        let neg_y = uy & 0x8000_0000 != 0;
        return match (ux == 0x7ff0_0000, y_inf, neg_y) {
            (true, true, false) => QPI,
            (true, true, true) => -QPI,
            (true, false, false) => 0.0,
            (true, false, true) => -0.0,
            (false, true, false) => TQPI,
            (false, true, true) => -TQPI,
            (false, false, false) => OPI,
            (false, false, true) => -OPI,
        };
    }
    if dy == 0 && uy == 0x7ff0_0000 {
        return HPI;
    }
    if dy == 0 && uy == 0xfff0_0000 {
        return -HPI;
    }
    let mut ax = if x < 0.0 { -x } else { x };
    let mut ay = if y < 0.0 { -y } else { y };
    let de = (uy & 0x7ff0_0000) as i32 - (ux & 0x7ff0_0000) as i32;
    if de >= 59768832 {
        return if y > 0.0 { HPI } else { -HPI };
    } else if de <= -59768832 {
        if x > 0.0 {
            return (ay / ax).copysign(y);
        }
        return if y > 0.0 { OPI } else { -OPI };
    }
    if ax < TWOM500 || ay < TWOM500 {
        ax *= TWO500;
        ay *= TWO500;
    }
    if ax > TWO500 || ay > TWO500 {
        ax *= TWOM500;
        ay *= TWOM500;
    }
    let (u, du) = if ay < ax {
        let u = ay / ax;
        let v = ax * u;
        let vv = ax.mul_add(u, -v);
        (u, ((ay - v) - vv) / ax)
    } else {
        let u = ax / ay;
        let v = ay * u;
        let vv = ay.mul_add(u, -v);
        (u, ((ax - v) - vv) / ay)
    };
    let z = if x > 0.0 {
        if ay < ax {
            // (i) atan(ay/ax)
            if u < INV16 {
                let v = u * u;
                u + (u * v).mul_add(poly_d(v), du)
            } else {
                let i = row(u);
                let t3 = u - cij(i, 0);
                let v = du + t3;
                let dv = if t3.abs() > du.abs() { (t3 - v) + du } else { (du - v) + t3 };
                let t2 = cij(i, 2);
                let p = (v * v) * cij(i, 6).mul_add(v, cij(i, 5)).mul_add(v, cij(i, 4)).mul_add(v, cij(i, 3));
                let zz = v.mul_add(t2, dv.mul_add(t2, p));
                cij(i, 1) + zz
            }
        } else if u < INV16 {
            // (ii) pi/2 - atan(ax/ay)
            let v = u * u;
            let zz = (u * v) * poly_d(v);
            let t2 = HPI - u;
            let cor = esub_cor(HPI, u, t2);
            t2 + (((cor + HPI1) - du) - zz)
        } else {
            let i = row(u);
            let v = (u - cij(i, 0)) + du;
            let zz = (-poly_c2(i, v)).mul_add(v, HPI1);
            zz + (HPI - cij(i, 1))
        }
    } else if ax < ay {
        // (iii) pi/2 + atan(ax/ay)
        if u < INV16 {
            let v = u * u;
            let zz = (v * u) * poly_d(v);
            let t2 = u + HPI;
            let cor = if HPI.abs() > u.abs() { (HPI - t2) + u } else { (u - t2) + HPI };
            t2 + (((cor + HPI1) + du) + zz)
        } else {
            let i = row(u);
            let v = (u - cij(i, 0)) + du;
            let zz = poly_c2(i, v).mul_add(v, HPI1);
            zz + (cij(i, 1) + HPI)
        }
    } else if u < INV16 {
        // (iv) pi - atan(ax/ay)
        let v = u * u;
        let zz = (v * u) * poly_d(v);
        let t2 = OPI - u;
        let cor = esub_cor(OPI, u, t2);
        t2 + (((cor + OPI1) - du) - zz)
    } else {
        let i = row(u);
        let v = (u - cij(i, 0)) + du;
        let zz = (-poly_c2(i, v)).mul_add(v, OPI1);
        zz + (OPI - cij(i, 1))
    };
    z.copysign(y)
}
