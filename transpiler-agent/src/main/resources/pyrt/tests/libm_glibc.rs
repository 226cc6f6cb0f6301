//! pyrt::libm against the platform libm, bit for bit. Natively on x86_64 Linux, Rust's f64
//! methods call glibc, which is what CPython uses, so every mismatch is a defect of the port.
//! Rust's std computes cbrt, asinh, acosh and atanh itself and has no erf: those are checked
//! against CPython's math module (a python3 child), as is a sample of every function.
//! On another libm (macOS, musl) or a CPU without FMA the comparison means nothing and the
//! tests skip.
//!
//! Each function gets about 2 million deterministic inputs over several ranges; set
//! PYRT_LIBM_SWEEP=N to multiply that by N.

use pyrt::libm;

/// x86_64 glibc on a CPU with FMA and AVX2, where glibc selects the FMA variants that the
/// port reproduces (and that CPython gets on such a machine).
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
fn on_glibc() -> bool {
    let fma = is_x86_feature_detected!("fma") && is_x86_feature_detected!("avx2");
    if !fma {
        eprintln!("this CPU lacks FMA or AVX2, so glibc uses its non-FMA variants here");
    }
    fma
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")))]
fn on_glibc() -> bool {
    false
}

fn scale() -> u64 {
    std::env::var("PYRT_LIBM_SWEEP").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

/// xorshift64*: deterministic, fast, good enough for spreading inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A double with random sign and mantissa and a binary exponent in [lo, hi].
    fn in_exp(&mut self, lo: i32, hi: i32) -> f64 {
        let u = self.next();
        let e = lo + (u % ((hi - lo + 1) as u64)) as i32;
        let m = self.next() & 0x000f_ffff_ffff_ffff;
        let sign = u >> 63 << 63;
        if e < -1022 {
            // Subnormal.
            return f64::from_bits(sign | (m >> ((-1022 - e).min(52) as u32)));
        }
        f64::from_bits(sign | (((e + 1023) as u64) << 52) | m)
    }
}

const SPECIALS: [f64; 14] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    -0.5,
    2.0,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MIN_POSITIVE,
    5e-324,
    f64::MAX,
    f64::MIN,
];

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

struct Report {
    name: &'static str,
    count: u64,
    bad: u64,
    shown: Vec<String>,
}

impl Report {
    fn new(name: &'static str) -> Report {
        Report { name, count: 0, bad: 0, shown: Vec::new() }
    }
    fn check(&mut self, args: &[f64], mine: f64, glibc: f64) {
        self.count += 1;
        if !same(mine, glibc) {
            self.bad += 1;
            if self.shown.len() < 8 {
                let a: Vec<String> =
                    args.iter().map(|x| format!("{:e} ({:#018x})", x, x.to_bits())).collect();
                self.shown.push(format!(
                    "  {}({}) = {:e} ({:#018x}), glibc {:e} ({:#018x})",
                    self.name,
                    a.join(", "),
                    mine,
                    mine.to_bits(),
                    glibc,
                    glibc.to_bits()
                ));
            }
        }
    }
    fn finish(self) -> Result<(), String> {
        if self.bad == 0 {
            return Ok(());
        }
        Err(format!("{}: {} of {} differ\n{}", self.name, self.bad, self.count, self.shown.join("\n")))
    }
}

/// The inputs for a one-argument function: all specials, then ranges of exponents, then
/// values near multiples of `period` (pi/2 for trig) and near `center` (1 for logs).
fn sweep1(
    name: &'static str,
    mine: fn(f64) -> f64,
    glibc: fn(f64) -> f64,
    ranges: &[(i32, i32)],
    period: Option<f64>,
    center: Option<f64>,
) -> Result<(), String> {
    let mut r = Report::new(name);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ name.len() as u64 * 0x1000_0001);
    for &x in SPECIALS.iter() {
        r.check(&[x], mine(x), glibc(x));
    }
    let per = 400_000 * scale();
    for &(lo, hi) in ranges {
        for _ in 0..per {
            let x = rng.in_exp(lo, hi);
            r.check(&[x], mine(x), glibc(x));
        }
    }
    for _ in 0..per / 2 {
        // Any bit pattern: NaNs, infinities, subnormals, huge values.
        let x = f64::from_bits(rng.next());
        r.check(&[x], mine(x), glibc(x));
        let x = (rng.next() as i64 >> 40) as f64 / 1024.0;
        r.check(&[x], mine(x), glibc(x));
    }
    if let Some(p) = period {
        for _ in 0..per {
            let k = (rng.next() % 200_000) as f64 - 100_000.0;
            let off = f64::from_bits(rng.next() % 64) * if rng.next() & 1 == 0 { 1.0 } else { -1.0 };
            let x = k * p;
            let x = f64::from_bits((x.to_bits() as i64 + (rng.next() % 64) as i64 - 32) as u64) + off;
            r.check(&[x], mine(x), glibc(x));
        }
    }
    if let Some(c) = center {
        for _ in 0..per {
            let x = c + rng.in_exp(-60, -1);
            r.check(&[x], mine(x), glibc(x));
        }
    }
    r.finish()
}

fn run(results: Vec<Result<(), String>>) {
    let errors: Vec<String> = results.into_iter().filter_map(|r| r.err()).collect();
    assert!(errors.is_empty(), "mismatches against glibc:\n{}", errors.join("\n"));
}

const WIDE: &[(i32, i32)] = &[(-1074, -1000), (-60, 0), (-5, 12), (0, 1023)];

#[test]
fn exp_family_matches_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    run(vec![
        sweep1("exp", libm::exp, f64::exp, &[(-60, 0), (-3, 9), (9, 10), (0, 1023)], None, None),
        sweep1("exp2", libm::exp2, f64::exp2, &[(-60, 0), (-3, 10), (10, 11), (0, 1023)], None, None),
    ]);
}

#[test]
fn log_family_matches_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    run(vec![
        sweep1("log", libm::log, f64::ln, WIDE, None, Some(1.0)),
        sweep1("log2", libm::log2, f64::log2, WIDE, None, Some(1.0)),
        sweep1("log10", libm::log10, f64::log10, WIDE, None, Some(1.0)),
    ]);
}

#[test]
fn pow_matches_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let mut r = Report::new("pow");
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let check = |r: &mut Report, x: f64, y: f64| r.check(&[x, y], libm::pow(x, y), x.powf(y));
    for &x in SPECIALS.iter() {
        for &y in SPECIALS.iter() {
            check(&mut r, x, y);
        }
        for k in -40..40 {
            check(&mut r, x, k as f64 * 0.5);
        }
    }
    let per = 300_000 * scale();
    for _ in 0..per {
        // Any bits for both.
        check(&mut r, f64::from_bits(rng.next()), f64::from_bits(rng.next()));
        // Moderate x, integer and half-integer y (x ** 2, x ** 0.5, x ** -3).
        let x = rng.in_exp(-30, 30);
        let y = ((rng.next() % 81) as f64 - 40.0) * if rng.next() & 1 == 0 { 1.0 } else { 0.5 };
        check(&mut r, x, y);
        // Moderate x and y.
        let x = rng.in_exp(-8, 8).abs();
        let y = rng.in_exp(-10, 6);
        check(&mut r, x, y);
        // x near 1 with large y; near overflow and underflow.
        let x = 1.0 + rng.in_exp(-50, -3);
        let y = rng.in_exp(0, 60);
        check(&mut r, x, y);
        let x = rng.in_exp(-1074, 1023).abs();
        let l = x.log2();
        let y = (rng.next() % 2200) as f64 / l.abs().max(1.0) * if rng.next() & 1 == 0 { 1.0 } else { -1.0 };
        check(&mut r, x, y);
        // Integer x and y (2 ** 10, 10 ** -5, (-3) ** 7).
        let x = ((rng.next() % 201) as f64) - 100.0;
        let y = ((rng.next() % 161) as f64) - 80.0;
        check(&mut r, x, y);
        // Small integer y on any finite x.
        let x = rng.in_exp(-1074, 1023);
        check(&mut r, x, ((rng.next() % 9) as f64) - 4.0);
    }
    run(vec![r.finish()]);
}

const PI_2: f64 = std::f64::consts::FRAC_PI_2;

#[test]
fn sin_cos_tan_match_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let ranges: &[(i32, i32)] = &[(-30, -1), (-2, 2), (1, 27), (27, 1023)];
    run(vec![
        sweep1("sin", libm::sin, f64::sin, ranges, Some(PI_2), None),
        sweep1("cos", libm::cos, f64::cos, ranges, Some(PI_2), None),
        sweep1("tan", libm::tan, f64::tan, &[(-30, -1), (-5, 5), (4, 27), (27, 1023)], Some(PI_2), None),
    ]);
}

#[test]
fn atan_matches_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    run(vec![sweep1("atan", libm::atan, f64::atan, &[(-30, -4), (-5, 5), (3, 60), (50, 1023)], None, None)]);
}

#[test]
fn atan2_matches_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let mut r = Report::new("atan2");
    let mut rng = Rng(0x5151_2727_9898_0101);
    for &y in SPECIALS.iter() {
        for &x in SPECIALS.iter() {
            r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
        }
    }
    let per = 400_000 * scale();
    for _ in 0..per {
        let (y, x) = (f64::from_bits(rng.next()), f64::from_bits(rng.next()));
        r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
        let (y, x) = (rng.in_exp(-10, 10), rng.in_exp(-10, 10));
        r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
        let (y, x) = (rng.in_exp(-3, 3), rng.in_exp(-3, 3));
        r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
        let (y, x) = (((rng.next() % 201) as f64) - 100.0, ((rng.next() % 201) as f64) - 100.0);
        r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
        let (y, x) = (rng.in_exp(-1074, 1023), rng.in_exp(-1074, 1023));
        r.check(&[y, x], libm::atan2(y, x), y.atan2(x));
    }
    run(vec![r.finish()]);
}

#[test]
fn expm1_log1p_hyperbolic_match_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let near: &[(i32, i32)] = &[(-60, -1), (-3, 3), (2, 6), (5, 11), (0, 1023)];
    run(vec![
        sweep1("expm1", libm::expm1, f64::exp_m1, near, None, None),
        sweep1("log1p", libm::log1p, f64::ln_1p, WIDE, None, Some(-0.5)),
        sweep1("sinh", libm::sinh, f64::sinh, near, None, None),
        sweep1("cosh", libm::cosh, f64::cosh, near, None, None),
        sweep1("tanh", libm::tanh, f64::tanh, near, None, None),
    ]);
}

/// CPython's `math.NAME` over `xs` (glibc's function for arguments in its domain), through
/// a python3 child fed and read as raw little-endian doubles; None when python3 is absent.
/// For the functions that Rust's std computes itself instead of calling libm.
fn cpython_reference(name: &str, xs: &[f64]) -> Option<Vec<f64>> {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let script = format!(
        "import sys, math, array\n\
         a = array.array('d'); a.frombytes(sys.stdin.buffer.read())\n\
         sys.stdout.buffer.write(array.array('d', map(math.{}, a)).tobytes())\n",
        name
    );
    let mut child = Command::new("python3")
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut bytes = Vec::with_capacity(xs.len() * 8);
    for x in xs {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let mut out = Vec::new();
    child.stdout.take()?.read_to_end(&mut out).ok()?;
    writer.join().ok()?.ok()?;
    if !child.wait().ok()?.success() || out.len() != xs.len() * 8 {
        return None;
    }
    Some(out.chunks(8).map(|c| f64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect())
}

/// Like sweep1, against CPython; `domain` keeps the arguments CPython accepts.
fn sweep_cpython(
    name: &'static str,
    mine: fn(f64) -> f64,
    domain: fn(f64) -> bool,
    ranges: &[(i32, i32)],
    center: Option<f64>,
) -> Result<(), String> {
    sweep_cpython_n(name, mine, domain, ranges, center, 500_000 * scale())
}

fn sweep_cpython_n(
    name: &'static str,
    mine: fn(f64) -> f64,
    domain: fn(f64) -> bool,
    ranges: &[(i32, i32)],
    center: Option<f64>,
    per: u64,
) -> Result<(), String> {
    let mut rng = Rng(0x7777_1111_2222_3333 ^ name.len() as u64);
    let mut xs: Vec<f64> = SPECIALS.iter().copied().filter(|&x| domain(x) && !x.is_nan()).collect();
    for &(lo, hi) in ranges {
        for _ in 0..per {
            xs.push(rng.in_exp(lo, hi));
        }
    }
    if let Some(c) = center {
        for _ in 0..per {
            xs.push(c + rng.in_exp(-60, -1));
        }
    }
    xs.retain(|&x| domain(x) && x.is_finite());
    let reference = match cpython_reference(name, &xs) {
        Some(r) => r,
        None => {
            eprintln!("skipped {}: python3 is not available", name);
            return Ok(());
        }
    };
    let mut r = Report::new(name);
    for (x, g) in xs.iter().zip(reference) {
        r.check(&[*x], mine(*x), g);
    }
    r.finish()
}

#[test]
fn inverse_hyperbolic_match_glibc_through_cpython() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    run(vec![
        sweep_cpython("asinh", libm::asinh, |_| true, WIDE, None),
        sweep_cpython("acosh", libm::acosh, |x| x >= 1.0, &[(0, 2), (-1, 30), (28, 1023)], Some(1.0)),
        sweep_cpython("atanh", libm::atanh, |x| x.abs() < 1.0, &[(-60, -1), (-3, -1), (-1, -1)], Some(-1.0)),
    ]);
}

#[test]
fn asin_acos_match_glibc() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let ranges: &[(i32, i32)] = &[(-60, -4), (-4, -1), (-1, -1), (-6, 0), (0, 1023)];
    run(vec![
        sweep1("asin", libm::asin, f64::asin, ranges, None, Some(1.0)),
        sweep1("acos", libm::acos, f64::acos, ranges, None, Some(-1.0)),
    ]);
}

/// Rust's std links its own cbrt (compiler-builtins' port of musl) ahead of glibc's, so
/// cbrt is checked against CPython's math.cbrt, which is glibc's.
#[test]
fn cbrt_matches_glibc_through_cpython() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    run(vec![sweep_cpython("cbrt", libm::cbrt, |_| true, WIDE, Some(1.0))]);
}

#[test]
fn erf_erfc_match_glibc_through_cpython() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let ranges: &[(i32, i32)] = &[(-1074, -1000), (-60, -1), (-3, 3), (2, 5), (0, 1023)];
    run(vec![
        sweep_cpython("erf", libm::erf, |_| true, ranges, None),
        sweep_cpython("erfc", libm::erfc, |_| true, ranges, None),
    ]);
}

/// A smaller sample of every function against CPython itself: the end-to-end reference,
/// which also guards the f64-method references above (should a toolchain stop routing one
/// of them to glibc, as it already does for cbrt, that test fails and this one says why).
#[test]
fn every_function_matches_cpython_sample() {
    if !on_glibc() {
        eprintln!("skipped: the platform libm is not x86_64 glibc with its FMA variants");
        return;
    }
    let r: &[(i32, i32)] = &[(-40, -1), (-3, 3), (2, 9)];
    let per = 15_000;
    run(vec![
        sweep_cpython_n("exp", libm::exp, |x| x < 709.0, r, None, per),
        sweep_cpython_n("exp2", libm::exp2, |x| x < 1023.0, r, None, per),
        sweep_cpython_n("expm1", libm::expm1, |x| x < 709.0, r, None, per),
        sweep_cpython_n("log", libm::log, |x| x > 0.0, WIDE, Some(1.0), per),
        sweep_cpython_n("log2", libm::log2, |x| x > 0.0, WIDE, Some(1.0), per),
        sweep_cpython_n("log10", libm::log10, |x| x > 0.0, WIDE, Some(1.0), per),
        sweep_cpython_n("log1p", libm::log1p, |x| x > -1.0, WIDE, None, per),
        sweep_cpython_n("sin", libm::sin, |x| x.is_finite(), WIDE, None, per),
        sweep_cpython_n("cos", libm::cos, |x| x.is_finite(), WIDE, None, per),
        sweep_cpython_n("tan", libm::tan, |x| x.is_finite(), WIDE, None, per),
        sweep_cpython_n("asin", libm::asin, |x| x.abs() <= 1.0, r, Some(1.0), per),
        sweep_cpython_n("acos", libm::acos, |x| x.abs() <= 1.0, r, Some(-1.0), per),
        sweep_cpython_n("atan", libm::atan, |_| true, WIDE, None, per),
        sweep_cpython_n("sinh", libm::sinh, |x| x.abs() < 709.0, r, None, per),
        sweep_cpython_n("cosh", libm::cosh, |x| x.abs() < 709.0, r, None, per),
        sweep_cpython_n("tanh", libm::tanh, |_| true, r, None, per),
    ]);
}
