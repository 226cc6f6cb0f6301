//! Prints a hash of pyrt::libm's results per function over a deterministic sample, built
//! both natively and for wasm32-wasi by scripts/libm-wasm-check.sh, which requires the two
//! outputs to be equal. The "std" lines count, for information, how often Rust's own f64
//! methods (glibc natively, musl's libm on wasm32-wasi) differ from the port.
#![forbid(unsafe_code)]
#[path = "../transpiler-agent/src/main/resources/pyrt/src/libm/mod.rs"]
#[allow(dead_code)]
mod libm;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn arg(&mut self) -> f64 {
        let u = self.next();
        match u % 4 {
            0 => f64::from_bits(self.next()),
            1 => f64::from_bits((self.next() & 0x800f_ffff_ffff_ffff) | ((1023 - 30 + (u >> 8) % 40) << 52)),
            2 => ((self.next() as i64) >> 40) as f64 / 1024.0,
            _ => (((u >> 8) % 2000) as f64 - 1000.0) * std::f64::consts::FRAC_PI_2
                + ((self.next() % 64) as f64 - 32.0) * 1e-17,
        }
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(20000);
    let one: [(&str, fn(f64) -> f64); 23] = [
        ("exp", libm::exp), ("exp2", libm::exp2), ("expm1", libm::expm1), ("log", libm::log),
        ("log2", libm::log2), ("log10", libm::log10), ("log1p", libm::log1p), ("sin", libm::sin),
        ("cos", libm::cos), ("tan", libm::tan), ("asin", libm::asin), ("acos", libm::acos),
        ("atan", libm::atan), ("sinh", libm::sinh), ("cosh", libm::cosh), ("tanh", libm::tanh),
        ("asinh", libm::asinh), ("acosh", libm::acosh), ("atanh", libm::atanh), ("cbrt", libm::cbrt),
        ("erf", libm::erf), ("erfc", libm::erfc), ("exp_small", |x| libm::exp(x / 1e3)),
    ];
    let mut rng = Rng(0x1234_5678_9abc_def0);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mix = |name: &str, v: f64, h: &mut u64| {
        let b = if v.is_nan() { 0x7ff8_0000_0000_0000 } else { v.to_bits() };
        *h = (*h ^ b).wrapping_mul(0x100_0000_01b3);
        let _ = name;
    };
    for (name, f) in one.iter() {
        let mut hf: u64 = 0xcbf2_9ce4_8422_2325;
        for _ in 0..n {
            let x = rng.arg();
            mix(name, f(x), &mut hf);
        }
        println!("{} {:016x}", name, hf);
        h ^= hf;
    }
    let mut hp: u64 = 0xcbf2_9ce4_8422_2325;
    let mut ha: u64 = 0xcbf2_9ce4_8422_2325;
    for _ in 0..n {
        let (x, y) = (rng.arg(), rng.arg());
        mix("pow", libm::pow(x, y), &mut hp);
        mix("pow", libm::pow(x.abs() % 100.0, (y % 40.0).round() / 2.0), &mut hp);
        mix("atan2", libm::atan2(x, y), &mut ha);
    }
    println!("pow {:016x}\natan2 {:016x}\nall {:016x}", hp, ha, h ^ hp ^ ha);
    let std_fns: [(&str, fn(f64) -> f64, fn(f64) -> f64); 6] = [
        ("sin", libm::sin, f64::sin), ("cos", libm::cos, f64::cos), ("tan", libm::tan, f64::tan),
        ("exp", libm::exp, f64::exp), ("log10", libm::log10, f64::log10), ("atan", libm::atan, f64::atan),
    ];
    for (name, port, std_fn) in std_fns.iter() {
        let differ = (0..n).map(|_| rng.arg()).filter(|&x| {
            let (a, b) = (port(x), std_fn(x));
            a.to_bits() != b.to_bits() && !(a.is_nan() && b.is_nan())
        }).count();
        eprintln!("std {} differs from the port on {} of {}", name, differ, n);
    }
}
