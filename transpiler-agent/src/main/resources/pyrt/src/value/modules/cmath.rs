//! The `cmath` module: argument conversion (`PyComplex_AsCComplex`: a complex, an object
//! with `__complex__`, else a real number), the `math domain error` / `math range error`
//! that CPython's wrappers raise from `errno`, and the constants. The functions are in
//! `cmath_fns.rs`.

use super::args::{arity, func, func_kw, module, no_more_kwargs, take_kw, to_f64};
use super::cmath_fns::{self as f, Fault, C};
use crate::exc::{PyErr, PyResult};
use crate::value::{class, Module, Value};

/// `PyComplex_AsCComplex`.
fn complex_arg(v: &Value) -> PyResult<C> {
    match v {
        Value::Complex(re, im) => Ok((*re, *im)),
        Value::Instance(_) if class::has_dunder(v, "__complex__") => {
            match class::call_dunder(v, "__complex__", vec![])? {
                Some(Value::Complex(re, im)) => Ok((re, im)),
                Some(other) => Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    other.type_name()
                ))),
                None => Ok((to_f64(v)?, 0.0)),
            }
        }
        _ => Ok((to_f64(v)?, 0.0)),
    }
}

fn result(r: Result<C, Fault>) -> PyResult<Value> {
    match r {
        Ok((re, im)) => Ok(Value::Complex(re, im)),
        Err(Fault::Domain) => Err(PyErr::value_error("math domain error")),
        Err(Fault::Range) => Err(PyErr::overflow_error("math range error")),
    }
}

/// A one-argument function; `special` says whether CPython answers non-finite arguments
/// from a table (refused here, see `cmath_fns::finite`).
fn unary(name: &'static str, special: bool, g: fn(C) -> Result<C, Fault>) -> (&'static str, Value) {
    func(name, move |args| {
        arity(&format!("cmath.{}", name), &args, 1, 1)?;
        let z = complex_arg(&args[0])?;
        if special {
            f::finite(name, z)?;
        }
        result(g(z))
    })
}

fn pred(name: &'static str, test: fn(C) -> bool) -> (&'static str, Value) {
    func(name, move |args| {
        arity(&format!("cmath.{}", name), &args, 1, 1)?;
        Ok(Value::Bool(test(complex_arg(&args[0])?)))
    })
}

fn log(args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("log expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("log expected at most 2 arguments, got {}", args.len())));
    }
    let x = complex_arg(&args[0])?;
    f::finite("log", x)?;
    let mut fault = None;
    let mut r = f::log(x).unwrap_or_else(|e| {
        fault = Some(e);
        (f64::NEG_INFINITY, crate::libm::atan2(x.1, x.0))
    });
    if let Some(base) = args.get(1) {
        let y = complex_arg(base)?;
        f::finite("log", y)?;
        let ly = f::log(y).unwrap_or_else(|e| {
            fault = Some(e);
            (f64::NEG_INFINITY, crate::libm::atan2(y.1, y.0))
        });
        match crate::value::complex::div(r, ly) {
            Ok(q) => r = q,
            Err(_) => fault = Some(Fault::Domain),
        }
    }
    result(match fault {
        Some(e) => Err(e),
        None => Ok(r),
    })
}

fn abs_checked(z: C) -> PyResult<f64> {
    crate::value::complex::abs(z.0, z.1).map_err(|_| PyErr::overflow_error("math range error"))
}

fn isclose(args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let mut args = args;
    for name in ["a", "b"] {
        if let Some(v) = take_kw(&mut kwargs, name) {
            args.push(v);
        }
    }
    let rel = take_kw(&mut kwargs, "rel_tol").map(|v| to_f64(&v)).transpose()?.unwrap_or(1e-9);
    let abs_tol = take_kw(&mut kwargs, "abs_tol").map(|v| to_f64(&v)).transpose()?.unwrap_or(0.0);
    no_more_kwargs("isclose", &kwargs)?;
    if args.len() < 2 {
        let which = if args.is_empty() { "'a' (pos 1)" } else { "'b' (pos 2)" };
        return Err(PyErr::type_error(format!("isclose() missing required argument {}", which)));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let (a, b) = (complex_arg(&args[0])?, complex_arg(&args[1])?);
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::TRUE);
    }
    if [a.0, a.1, b.0, b.1].iter().any(|x| x.is_infinite()) {
        return Ok(Value::FALSE);
    }
    let diff = crate::libm::hypot(a.0 - b.0, a.1 - b.1);
    let (ma, mb) = (crate::libm::hypot(a.0, a.1), crate::libm::hypot(b.0, b.1));
    Ok(Value::Bool(diff <= rel * mb || diff <= rel * ma || diff <= abs_tol))
}

pub fn build() -> Module {
    use std::f64::consts::{E, PI, TAU};
    module(
        "cmath",
        vec![
            ("pi", Value::Float(PI)),
            ("e", Value::Float(E)),
            ("tau", Value::Float(TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            ("infj", Value::Complex(0.0, f64::INFINITY)),
            ("nanj", Value::Complex(0.0, f64::NAN)),
            unary("sqrt", true, |z| Ok(f::sqrt(z))),
            unary("exp", true, f::exp),
            func("log", log),
            unary("log10", true, f::log10),
            unary("sin", true, f::sin),
            unary("cos", true, f::cos),
            unary("tan", true, |z| Ok(f::tan(z))),
            unary("asin", true, |z| Ok(f::asin(z))),
            unary("acos", true, |z| Ok(f::acos(z))),
            unary("atan", true, f::atan),
            unary("sinh", true, f::sinh),
            unary("cosh", true, f::cosh),
            unary("tanh", true, |z| Ok(f::tanh(z))),
            unary("asinh", true, |z| Ok(f::asinh(z))),
            unary("acosh", true, |z| Ok(f::acosh(z))),
            unary("atanh", true, f::atanh),
            func("phase", |args| {
                arity("cmath.phase", &args, 1, 1)?;
                let z = complex_arg(&args[0])?;
                Ok(Value::Float(crate::libm::atan2(z.1, z.0)))
            }),
            func("polar", |args| {
                arity("cmath.polar", &args, 1, 1)?;
                let z = complex_arg(&args[0])?;
                let phi = crate::libm::atan2(z.1, z.0);
                Ok(Value::tuple(vec![Value::Float(abs_checked(z)?), Value::Float(phi)]))
            }),
            func("rect", |args| {
                arity("rect", &args, 2, 2)?;
                let (r, phi) = (to_f64(&args[0])?, to_f64(&args[1])?);
                f::finite("rect", (r, phi))?;
                let (re, im) = f::rect(r, phi);
                Ok(Value::Complex(re, im))
            }),
            func_kw("isclose", isclose),
            pred("isfinite", |z| z.0.is_finite() && z.1.is_finite()),
            pred("isinf", |z| z.0.is_infinite() || z.1.is_infinite()),
            pred("isnan", |z| z.0.is_nan() || z.1.is_nan()),
        ],
    )
}
