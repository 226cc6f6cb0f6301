//! The functions of CPython 3.12's Modules/cmathmodule.c on finite arguments, with its
//! operation order and glibc's libm (`crate::libm`), so results are CPython's bits. A
//! non-finite argument of a function that CPython answers from its special-value tables
//! stops the program (`NotImplementedError`) rather than risk a different answer.

use crate::exc::{PyErr, PyResult};
use crate::libm;

pub type C = (f64, f64);

/// CPython's `errno` after a cmath function: EDOM or ERANGE.
pub enum Fault {
    Domain,
    Range,
}

pub type Out = Result<C, Fault>;

const LN2: f64 = std::f64::consts::LN_2;
const E: f64 = std::f64::consts::E;
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn log_large_double() -> f64 {
    libm::log(LARGE_DOUBLE)
}

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn ldexp(x: f64, e: i32) -> f64 {
    crate::float::ldexp(x, e as i64)
}

/// `SPECIAL_VALUE`: the tables are not ported, so a non-finite argument is refused.
pub fn finite(name: &str, z: C) -> PyResult<()> {
    if z.0.is_finite() && z.1.is_finite() {
        Ok(())
    } else {
        Err(PyErr::untranslatable(&format!(
            "cmath.{} of a complex with an infinite or NaN part",
            name
        )))
    }
}

fn overflow_check(r: C) -> Out {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(Fault::Range)
    } else {
        Ok(r)
    }
}

pub fn sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + libm::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

pub fn exp(z: C) -> Out {
    let r = if z.0 > log_large_double() {
        let l = libm::exp(z.0 - 1.0);
        (l * libm::cos(z.1) * E, l * libm::sin(z.1) * E)
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    overflow_check(r)
}

/// `c_log`.
pub fn log(z: C) -> Out {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(libm::hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return Err(Fault::Domain);
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    Ok((re, libm::atan2(z.1, z.0)))
}

pub fn log10(z: C) -> Out {
    let r = log(z)?;
    Ok((r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10))
}

pub fn cosh(z: C) -> Out {
    let r = if z.0.abs() > log_large_double() {
        let x = z.0 - 1f64.copysign(z.0);
        (libm::cos(z.1) * libm::cosh(x) * E, libm::sin(z.1) * libm::sinh(x) * E)
    } else {
        (libm::cos(z.1) * libm::cosh(z.0), libm::sin(z.1) * libm::sinh(z.0))
    };
    overflow_check(r)
}

pub fn sinh(z: C) -> Out {
    let r = if z.0.abs() > log_large_double() {
        let x = z.0 - 1f64.copysign(z.0);
        (libm::cos(z.1) * libm::sinh(x) * E, libm::sin(z.1) * libm::cosh(x) * E)
    } else {
        (libm::cos(z.1) * libm::sinh(z.0), libm::sin(z.1) * libm::cosh(z.0))
    };
    overflow_check(r)
}

pub fn tanh(z: C) -> C {
    if z.0.abs() > log_large_double() {
        (1f64.copysign(z.0), 4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs()))
    } else {
        let tx = libm::tanh(z.0);
        let ty = libm::tan(z.1);
        let cx = 1.0 / libm::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

/// `f(i*z)/i` shapes: cos, sin and tan from cosh, sinh and tanh.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

fn div_i(s: C) -> C {
    (s.1, -s.0)
}

pub fn cos(z: C) -> Out {
    cosh(times_i(z))
}

pub fn sin(z: C) -> Out {
    sinh(times_i(z)).map(div_i)
}

pub fn tan(z: C) -> C {
    div_i(tanh(times_i(z)))
}

fn large(z: C) -> bool {
    z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE
}

pub fn asinh(z: C) -> C {
    if large(z) {
        let l = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 { l.copysign(z.0) } else { -l.copysign(-z.0) };
        (re, libm::atan2(z.1, z.0.abs()))
    } else {
        let s1 = sqrt((1.0 + z.1, -z.0));
        let s2 = sqrt((1.0 - z.1, z.0));
        (libm::asinh(s1.0 * s2.1 - s2.0 * s1.1), libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1))
    }
}

pub fn asin(z: C) -> C {
    div_i(asinh(times_i(z)))
}

pub fn acos(z: C) -> C {
    if large(z) {
        let re = libm::atan2(z.1.abs(), z.0);
        let l = libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let im = if z.0 < 0.0 { -l.copysign(z.1) } else { l.copysign(-z.1) };
        (re, im)
    } else {
        let s1 = sqrt((1.0 - z.0, -z.1));
        let s2 = sqrt((1.0 + z.0, z.1));
        (2.0 * libm::atan2(s1.0, s2.0), libm::asinh(s2.0 * s1.1 - s2.1 * s1.0))
    }
}

pub fn acosh(z: C) -> C {
    if large(z) {
        (libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0, libm::atan2(z.1, z.0))
    } else {
        let s1 = sqrt((z.0 - 1.0, z.1));
        let s2 = sqrt((z.0 + 1.0, z.1));
        (libm::asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * libm::atan2(s1.1, s2.0))
    }
}

pub fn atanh(z: C) -> Out {
    if z.0 < 0.0 {
        return atanh((-z.0, -z.1)).map(|r| (-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = libm::hypot(z.0 / 2.0, z.1 / 2.0);
        Ok((z.0 / 4.0 / h / h, -(std::f64::consts::PI / 2.0).copysign(-z.1)))
    } else if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            Err(Fault::Domain)
        } else {
            Ok((
                -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()),
                (libm::atan2(2.0, -ay) / 2.0).copysign(z.1),
            ))
        }
    } else {
        Ok((
            libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
            -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ))
    }
}

pub fn atan(z: C) -> Out {
    atanh(times_i(z)).map(div_i)
}

/// `rect(r, phi)` for finite arguments.
pub fn rect(r: f64, phi: f64) -> C {
    if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    }
}
