//! The `statistics` module of CPython 3.12: averages and spread computed as CPython does —
//! exact sums of the data as fractions, then one conversion to the data's type — so results
//! agree to the last bit (`mean([0.1, 0.2, 0.3])` is `0.2`, not `sum/3`). Data may be ints,
//! bools, floats and `Fraction`s; `median`/`mode`/`quantiles` work on anything comparable,
//! as in CPython, and so may `Decimal`s, except for `stdev`/`pstdev` (refused at run time).
//! `NormalDist` is not provided. The means (and `median_grouped`) of
//! `statistics_means` and the two-variable functions of `statistics_pairs` join them here.

use super::args::{func_kw, module, no_more_kwargs, take_kw, to_i64};
use super::fractions::{fraction, is_fraction, ratio_of};
use super::math_core::fsum;
use super::rational::{float_sqrt_of_frac, Ratio};
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::class::{cached_class, new_class};
use crate::value::exception::{exception_class, exception_instance, raise};
use crate::value::iterate::collect;
use crate::value::{ops, Class, Kwargs, Module, Value};
use std::rc::Rc;

fn statistics_error_class() -> Rc<Class> {
    cached_class("statistics.StatisticsError", || {
        let base = exception_class("ValueError").expect("ValueError is built in");
        let cls = new_class("StatisticsError", "StatisticsError", "statistics", vec![base], None)
            .expect("single inheritance");
        cls.dict.borrow_mut().set_str("__module__", Value::str("statistics"));
        cls
    })
}

pub(super) fn error(msg: &str) -> PyErr {
    raise(exception_instance(&statistics_error_class(), vec![Value::str(msg)]))
}

/// The numeric type results are converted to (`_coerce` of the data's types).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Kind {
    Int,
    Float,
    Fraction,
    Decimal,
}

fn kind_of(v: &Value) -> PyResult<Kind> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(Kind::Int),
        Value::Float(_) => Ok(Kind::Float),
        _ if is_fraction(v) => Ok(Kind::Fraction),
        _ if super::decimal::is_decimal(v) => Ok(Kind::Decimal),
        other => Err(PyErr::type_error(format!("can't convert type '{}' to numerator/denominator", other.type_name()))),
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Int => "int",
        Kind::Float => "float",
        Kind::Fraction => "Fraction",
        Kind::Decimal => "Decimal",
    }
}

fn coerce(t: Kind, s: Kind) -> PyResult<Kind> {
    match (t, s) {
        (t, s) if t == s => Ok(t),
        (Kind::Int, s) => Ok(s),
        (t, Kind::Int) => Ok(t),
        (Kind::Float, Kind::Fraction) | (Kind::Fraction, Kind::Float) => Ok(Kind::Float),
        _ => Err(PyErr::type_error(format!("don't know how to coerce {} and {}", kind_name(t), kind_name(s)))),
    }
}

/// An exact sum, or the float sum of the infinities and NaNs when there are any.
pub(super) enum Total {
    Exact(Ratio),
    NonFinite(f64),
}

/// `_exact_ratio`: a finite value as a fraction, or a non-finite float as itself.
fn exact(v: &Value) -> PyResult<Result<Ratio, f64>> {
    Ok(match v {
        Value::Int(i) => Ok(Ratio::int(i.clone())),
        Value::Bool(b) => Ok(Ratio::int(Int::from(i64::from(*b)))),
        Value::Float(f) if !f.is_finite() => Err(*f),
        Value::Float(f) => Ok(Ratio::from_f64(*f)?),
        _ if super::decimal::is_decimal(v) => {
            let pair = collect(&crate::value::func::call_method(v, "as_integer_ratio", vec![], vec![])?)?;
            Ok(Ratio { n: super::args::to_int(&pair[0])?, d: super::args::to_int(&pair[1])? })
        }
        _ => Ok(ratio_of(v)?),
    })
}

/// `_sum(data)`: the type, the total and the count.
pub(super) fn sum(data: &[Value]) -> PyResult<(Kind, Total, usize)> {
    let mut t = Kind::Int;
    let mut total = Ratio::int(Int::from(0i64));
    let mut non_finite: Option<f64> = None;
    for v in data {
        t = coerce(t, kind_of(v)?)?;
        match exact(v)? {
            Ok(r) => total = total.add(&r),
            Err(f) => non_finite = Some(non_finite.map_or(f, |s| s + f)),
        }
    }
    let total = match non_finite {
        Some(f) => Total::NonFinite(f),
        None => Total::Exact(total),
    };
    Ok((t, total, data.len()))
}

/// `_convert(value, T)`: an int when the data were ints and the value is integral.
pub(super) fn convert(value: Ratio, t: Kind) -> PyResult<Value> {
    match t {
        Kind::Int if value.d == 1i64 => Ok(Value::Int(value.n)),
        Kind::Int | Kind::Float => Ok(Value::float(value.to_f64()?)),
        Kind::Fraction => Ok(fraction(value)),
        // `_convert`: `Decimal(numerator) / Decimal(denominator)` in the current context.
        Kind::Decimal => {
            let class = Value::Class(super::decimal::decimal_class());
            let n = crate::value::func::call(&class, vec![Value::Int(value.n)], vec![])?;
            let d = crate::value::func::call(&class, vec![Value::Int(value.d)], vec![])?;
            ops::truediv(&n, &d)
        }
    }
}

fn total_over(total: Total, n: usize, t: Kind) -> PyResult<Value> {
    match total {
        Total::Exact(r) => convert(r.div(&Ratio::int(Int::from(n as i64)))?, t),
        Total::NonFinite(f) => Ok(Value::float(f / n as f64)),
    }
}

pub(super) fn data_arg(name: &str, args: &[Value]) -> PyResult<Vec<Value>> {
    match args.first() {
        Some(v) => collect(v),
        None => Err(PyErr::type_error(format!("{}() missing 1 required positional argument: 'data'", name))),
    }
}

fn mean(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("mean", &args, 1, 1)?;
    let data = data_arg("mean", &args)?;
    let (t, total, n) = sum(&data)?;
    if n < 1 {
        return Err(error("mean requires at least one data point"));
    }
    total_over(total, n, t)
}

pub(super) fn fmean(mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if let Some(w) = take_kw(&mut kwargs, "weights") {
        args.push(w);
    }
    no_more_kwargs("fmean", &kwargs)?;
    super::args::arity("fmean", &args, 1, 2)?;
    let data = data_arg("fmean", &args)?;
    match args.get(1) {
        None | Some(Value::None) => {
            let floats = data.iter().map(super::args::to_f64).collect::<PyResult<Vec<f64>>>()?;
            let total = fsum(floats.iter().copied())?;
            if floats.is_empty() {
                return Err(error("fmean requires at least one data point"));
            }
            Ok(Value::float(total / floats.len() as f64))
        }
        Some(w) => {
            // CPython 3.12 weighs with `sumprod` (one rounding), not a sum of rounded products.
            let weights = collect(w)?;
            let num = super::math_sumprod::sumprod_of(&data, &weights).map_err(|e| {
                if e.is_instance("ValueError") { error("data and weights must be the same length") } else { e }
            })?;
            let den = fsum(weights.iter().map(super::args::to_f64).collect::<PyResult<Vec<f64>>>()?)?;
            if den == 0.0 {
                return Err(error("sum of weights must be non-zero"));
            }
            ops::truediv(&num, &Value::float(den))
        }
    }
}

fn sorted_data(name: &str, args: &[Value]) -> PyResult<Vec<Value>> {
    super::args::arity(name, args, 1, 1)?;
    let list = crate::value::builtins::sorted(vec![args[0].clone()], vec![])?;
    collect(&list)
}

fn median(args: Vec<Value>) -> PyResult<Value> {
    let data = sorted_data("median", &args)?;
    let n = data.len();
    if n == 0 {
        return Err(error("no median for empty data"));
    }
    if n % 2 == 1 {
        return Ok(data[n / 2].clone());
    }
    ops::truediv(&ops::add(&data[n / 2 - 1], &data[n / 2])?, &Value::int(2))
}

fn median_low(args: Vec<Value>) -> PyResult<Value> {
    let data = sorted_data("median_low", &args)?;
    let n = data.len();
    if n == 0 {
        return Err(error("no median for empty data"));
    }
    Ok(data[if n % 2 == 1 { n / 2 } else { n / 2 - 1 }].clone())
}

fn median_high(args: Vec<Value>) -> PyResult<Value> {
    let data = sorted_data("median_high", &args)?;
    if data.is_empty() {
        return Err(error("no median for empty data"));
    }
    Ok(data[data.len() / 2].clone())
}

/// The distinct values of `data` with their counts, in first-seen order (a `Counter`).
fn counts(data: &[Value]) -> PyResult<Vec<(Value, usize)>> {
    let mut index = crate::value::DictObj::new();
    let mut out: Vec<(Value, usize)> = Vec::new();
    for v in data {
        match index.get(v)? {
            Some(Value::Int(i)) => {
                let at = i.to_i64().unwrap_or(0) as usize;
                out[at].1 += 1;
            }
            _ => {
                index.insert(v.clone(), Value::int(out.len() as i64))?;
                out.push((v.clone(), 1));
            }
        }
    }
    Ok(out)
}

fn mode(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("mode", &args, 1, 1)?;
    let c = counts(&collect(&args[0])?)?;
    let best = c.iter().map(|(_, k)| *k).max().ok_or_else(|| error("no mode for empty data"))?;
    Ok(c.into_iter().find(|(_, k)| *k == best).map(|(v, _)| v).expect("a maximum exists"))
}

fn multimode(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("multimode", &args, 1, 1)?;
    let c = counts(&collect(&args[0])?)?;
    let best = c.iter().map(|(_, k)| *k).max().unwrap_or(0);
    Ok(Value::list(c.into_iter().filter(|(_, k)| *k == best).map(|(v, _)| v).collect()))
}

/// `_ss(data, c)`: the type, the sum of squared deviations and the count.
fn ss(data: &[Value], c: &Value) -> PyResult<(Kind, Total, usize)> {
    if !matches!(c, Value::None) {
        // With a given centre CPython squares the deviations with the data's own arithmetic.
        let squares = data
            .iter()
            .map(|x| {
                let d = ops::sub(x, c)?;
                ops::mul(&d, &d)
            })
            .collect::<PyResult<Vec<Value>>>()?;
        return sum(&squares);
    }
    let mut t = Kind::Int;
    let (mut sx, mut sxx) = (Ratio::int(Int::from(0i64)), Ratio::int(Int::from(0i64)));
    let mut non_finite: Option<f64> = None;
    for v in data {
        t = coerce(t, kind_of(v)?)?;
        match exact(v)? {
            Ok(r) => {
                sx = sx.add(&r);
                sxx = sxx.add(&r.mul(&r));
            }
            Err(f) => non_finite = Some(non_finite.map_or(f, |s| s + f)),
        }
    }
    let n = data.len();
    if let Some(f) = non_finite {
        return Ok((t, Total::NonFinite(f), n));
    }
    if n == 0 {
        return Ok((t, Total::Exact(Ratio::int(Int::from(0i64))), 0));
    }
    let count = Ratio::int(Int::from(n as i64));
    let ssd = count.mul(&sxx).sub(&sx.mul(&sx)).div(&count)?;
    Ok((t, Total::Exact(ssd), n))
}

fn spread_args(name: &str, args: &[Value], kwargs: Kwargs, centre: &str) -> PyResult<(Vec<Value>, Value)> {
    let mut args = args.to_vec();
    let mut kwargs = kwargs;
    if let Some(c) = take_kw(&mut kwargs, centre) {
        args.push(c);
    }
    no_more_kwargs(name, &kwargs)?;
    super::args::arity(name, &args, 1, 2)?;
    Ok((collect(&args[0])?, args.get(1).cloned().unwrap_or(Value::None)))
}

/// `variance`, `pvariance`, `stdev`, `pstdev`: `ddof` is 1 for the sample statistics.
fn spread(name: &'static str, ddof: usize, root: bool, centre: &'static str) -> (&'static str, Value) {
    func_kw(name, move |args, kwargs| {
        let (data, c) = spread_args(name, &args, kwargs, centre)?;
        let (t, total, n) = ss(&data, &c)?;
        if n < 1 + ddof {
            let need = if ddof == 1 { "at least two data points" } else { "at least one data point" };
            return Err(error(&format!("{} requires {}", name, need)));
        }
        let divisor = Ratio::int(Int::from((n - ddof) as i64));
        match total {
            Total::NonFinite(f) => {
                let v = f / (n - ddof) as f64;
                Ok(Value::float(if root { v.sqrt() } else { v }))
            }
            Total::Exact(r) => {
                let m = r.div(&divisor)?;
                if root && t == Kind::Decimal {
                    Err(PyErr::untranslatable(&format!("statistics.{} of Decimal data", name)))
                } else if root {
                    Ok(Value::float(float_sqrt_of_frac(&m.n, &m.d)?))
                } else {
                    convert(m, t)
                }
            }
        }
    })
}

fn quantiles(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let n = take_kw(&mut kwargs, "n").map(|v| to_i64(&v)).transpose()?.unwrap_or(4);
    let method = take_kw(&mut kwargs, "method").unwrap_or_else(|| Value::str("exclusive"));
    no_more_kwargs("quantiles", &kwargs)?;
    super::args::arity("quantiles", &args, 1, 1)?;
    if n < 1 {
        return Err(error("n must be at least 1"));
    }
    let data = sorted_data("quantiles", &args)?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(error("must have at least two data points"));
    }
    let method_name = match &method {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let interpolate = |lo: &Value, hi: &Value, delta: i64| -> PyResult<Value> {
        let a = ops::mul(lo, &Value::int(n - delta))?;
        let b = ops::mul(hi, &Value::int(delta))?;
        ops::truediv(&ops::add(&a, &b)?, &Value::int(n))
    };
    let mut out = Vec::new();
    match method_name.as_str() {
        "inclusive" => {
            let m = ld - 1;
            for i in 1..n {
                let (j, delta) = ((i * m).div_euclid(n), (i * m).rem_euclid(n));
                out.push(interpolate(&data[j as usize], &data[j as usize + 1], delta)?);
            }
        }
        "exclusive" => {
            let m = ld + 1;
            for i in 1..n {
                let j = (i * m).div_euclid(n).clamp(1, ld - 1);
                let delta = i * m - j * n;
                out.push(interpolate(&data[j as usize - 1], &data[j as usize], delta)?);
            }
        }
        _ => {
            let shown = crate::value::text::repr_of(&method)?;
            return Err(PyErr::value_error(format!("Unknown method: {}", shown)));
        }
    }
    Ok(Value::list(out))
}

/// A function of one parameter `data`, which may be passed by keyword as in CPython.
fn data_only(name: &'static str, f: fn(Vec<Value>) -> PyResult<Value>) -> (&'static str, Value) {
    func_kw(name, move |args, kwargs| f(super::args::bind(name, args, kwargs, &["data"])?))
}

pub fn build() -> Module {
    module(
        "statistics",
        vec![
            ("StatisticsError", Value::Class(statistics_error_class())),
            data_only("mean", mean),
            func_kw("fmean", fmean),
            data_only("median", median),
            data_only("median_low", median_low),
            data_only("median_high", median_high),
            data_only("mode", mode),
            data_only("multimode", multimode),
            spread("variance", 1, false, "xbar"),
            spread("pvariance", 0, false, "mu"),
            spread("stdev", 1, true, "xbar"),
            spread("pstdev", 0, true, "mu"),
            func_kw("quantiles", quantiles),
            func_kw("median_grouped", super::statistics_means::median_grouped),
            func_kw("geometric_mean", super::statistics_means::geometric_mean),
            func_kw("harmonic_mean", super::statistics_means::harmonic_mean),
            func_kw("covariance", super::statistics_pairs::covariance),
            func_kw("correlation", super::statistics_pairs::correlation),
            func_kw("linear_regression", super::statistics_pairs::linear_regression),
        ],
    )
}
