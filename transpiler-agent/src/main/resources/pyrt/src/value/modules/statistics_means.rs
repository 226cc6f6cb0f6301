//! `statistics.geometric_mean` and `harmonic_mean` as CPython 3.12 computes them: the first
//! as `exp(fmean(map(log, data)))`, the second as an exact sum of the rounded reciprocals
//! (`w / x`, with the data's own division) converted once to the data's type; and
//! `median_grouped`, the interpolated median of grouped data.

use super::args::{no_more_kwargs, take_kw};
use super::statistics::{convert, error, sum, Total};
use crate::exc::{PyErr, PyResult};
use crate::value::compare::lt_bool;
use crate::value::iterate::collect;
use crate::value::{ops, Kwargs, Value};

fn data_of(name: &str, mut args: Vec<Value>, kwargs: &mut Kwargs, extra: &str) -> PyResult<Vec<Value>> {
    if let Some(d) = take_kw(kwargs, "data") {
        args.insert(0, d);
    }
    if let Some(w) = take_kw(kwargs, extra) {
        args.push(w);
    }
    no_more_kwargs(name, kwargs)?;
    let max = if extra.is_empty() { 1 } else { 2 };
    super::args::arity(name, &args, 1, max)?;
    Ok(args)
}

pub fn geometric_mean(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let args = data_of("geometric_mean", args, &mut kwargs, "")?;
    let positive = || error("geometric mean requires a non-empty dataset containing positive numbers");
    let mut logs = Vec::new();
    for v in collect(&args[0])? {
        match super::math::log(vec![v]) {
            Ok(l) => logs.push(super::args::to_f64(&l)?),
            Err(e) if e.is_instance("ValueError") => return Err(positive()),
            Err(e) => return Err(e),
        }
    }
    if logs.is_empty() {
        return Err(positive());
    }
    let m = super::math_core::fsum(logs.iter().copied())? / logs.len() as f64;
    let r = crate::libm::exp(m);
    if r.is_infinite() && m.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn is_real(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || super::fractions::is_fraction(v)
        || super::decimal::is_decimal(v)
}

pub fn harmonic_mean(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let args = data_of("harmonic_mean", args, &mut kwargs, "weights")?;
    let negative = || error("harmonic mean does not support negative values");
    let data = collect(&args[0])?;
    let n = data.len();
    let weights = args.get(1).filter(|w| !matches!(w, Value::None));
    if n < 1 {
        return Err(error("harmonic_mean requires at least one data point"));
    }
    if n == 1 && weights.is_none() {
        let x = &data[0];
        if !is_real(x) {
            return Err(PyErr::type_error("unsupported type"));
        }
        if lt_bool(x, &Value::int(0))? {
            return Err(negative());
        }
        return Ok(x.clone());
    }
    let (weights, sum_weights) = match weights {
        None => (vec![Value::int(1); n], Total::Exact(super::rational::Ratio::int(crate::int::Int::from(n as i64)))),
        Some(w) => {
            let w = collect(w)?;
            if w.len() != n {
                return Err(error("Number of weights does not match data size"));
            }
            for x in &w {
                if lt_bool(x, &Value::int(0))? {
                    return Err(negative());
                }
            }
            let (_, total, _) = sum(&w)?;
            (w, total)
        }
    };
    let mut terms = Vec::with_capacity(n);
    for (w, x) in weights.iter().zip(data.iter()) {
        if lt_bool(x, &Value::int(0))? {
            return Err(negative());
        }
        if !ops::truthy(w)? {
            terms.push(Value::int(0));
            continue;
        }
        match ops::truediv(w, x) {
            Ok(t) => terms.push(t),
            Err(e) if e.is_instance("ZeroDivisionError") => return Ok(Value::int(0)),
            Err(e) => return Err(e),
        }
    }
    let (t, total, _) = sum(&terms)?;
    match (sum_weights, total) {
        (Total::Exact(sw), Total::Exact(tot)) => {
            if tot.n.sign() <= 0 {
                return Err(error("Weighted sum must be positive"));
            }
            convert(sw.div(&tot)?, t)
        }
        (sw, tot) => {
            let f = |x: Total| match x {
                Total::Exact(r) => r.to_f64(),
                Total::NonFinite(f) => Ok(f),
            };
            let (sw, tot) = (f(sw)?, f(tot)?);
            if tot <= 0.0 {
                return Err(error("Weighted sum must be positive"));
            }
            Ok(Value::float(sw / tot))
        }
    }
}

/// `median_grouped(data, interval=1.0)`: the median of data grouped in classes of width
/// `interval` centred on the values, interpolated as CPython 3.12 does.
pub fn median_grouped(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let args = data_of("median_grouped", args, &mut kwargs, "interval")?;
    let data = collect(&crate::value::builtins::sorted(vec![args[0].clone()], Kwargs::new())?)?;
    let n = data.len();
    if n == 0 {
        return Err(error("no median for empty data"));
    }
    let x = &data[n / 2];
    let mut i = 0;
    while i < n && lt_bool(&data[i], x)? {
        i += 1;
    }
    let mut j = i;
    while j < n && !lt_bool(x, &data[j])? {
        j += 1;
    }
    let as_float = |v: &Value| -> PyResult<f64> {
        match crate::value::builtins::float(vec![v.clone()], Kwargs::new()) {
            Ok(f) => super::args::to_f64(&f),
            Err(e) if e.is_instance("ValueError") => Err(PyErr::type_error("Value cannot be converted to a float")),
            Err(e) => Err(e),
        }
    };
    let interval = as_float(args.get(1).unwrap_or(&Value::float(1.0)))?;
    let x = as_float(x)?;
    let lower = x - interval / 2.0;
    Ok(Value::float(lower + interval * (n as f64 / 2.0 - i as f64) / (j - i) as f64))
}
