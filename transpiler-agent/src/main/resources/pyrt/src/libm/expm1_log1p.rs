//! expm1 and log1p of glibc 2.36 (fdlibm-derived sysdeps/ieee754/dbl-64/s_expm1.c,
//! s_log1p.c), x86_64 FMA variants (s_expm1-fma.c, s_log1p-fma.c, which Debian's 2.36
//! carries from the release branch). Each `mul_add` is a contraction GCC 12 made there.

fn fnma(a: f64, b: f64, c: f64) -> f64 {
    (-a).mul_add(b, c)
}

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// x with its high 32 bits replaced by `hi`.
fn with_high_word(x: f64, hi: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xffff_ffff) | ((hi as u64) << 32))
}

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;

/// glibc's `expm1` (FMA variant): exp(x) - 1 without cancellation.
pub fn expm1(x: f64) -> f64 {
    const O_THRESHOLD: f64 = 7.09782712893383973096e+02;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    let mut hx = high_word(x);
    let negative = hx & 0x8000_0000 != 0;
    hx &= 0x7fff_ffff;
    if hx >= 0x4043_687a {
        // |x| >= 56*ln2
        if hx >= 0x4086_2e42 {
            if hx >= 0x7ff0_0000 {
                if x.is_nan() {
                    return x + x;
                }
                return if negative { -1.0 } else { x };
            }
            if x > O_THRESHOLD {
                return f64::INFINITY;
            }
        }
        if negative {
            return -1.0;
        }
    }
    let (x, c, k) = if hx > 0x3fd6_2e42 {
        // |x| > 0.5 ln2: argument reduction.
        let (hi, lo, k) = if hx < 0x3ff0_a2b2 {
            if negative {
                (x + LN2_HI, -LN2_LO, -1)
            } else {
                (x - LN2_HI, LN2_LO, 1)
            }
        } else {
            let k = ((INVLN2 * x) + if negative { -0.5 } else { 0.5 }) as i32;
            let t = k as f64;
            (fnma(t, LN2_HI, x), t * LN2_LO, k)
        };
        let xr = hi - lo;
        (xr, (hi - xr) - lo, k)
    } else if hx < 0x3c90_0000 {
        // |x| < 2^-54
        return x;
    } else {
        (x, 0.0, 0)
    };
    let hfx = x * 0.5;
    let hxs = x * hfx;
    let r1 = hxs.mul_add(Q1, 1.0);
    let h2 = hxs * hxs;
    let r2 = hxs.mul_add(Q3, Q2);
    let h4 = h2 * h2;
    let r3 = hxs.mul_add(Q5, Q4);
    let r1 = h4.mul_add(r3, h2.mul_add(r2, r1));
    let t = fnma(hfx, r1, 3.0);
    let e = ((r1 - t) / fnma(x, t, 6.0)) * hxs;
    if k == 0 {
        return x - x.mul_add(e, -hxs);
    }
    let e = (e - c).mul_add(x, -c);
    let e = e - hxs;
    if k == -1 {
        return (x - e).mul_add(0.5, -0.5);
    }
    if k == 1 {
        if x < -0.25 {
            return (e - (x + 0.5)) * -2.0;
        }
        return (x - e).mul_add(2.0, 1.0);
    }
    let shift = (k << 20) as u32;
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        let y = with_high_word(y, high_word(y).wrapping_add(shift));
        return y - 1.0;
    }
    if k < 20 {
        let t = with_high_word(1.0, (0x3ff0_0000 - (0x0020_0000 >> k)) as u32);
        let y = t - (e - x);
        with_high_word(y, high_word(y).wrapping_add(shift))
    } else {
        let t = with_high_word(1.0, ((0x3ff - k) << 20) as u32);
        let y = (x - (e + t)) + 1.0;
        with_high_word(y, high_word(y).wrapping_add(shift))
    }
}

/// glibc's `log1p` (FMA variant): log(1 + x) without cancellation.
pub fn log1p(x: f64) -> f64 {
    const LP1: f64 = 6.666666666666735130e-01;
    const LP2: f64 = 3.999999999940941908e-01;
    const LP3: f64 = 2.857142874366239149e-01;
    const LP4: f64 = 2.222219843214978396e-01;
    const LP5: f64 = 1.818357216161805012e-01;
    const LP6: f64 = 1.531383769920937332e-01;
    const LP7: f64 = 1.479819860511658591e-01;
    let hx = high_word(x) as i32;
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let mut f = 0.0;
    let mut hu = 0;
    if hx < 0x3fda_827a {
        // x < 0.41422
        if ax >= 0x3ff0_0000 {
            // x <= -1.0
            if x == -1.0 {
                return f64::NEG_INFINITY;
            }
            return (x - x) / (x - x);
        }
        if ax < 0x3e20_0000 {
            // |x| < 2^-29
            if ax < 0x3c90_0000 {
                return x;
            }
            return fnma(x * x, 0.5, x);
        }
        if hx > 0 || hx <= 0xbfd2_bec3u32 as i32 {
            // -0.2929 < x < 0.41422
            k = 0;
            f = x;
            hu = 1;
        }
    } else if hx >= 0x7ff0_0000 {
        return x + x;
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = high_word(u) as i32;
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = high_word(u) as i32;
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        if hu < 0x6a09e {
            u = with_high_word(u, (hu | 0x3ff0_0000) as u32);
        } else {
            k += 1;
            u = with_high_word(u, (hu | 0x3fe0_0000) as u32);
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = (f * 0.5) * f;
    if hu == 0 {
        // |f| < 2^-20
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            let kd = k as f64;
            return kd.mul_add(LN2_HI, kd.mul_add(LN2_LO, c));
        }
        let r = fnma(f, 0.66666666666666666, 1.0) * hfsq;
        if k == 0 {
            return f - r;
        }
        let kd = k as f64;
        return kd.mul_add(LN2_HI, -((r - kd.mul_add(LN2_LO, c)) - f));
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let z2 = z * z;
    let r2 = z.mul_add(LP3, LP2);
    let z4 = z2 * z2;
    let r3 = z.mul_add(LP5, LP4);
    let z6 = z2 * z4;
    let r4 = z.mul_add(LP7, LP6);
    let r = z6.mul_add(r4, z4.mul_add(r3, z.mul_add(LP1, z2 * r2)));
    let sr = s * (r + hfsq);
    if k == 0 {
        return f - (hfsq - sr);
    }
    let kd = k as f64;
    kd.mul_add(LN2_HI, -((hfsq - (kd.mul_add(LN2_LO, c) + sr)) - f))
}
