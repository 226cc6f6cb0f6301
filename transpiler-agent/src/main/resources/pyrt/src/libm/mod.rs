//! Double-precision functions that return glibc 2.36's exact bits on every target.
//!
//! CPython takes `math.sin`, `math.exp`, `x ** y`… from the platform libm. Natively that is
//! glibc, but wasm32-wasi links musl's libm, which differs in the last bit for a few percent
//! of arguments. These are ports of glibc 2.36's sysdeps/ieee754/dbl-64 routines, with the
//! same algorithms, tables and operation order. On x86_64 glibc picks, at run time, variants
//! compiled with -mfma for exp, log, pow, sin, cos, tan, atan, atan2, asin, acos, log2,
//! expm1 and log1p; GCC contracted some `a * b + c` there into fused multiply-adds, and each
//! such contraction is a `mul_add` here (read off GCC 12's optimized GIMPLE of those files).
//! `mul_add` is exact everywhere (on wasm it is libc's correctly rounded `fma`).
//! log10, exp2, the hyperbolics, cbrt and erf have no FMA variant: plain arithmetic there.
//! tests/libm_glibc.rs checks every function bit for bit against glibc on millions of inputs
//! (through Rust's f64 methods natively, or through CPython for the functions Rust's std
//! computes itself: cbrt, asinh, acosh, atanh, erf, erfc).

mod asin_acos;
mod asin_acos_data;
mod atan;
mod atan_data;
mod branred;
mod cbrt;
mod erf;
mod exp;
mod exp_data;
mod expm1_log1p;
mod hyperbolic;
mod hypot;
mod log;
mod log2_data;
mod log_data;
mod pow;
mod pow_log_data;
mod sin_cos;
mod sincos_data;
mod tan;
mod tan_data;

pub use asin_acos::{acos, asin};
pub use atan::{atan, atan2};
pub use cbrt::cbrt;
pub use erf::{erf, erfc};
pub use exp::{exp, exp2};
pub use expm1_log1p::{expm1, log1p};
pub use hyperbolic::{acosh, asinh, atanh, cosh, sinh, tanh};
pub use hypot::hypot;
pub use log::{log, log10, log2};
pub use pow::pow;
pub use sin_cos::{cos, sin};
pub use tan::tan;

fn asuint64(x: f64) -> u64 {
    x.to_bits()
}

fn asdouble(u: u64) -> f64 {
    f64::from_bits(u)
}

/// glibc's `__math_oflow`: an overflowing result, ±inf.
fn oflow(negative: bool) -> f64 {
    if negative {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    }
}

/// glibc's `__math_uflow`: an underflowing result, ±0.
fn uflow(negative: bool) -> f64 {
    if negative {
        -0.0
    } else {
        0.0
    }
}

/// glibc's `__math_divzero`: a pole, ±inf.
fn divzero(negative: bool) -> f64 {
    oflow(negative)
}

/// glibc's `__math_invalid`: NaN for an argument outside the domain (NaN stays NaN).
fn invalid(x: f64) -> f64 {
    (x - x) / (x - x)
}
