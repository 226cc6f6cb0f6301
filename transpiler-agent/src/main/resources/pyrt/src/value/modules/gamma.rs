//! `math.gamma` and `math.lgamma`: CPython's own Lanczos implementations (`m_tgamma`,
//! `m_lgamma` in mathmodule.c), ported step for step over the platform's `exp`/`pow`/`log`.

/// Why a gamma computation failed, as CPython's `errno` says it.
pub enum GammaError {
    Domain,
    Range,
}

const PI: f64 = 3.141592653589793238462643383279502884197;
const LOGPI: f64 = 1.144729885849400174143427351353058711647;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
    32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/// `sin(pi * x)`, accurate near integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => crate::libm::sin(PI * y),
        1 => crate::libm::cos(PI * (y - 0.5)),
        2 => crate::libm::sin(PI * (1.0 - y)),
        3 => -crate::libm::cos(PI * (y - 1.5)),
        _ => crate::libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(GammaError::Domain);
    }
    if x == 0.0 {
        return Err(GammaError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(GammaError::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(GammaError::Range) } else { Ok(r) };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(GammaError::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * crate::libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= crate::libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = crate::libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / crate::libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= crate::libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = crate::libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`.
pub fn lgamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(GammaError::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-crate::libm::log(absx));
    }
    let mut r = crate::libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (crate::libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - crate::libm::log(sinpi(absx).abs()) - crate::libm::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}
