//! cbrt of glibc 2.36 (sysdeps/ieee754/dbl-64/s_cbrt.c; no FMA variant, plain arithmetic),
//! with exact frexp and ldexp.

const CBRT2: f64 = 1.2599210498948731648;
const SQR_CBRT2: f64 = 1.5874010519681994748;
const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/// x = m * 2^e with 0.5 <= |m| < 1; glibc's frexp gives e = 0 for 0, inf and nan.
pub(super) fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let ex = ((bits >> 52) & 0x7ff) as i32;
    if ex == 0x7ff || x == 0.0 {
        return (x + x, 0);
    }
    if ex == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * 18014398509481984.0);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & 0x800f_ffff_ffff_ffff) | 0x3fe0_0000_0000_0000);
    (m, ex - 1022)
}

/// x * 2^n with a single rounding (glibc's scalbn).
pub(super) fn ldexp(x: f64, n: i32) -> f64 {
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= f64::from_bits(0x7fe0_0000_0000_0000);
        n -= 1023;
        if n > 1023 {
            y *= f64::from_bits(0x7fe0_0000_0000_0000);
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        // Stay normal until the last multiplication, so that only it rounds.
        y *= f64::from_bits(0x0010_0000_0000_0000) * 9007199254740992.0;
        n += 1022 - 53;
        if n < -1022 {
            y *= f64::from_bits(0x0010_0000_0000_0000) * 9007199254740992.0;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// glibc's `cbrt`.
pub fn cbrt(x: f64) -> f64 {
    let (xm, xe) = frexp(x.abs());
    if xe == 0 && (x == 0.0 || !x.is_finite()) {
        return x + x;
    }
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}
