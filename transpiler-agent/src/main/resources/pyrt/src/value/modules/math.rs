//! The `math` module. Error handling follows CPython's `math_1`/`math_2`: a NaN from a
//! non-NaN argument is `ValueError: math domain error`, an infinity from a finite argument
//! `OverflowError: math range error` (or a domain error for the functions that cannot
//! overflow). Transcendental functions call the platform libm, as CPython does.

use super::args::{func, func_kw, module, no_more_kwargs, take_kw, to_f64, to_int};
use super::math_core;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::iterate::iterate;
use crate::value::{Module, Value};

/// `args::arity`, with the `math.name()` spelling CPython uses for one-argument functions.
fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if min == 1 && max == 1 {
        super::args::arity(&format!("math.{}", name), args, min, max)
    } else {
        super::args::arity(name, args, min, max)
    }
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_err() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// CPython's `math_1`: checks a libm result against its argument.
fn checked_1(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::Float(r))
}

fn unary(name: &'static str, f: fn(f64) -> f64, can_overflow: bool) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 1, 1)?;
        let x = to_f64(&args[0])?;
        checked_1(x, f(x), can_overflow)
    })
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            crate::libm::log(x)
        } else {
            f64::NAN // CPython sets EDOM here: a domain error either way.
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        crate::libm::log2(x)
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        crate::libm::log10(x)
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: ints of any size (a huge int is `func(m) + func(2) * e`).
fn loghelper(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::Int(n) = v {
        if n.sign() <= 0 {
            return Err(domain());
        }
        if let Ok(x) = n.to_f64() {
            return Ok(f(x));
        }
        let (m, e) = int_frexp(n);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_f64(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `_PyLong_Frexp` for a positive int: a mantissa in [0.5, 1) (correctly rounded) and e.
fn int_frexp(n: &Int) -> (f64, i64) {
    let bits = n.bit_length() as i64;
    let shift = bits - 64;
    let top = n.shr(&Int::from(shift)).expect("shift");
    let back = top.shl(&Int::from(shift)).expect("shift");
    let mut t = top.to_big().to_u64().expect("64 bits");
    if &back != n {
        t |= 1;
    }
    let m = t as f64 / 18446744073709551616.0;
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

pub(super) fn log(args: Vec<Value>) -> PyResult<Value> {
    arity("log", &args, 1, 2)?;
    let num = loghelper(&args[0], m_log)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(&args[1], m_log)?;
    if den == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn pow(args: Vec<Value>) -> PyResult<Value> {
    arity("pow", &args, 2, 2)?;
    let (x, y) = (to_f64(&args[0])?, to_f64(&args[1])?);
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
    } else {
        r = crate::libm::pow(x, y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(range_err());
        }
    }
    Ok(Value::Float(r))
}

/// `floor`/`ceil`/`trunc`: ints unchanged, floats rounded to an int of any size.
fn rounding(name: &'static str, f: fn(f64) -> f64) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 1, 1)?;
        match &args[0] {
            Value::Int(i) => Ok(Value::Int(i.clone())),
            Value::Bool(b) => Ok(Value::Int(Int::from(*b))),
            Value::Instance(_) => {
                let dunder = format!("__{}__", name);
                match crate::value::class::call_dunder(&args[0], &dunder, vec![])? {
                    Some(v) => Ok(v),
                    None => Ok(Value::Int(Int::from_f64(f(to_f64(&args[0])?))?)),
                }
            }
            v => Ok(Value::Int(Int::from_f64(f(to_f64(v)?))?)),
        }
    })
}

fn float_pair(name: &'static str, f: fn(f64, f64) -> PyResult<f64>) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 2, 2)?;
        Ok(Value::Float(f(to_f64(&args[0])?, to_f64(&args[1])?)?))
    })
}

fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// CPython's `m_remainder`: IEEE 754 remainder, exact (the half-way case rounds to even).
fn remainder(x: f64, y: f64) -> PyResult<f64> {
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

fn ldexp(args: Vec<Value>) -> PyResult<Value> {
    arity("ldexp", &args, 2, 2)?;
    let x = to_f64(&args[0])?;
    let e = match &args[1] {
        Value::Int(_) | Value::Bool(_) => to_int(&args[1])?,
        _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = match e.to_i64() {
        Some(e) => e.max(-100_000).min(100_000),
        None if e.is_negative() => -100_000,
        None => 100_000,
    };
    let r = crate::float::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn int_args(name: &str, args: &[Value]) -> PyResult<Vec<Int>> {
    let _ = name;
    args.iter().map(to_int).collect()
}

/// A non-negative int argument that fits in u64 (`what` names it in the messages).
fn small_nonneg(v: &Value, msg: &str) -> PyResult<Option<u64>> {
    let n = to_int(v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(msg.to_string()));
    }
    Ok(n.to_i64().map(|x| x as u64))
}

fn factorial(args: Vec<Value>) -> PyResult<Value> {
    arity("factorial", &args, 1, 1)?;
    let n = small_nonneg(&args[0], "factorial() not defined for negative values")?
        .ok_or_else(|| PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(Value::Int(math_core::factorial(n)))
}

fn comb(args: Vec<Value>) -> PyResult<Value> {
    arity("comb", &args, 2, 2)?;
    let n = small_nonneg(&args[0], "n must be a non-negative integer")?;
    let k = small_nonneg(&args[1], "k must be a non-negative integer")?;
    match (n, k) {
        (Some(n), Some(k)) => Ok(Value::Int(math_core::comb(n, k))),
        _ => Err(PyErr::overflow_error("min(n - k, k) must not exceed 9223372036854775807")),
    }
}

fn perm(args: Vec<Value>) -> PyResult<Value> {
    arity("perm", &args, 1, 2)?;
    if args.len() == 1 || matches!(args[1], Value::None) {
        return factorial(vec![args[0].clone()]);
    }
    let n = small_nonneg(&args[0], "n must be a non-negative integer")?;
    let k = small_nonneg(&args[1], "k must be a non-negative integer")?;
    match (n, k) {
        (Some(n), Some(k)) => Ok(Value::Int(math_core::perm(n, k))),
        _ => Err(PyErr::overflow_error("k must not exceed 9223372036854775807")),
    }
}

fn isqrt(args: Vec<Value>) -> PyResult<Value> {
    arity("isqrt", &args, 1, 1)?;
    let n = to_int(&args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::Int(math_core::isqrt(&n)))
}

fn fsum(args: Vec<Value>) -> PyResult<Value> {
    arity("fsum", &args, 1, 1)?;
    let mut xs = Vec::new();
    for item in iterate(&args[0])? {
        xs.push(to_f64(&item?)?);
    }
    Ok(Value::Float(math_core::fsum(xs)?))
}

fn floats_of(v: &Value) -> PyResult<Vec<f64>> {
    let mut xs = Vec::new();
    for item in iterate(v)? {
        xs.push(to_f64(&item?)?);
    }
    Ok(xs)
}

fn dist(args: Vec<Value>) -> PyResult<Value> {
    arity("dist", &args, 2, 2)?;
    let (p, q) = (floats_of(&args[0])?, floats_of(&args[1])?);
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(q.iter()).map(|(a, b)| a - b).collect();
    Ok(Value::Float(math_core::hypot(&diffs)))
}

fn prod(mut args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let start = take_kw(&mut kwargs, "start");
    no_more_kwargs("prod", &kwargs)?;
    arity("prod", &args, 1, 1)?;
    let mut acc = start.unwrap_or_else(|| Value::int(1));
    for item in iterate(&args.remove(0))? {
        acc = crate::value::ops::mul(&acc, &item?)?;
    }
    Ok(acc)
}

fn isclose(args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let rel = take_kw(&mut kwargs, "rel_tol").map(|v| to_f64(&v)).transpose()?.unwrap_or(1e-9);
    let abs = take_kw(&mut kwargs, "abs_tol").map(|v| to_f64(&v)).transpose()?.unwrap_or(0.0);
    no_more_kwargs("isclose", &kwargs)?;
    arity("isclose", &args, 2, 2)?;
    let (a, b) = (to_f64(&args[0])?, to_f64(&args[1])?);
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn predicate(name: &'static str, f: fn(f64) -> bool) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 1, 1)?;
        Ok(Value::Bool(f(to_f64(&args[0])?)))
    })
}

fn gamma_fn(name: &'static str, f: fn(f64) -> Result<f64, super::gamma::GammaError>) -> (&'static str, Value) {
    func(name, move |args| {
        arity(name, &args, 1, 1)?;
        match f(to_f64(&args[0])?) {
            Ok(r) => Ok(Value::Float(r)),
            Err(super::gamma::GammaError::Domain) => Err(domain()),
            Err(super::gamma::GammaError::Range) => Err(range_err()),
        }
    })
}

pub fn build() -> Module {
    let pi = std::f64::consts::PI;
    module(
        "math",
        vec![
            ("pi", Value::Float(pi)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            unary("sqrt", f64::sqrt, false),
            unary("exp", crate::libm::exp, true),
            unary("exp2", crate::libm::exp2, true),
            unary("expm1", crate::libm::expm1, true),
            unary("fabs", f64::abs, false),
            unary("sin", crate::libm::sin, false),
            unary("cos", crate::libm::cos, false),
            unary("tan", crate::libm::tan, false),
            unary("asin", crate::libm::asin, false),
            unary("acos", crate::libm::acos, false),
            unary("atan", crate::libm::atan, false),
            unary("sinh", crate::libm::sinh, true),
            unary("cosh", crate::libm::cosh, true),
            unary("tanh", crate::libm::tanh, false),
            unary("asinh", crate::libm::asinh, false),
            unary("acosh", crate::libm::acosh, false),
            unary("atanh", crate::libm::atanh, false),
            unary("cbrt", crate::libm::cbrt, false),
            unary("erf", crate::libm::erf, false),
            unary("erfc", crate::libm::erfc, false),
            unary("log1p", crate::libm::log1p, false),
            func("log", log),
            func("log2", |args| {
                arity("log2", &args, 1, 1)?;
                Ok(Value::Float(loghelper(&args[0], m_log2)?))
            }),
            func("log10", |args| {
                arity("log10", &args, 1, 1)?;
                Ok(Value::Float(loghelper(&args[0], m_log10)?))
            }),
            func("pow", pow),
            rounding("floor", f64::floor),
            rounding("ceil", f64::ceil),
            rounding("trunc", f64::trunc),
            func("isqrt", isqrt),
            func("gcd", |args| {
                let ints = int_args("gcd", &args)?;
                Ok(Value::Int(ints.iter().fold(Int::from(0i64), |a, b| math_core::gcd(&a, b))))
            }),
            func("lcm", |args| {
                let ints = int_args("lcm", &args)?;
                Ok(Value::Int(ints.iter().fold(Int::from(1i64), |a, b| math_core::lcm(&a, b))))
            }),
            func("factorial", factorial),
            func("comb", comb),
            func("perm", perm),
            float_pair("atan2", |y, x| Ok(crate::libm::atan2(y, x))),
            float_pair("copysign", |x, y| Ok(x.copysign(y))),
            float_pair("fmod", fmod),
            float_pair("remainder", remainder),
            func("hypot", |args| {
                let xs: Vec<f64> = args.iter().map(to_f64).collect::<PyResult<_>>()?;
                Ok(Value::Float(math_core::hypot(&xs)))
            }),
            func("dist", dist),
            func("degrees", |args| {
                arity("degrees", &args, 1, 1)?;
                Ok(Value::Float(to_f64(&args[0])? * (180.0 / std::f64::consts::PI)))
            }),
            func("radians", |args| {
                arity("radians", &args, 1, 1)?;
                Ok(Value::Float(to_f64(&args[0])? * (std::f64::consts::PI / 180.0)))
            }),
            func("modf", |args| {
                arity("modf", &args, 1, 1)?;
                let x = to_f64(&args[0])?;
                let (f, i) = if x.is_infinite() {
                    (0.0f64.copysign(x), x)
                } else if x.is_nan() {
                    (x, x)
                } else {
                    ((x - x.trunc()).copysign(x), x.trunc())
                };
                Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
            }),
            func("frexp", |args| {
                arity("frexp", &args, 1, 1)?;
                let (m, e) = math_core::frexp(to_f64(&args[0])?);
                Ok(Value::tuple(vec![Value::Float(m), Value::int(e as i64)]))
            }),
            func("ldexp", ldexp),
            func("fsum", fsum),
            func("sumprod", super::math_sumprod::sumprod),
            func_kw("prod", prod),
            func_kw("isclose", isclose),
            float_pair("nextafter", |x, y| Ok(math_core::nextafter(x, y))),
            func("ulp", |args| {
                arity("ulp", &args, 1, 1)?;
                Ok(Value::Float(math_core::ulp(to_f64(&args[0])?)))
            }),
            gamma_fn("gamma", super::gamma::gamma),
            gamma_fn("lgamma", super::gamma::lgamma),
            predicate("isfinite", f64::is_finite),
            predicate("isinf", f64::is_infinite),
            predicate("isnan", f64::is_nan),
        ],
    )
}
