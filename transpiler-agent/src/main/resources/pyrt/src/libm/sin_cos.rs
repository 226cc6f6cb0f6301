//! sin and cos of glibc 2.36 (IBM Accurate Mathematical Library, sysdeps/ieee754/dbl-64/
//! s_sin.c with usncs.h), x86_64 FMA variant (s_sin-fma.c). Each `mul_add` is a contraction
//! GCC 12 made there; `fnma(a, b, c)` is its `-a*b + c`.

use super::branred::branred;
use super::sincos_data::SINCOSTAB;

const S1: f64 = -0.16666666666666666;
const S2: f64 = 0.008333333333332329;
const S3: f64 = -0.00019841269834414642;
const S4: f64 = 2.755729806860771e-06;
const S5: f64 = -2.5022014848318398e-08;
pub(super) const BIG: f64 = 52776558133248.0;
pub(super) const HP0: f64 = 1.5707963267948966;
pub(super) const HP1: f64 = 6.123233995736766e-17;
pub(super) const MP1: f64 = 1.5707963407039642;
pub(super) const MP2: f64 = -1.3909067564377153e-08;
pub(super) const PP3: f64 = -4.97899623147991e-17;
pub(super) const PP4: f64 = -1.9034889620193266e-25;
pub(super) const HPINV: f64 = 0.6366197723675814;
pub(super) const TOINT: f64 = 6755399441055744.0;
const SN3: f64 = -1.66666666666664880952546298448555E-01;
const SN5: f64 = 8.33333214285722277379541354343671E-03;
const CS2: f64 = 4.99999999999999999999950396842453E-01;
const CS4: f64 = -4.16666666666664434524222570944589E-02;
const CS6: f64 = 1.38888874007937613028114285595617E-03;

fn fnma(a: f64, b: f64, c: f64) -> f64 {
    (-a).mul_add(b, c)
}

/// The low 32 bits of a double, as C's `u.i[LOW_HALF]` reads them.
fn low_word(x: f64) -> i32 {
    x.to_bits() as u32 as i32
}

/// sin(x)/cos(x) at the table point and its corrections: (sn, ssn, cs, ccs).
fn table(u: f64) -> (f64, f64, f64, f64) {
    let k = (low_word(u) << 2) as usize;
    (SINCOSTAB[k], SINCOSTAB[k + 1], SINCOSTAB[k + 2], SINCOSTAB[k + 3])
}

/// cos(x + dx).
fn do_cos(x: f64, dx: f64) -> f64 {
    let dx = if x < 0.0 { -dx } else { dx };
    let u = x.abs() + BIG;
    let x = (x.abs() - (u - BIG)) + dx;
    let xx = x * x;
    let s = (x * xx).mul_add(xx.mul_add(SN5, SN3), x);
    let c = xx * xx.mul_add(xx.mul_add(CS6, CS4), CS2);
    let (sn, ssn, cs, ccs) = table(u);
    let cor = fnma(s, sn, fnma(c, cs, fnma(s, ssn, ccs)));
    cs + cor
}

/// sin(x + dx).
fn do_sin(x: f64, dx: f64) -> f64 {
    let xold = x;
    if x.abs() < 0.126 {
        // TAYLOR_SIN
        let xx = x * x;
        let p = xx.mul_add(xx.mul_add(xx.mul_add(xx.mul_add(S5, S4), S3), S2), S1);
        let t = xx.mul_add(p.mul_add(x, -(0.5 * dx)), dx);
        return x + t;
    }
    let dx = if x <= 0.0 { -dx } else { dx };
    let u = x.abs() + BIG;
    let x = x.abs() - (u - BIG);
    let xx = x * x;
    let s = x + (x * xx).mul_add(xx.mul_add(SN5, SN3), dx);
    let c = x.mul_add(dx, xx * xx.mul_add(xx.mul_add(CS6, CS4), CS2));
    let (sn, ssn, cs, ccs) = table(u);
    let cor = s.mul_add(cs, fnma(c, sn, s.mul_add(ccs, ssn)));
    (sn + cor).copysign(xold)
}

/// x = n*pi/2 + (a + da) for |x| < 105414350; returns (n & 3, a, da).
pub(super) fn reduce_sincos(x: f64) -> (i32, f64, f64) {
    let t = x.mul_add(HPINV, TOINT);
    let xn = t - TOINT;
    let y = fnma(xn, MP2, fnma(xn, MP1, x));
    let n = low_word(t) & 3;
    let t2 = fnma(xn, PP3, y);
    let db = fnma(xn, PP3, y - t2);
    let b = fnma(xn, PP4, t2);
    let db = db + fnma(xn, PP4, t2 - b);
    (n, b, db)
}

fn do_sincos(a: f64, da: f64, n: i32) -> f64 {
    let r = if n & 1 != 0 { do_cos(a, da) } else { do_sin(a, da) };
    if n & 2 != 0 {
        -r
    } else {
        r
    }
}

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// glibc's `sin` (FMA variant).
pub fn sin(x: f64) -> f64 {
    let k = 0x7fff_ffff & high_word(x);
    if k < 0x3e50_0000 {
        x
    } else if k < 0x3feb_6000 {
        do_sin(x, 0.0)
    } else if k < 0x4003_68fd {
        let t = HP0 - x.abs();
        do_cos(t, HP1).copysign(x)
    } else if k < 0x4199_21fb {
        let (n, a, da) = reduce_sincos(x);
        do_sincos(a, da, n)
    } else if k < 0x7ff0_0000 {
        let (n, a, da) = branred(x);
        do_sincos(a, da, n)
    } else {
        x / x
    }
}

/// glibc's `cos` (FMA variant).
pub fn cos(x: f64) -> f64 {
    let k = 0x7fff_ffff & high_word(x);
    if k < 0x3e40_0000 {
        1.0
    } else if k < 0x3feb_6000 {
        do_cos(x, 0.0)
    } else if k < 0x4003_68fd {
        let y = HP0 - x.abs();
        let a = y + HP1;
        let da = (y - a) + HP1;
        do_sin(a, da)
    } else if k < 0x4199_21fb {
        let (n, a, da) = reduce_sincos(x);
        do_sincos(a, da, n + 1)
    } else if k < 0x7ff0_0000 {
        let (n, a, da) = branred(x);
        do_sincos(a, da, n + 1)
    } else {
        x / x
    }
}
