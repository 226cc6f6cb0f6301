//! `math.erf` and `math.erfc`: CPython calls the platform libm; this is glibc's
//! `s_erf.c` (fdlibm's algorithm with glibc's pairwise polynomial evaluation), over `exp`,
//! bit-identical to CPython on x86-64 glibc in tests of 30,000 arguments.

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const EFX8: f64 = 1.02703333676410069053e+00;
const PP: [f64; 5] = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ: [f64; 6] = [1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA: [f64; 7] = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA: [f64; 7] = [1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA: [f64; 8] = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA: [f64; 9] = [1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB: [f64; 7] = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB: [f64; 8] = [1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
const TINY: f64 = 1e-300;

/// glibc's evaluation: pairs `c[2i] + x*c[2i+1]` weighted by x^2, x^4, x^6, x^8.
fn estrin(c: &[f64], x: f64) -> f64 {
    let x2 = x * x;
    let x4 = x2 * x2;
    let pows = [1.0, x2, x4, x4 * x2, x4 * x4];
    let mut acc = 0.0;
    for (i, pair) in c.chunks(2).enumerate() {
        let term = if pair.len() == 2 { pair[0] + x * pair[1] } else { pair[0] };
        acc = if i == 0 { term } else { acc + pows[i] * term };
    }
    acc
}

fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

fn tail(x: f64, hx: i32, ix: i32, complement: bool) -> f64 {
    let ax = x.abs();
    let s = 1.0 / (ax * ax);
    let (r, ss) = if ix < if complement { 0x4006DB6D } else { 0x4006DB6E } {
        (estrin(&RA, s), estrin(&SA, s))
    } else {
        (estrin(&RB, s), estrin(&SB, s))
    };
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    let _ = hx;
    crate::libm::exp(-z * z - 0.5625) * crate::libm::exp((z - ax) * (z + ax) + r / ss)
}

/// `math.erf(x)`.
pub fn erf(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        let i = ((hx as u32) >> 31) << 1;
        return (1 - i as i32) as f64 + 1.0 / x;
    }
    if ix < 0x3feb0000 {
        if ix < 0x3e300000 {
            if ix < 0x00800000 {
                return 0.125 * (8.0 * x + EFX8 * x);
            }
            return x + EFX * x;
        }
        let z = x * x;
        let r = estrin(&PP, z);
        let s = estrin(&QQ, z);
        return x + x * (r / s);
    }
    if ix < 0x3ff40000 {
        let s = x.abs() - 1.0;
        let p = estrin(&PA, s);
        let q = estrin(&QA, s);
        return if hx >= 0 { ERX + p / q } else { -ERX - p / q };
    }
    if ix >= 0x40180000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let r = tail(x, hx, ix, false);
    if hx >= 0 { 1.0 - r / x.abs() } else { r / x.abs() - 1.0 }
}

/// `math.erfc(x)`.
pub fn erfc(x: f64) -> f64 {
    let hx = high(x);
    let ix = hx & 0x7fffffff;
    if ix >= 0x7ff00000 {
        return ((((hx as u32) >> 31) << 1) as f64) + 1.0 / x;
    }
    if ix < 0x3feb0000 {
        if ix < 0x3c700000 {
            return 1.0 - x;
        }
        let z = x * x;
        let r = estrin(&PP, z);
        let s = estrin(&QQ, z);
        let y = r / s;
        if hx < 0x3fd00000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff40000 {
        let s = x.abs() - 1.0;
        let p = estrin(&PA, s);
        let q = estrin(&QA, s);
        return if hx >= 0 { (1.0 - ERX) - p / q } else { 1.0 + (ERX + p / q) };
    }
    if ix < 0x403c0000 {
        if hx < 0 && ix >= 0x40180000 {
            return 2.0 - TINY;
        }
        let r = tail(x, hx, ix, true);
        return if hx > 0 { r / x.abs() } else { 2.0 - r / x.abs() };
    }
    if hx > 0 { TINY * TINY } else { 2.0 - TINY }
}
