//! sinh, cosh, tanh, asinh, acosh, atanh of glibc 2.36 (fdlibm-derived sysdeps/ieee754/
//! dbl-64/e_sinh.c, e_cosh.c, s_tanh.c, s_asinh.c, e_acosh.c, e_atanh.c). None has an FMA
//! variant, so the arithmetic here is plain; the exp, expm1, log and log1p they call are
//! the FMA variants, as in glibc.

use super::expm1_log1p::{expm1, log1p};
use super::{exp, log};

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

const LN2: f64 = 6.93147180559945286227e-01;

/// glibc's `sinh`.
pub fn sinh(x: f64) -> f64 {
    const SHUGE: f64 = 1.0e307;
    let jx = high_word(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3e30_0000 && SHUGE + x > 1.0 {
            return x;
        }
        let t = expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * exp(x.abs());
    }
    let lx = x.to_bits() as u32;
    if ix < 0x4086_33ce || (ix == 0x4086_33ce && lx <= 0x8fb9_f87d) {
        let w = exp(0.5 * x.abs());
        let t = h * w;
        return t * w;
    }
    x * SHUGE
}

/// glibc's `cosh`.
pub fn cosh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x4036_0000 {
        if ix < 0x3fd6_2e43 {
            if ix < 0x3c80_0000 {
                return 1.0;
            }
            let t = expm1(x.abs());
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * exp(x.abs());
    }
    if x.to_bits() & 0x7fff_ffff_ffff_ffff <= 0x4086_33ce_8fb9_f87d {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

/// glibc's `tanh`.
pub fn tanh(x: f64) -> f64 {
    let jx = high_word(x);
    let lx = x.to_bits() as u32 as i32;
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 { 1.0 / x + 1.0 } else { 1.0 / x - 1.0 };
    }
    let z = if ix < 0x4036_0000 {
        if (ix | lx) == 0 {
            return x;
        }
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - 1.0e-300
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}

/// glibc's `asinh`.
pub fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 && 1.0e300 + x > 1.0 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        log(x.abs()) + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            log(2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa))
        } else {
            let t = xa * xa;
            log1p(xa + t / (1.0 + (1.0 + t).sqrt()))
        }
    };
    w.copysign(x)
}

/// glibc's `acosh`.
pub fn acosh(x: f64) -> f64 {
    let hx = x.to_bits() as i64;
    if hx > 0x4000_0000_0000_0000 {
        if hx >= 0x41b0_0000_0000_0000 {
            if hx >= 0x7ff0_0000_0000_0000 {
                return x + x;
            }
            return log(x) + LN2;
        }
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    if hx > 0x3ff0_0000_0000_0000 {
        let t = x - 1.0;
        return log1p(t + (2.0 * t + t * t).sqrt());
    }
    if hx == 0x3ff0_0000_0000_0000 {
        return 0.0;
    }
    (x - x) / (x - x)
}

/// glibc's `atanh`.
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * log1p(t + t * xa / (1.0 - xa))
    } else if xa < 1.0 {
        0.5 * log1p((xa + xa) / (1.0 - xa))
    } else {
        if xa > 1.0 {
            return (x - x) / (x - x);
        }
        return x / 0.0;
    };
    t.copysign(x)
}
