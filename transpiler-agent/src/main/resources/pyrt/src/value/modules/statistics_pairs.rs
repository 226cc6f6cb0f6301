//! The two-variable functions of CPython 3.12's `statistics`: `covariance`, `correlation`
//! (Pearson's, or Spearman's with `method='ranked'`) and `linear_regression`, centred with
//! `fsum` means and summed with `math.sumprod` as CPython does, so results agree to the bit.

use super::args::{no_more_kwargs, take_kw, to_f64};
use super::math_sumprod::sumprod_of;
use super::statistics::error;
use crate::exc::{PyErr, PyResult};
use crate::value::compare::eq;
use crate::value::iterate::collect;
use crate::value::{ops, Kwargs, Value};

/// Both inputs (which must have a length, as CPython's `len(x)` requires), checked to be
/// equally long with at least two points.
fn pair(name: &str, what: &str, args: &[Value]) -> PyResult<(Vec<Value>, Vec<Value>)> {
    super::args::arity(name, args, 2, 2)?;
    let n = ops::len_of(&args[0])?;
    if ops::len_of(&args[1])? != n {
        return Err(error(&format!("{} requires that both inputs have same number of data points", what)));
    }
    if n < 2 {
        return Err(error(&format!("{} requires at least two data points", what)));
    }
    Ok((collect(&args[0])?, collect(&args[1])?))
}

fn fmean_of(xs: &[Value]) -> PyResult<f64> {
    let floats = xs.iter().map(to_f64).collect::<PyResult<Vec<f64>>>()?;
    Ok(super::math_core::fsum(floats)? / xs.len() as f64)
}

fn centred(xs: &[Value]) -> PyResult<(Vec<Value>, f64)> {
    let bar = fmean_of(xs)?;
    let c = Value::float(bar);
    Ok((xs.iter().map(|x| ops::sub(x, &c)).collect::<PyResult<Vec<Value>>>()?, bar))
}

fn on_zero(r: PyResult<Value>, msg: &str) -> PyResult<Value> {
    r.map_err(|e| if e.is_instance("ZeroDivisionError") { error(msg) } else { e })
}

pub fn covariance(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    no_more_kwargs("covariance", &kwargs)?;
    let (x, y) = pair("covariance", "covariance", &args)?;
    let n = x.len();
    let sxy = sumprod_of(&centred(&x)?.0, &centred(&y)?.0)?;
    ops::truediv(&sxy, &Value::int(n as i64 - 1))
}

/// `_rank(data, start=start)`: ranks from `start`, ties sharing their average rank.
fn rank(data: &[Value], start: f64) -> PyResult<Vec<Value>> {
    let pairs: Vec<Value> = data.iter().enumerate().map(|(i, v)| Value::tuple(vec![v.clone(), Value::int(i as i64)])).collect();
    let sorted = collect(&crate::value::builtins::sorted(vec![Value::list(pairs)], vec![])?)?;
    let split = |p: &Value| -> PyResult<(Value, usize)> {
        let items = collect(p)?;
        Ok((items[0].clone(), super::args::to_usize(&items[1], "position")?))
    };
    let mut result = vec![Value::int(0); data.len()];
    let mut i = start - 1.0;
    let mut at = 0;
    while at < sorted.len() {
        let (first, _) = split(&sorted[at])?;
        let mut end = at + 1;
        while end < sorted.len() && ops::truthy(&eq(&split(&sorted[end])?.0, &first)?)? {
            end += 1;
        }
        let size = (end - at) as f64;
        let r = i + (size + 1.0) / 2.0;
        for p in &sorted[at..end] {
            result[split(p)?.1] = Value::float(r);
        }
        i += size;
        at = end;
    }
    Ok(result)
}

pub fn correlation(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let method = take_kw(&mut kwargs, "method").unwrap_or_else(|| Value::str("linear"));
    no_more_kwargs("correlation", &kwargs)?;
    let (x, y) = pair("correlation", "correlation", &args)?;
    let n = x.len();
    let (x, y) = match &method {
        Value::Str(s) if s.as_str() == "ranked" => {
            let start = (n as f64 - 1.0) / -2.0;
            (rank(&x, start)?, rank(&y, start)?)
        }
        Value::Str(s) if s.as_str() == "linear" => (centred(&x)?.0, centred(&y)?.0),
        other => {
            let shown = crate::value::text::repr_of(other)?;
            return Err(PyErr::value_error(format!("Unknown method: {}", shown)));
        }
    };
    let sxy = sumprod_of(&x, &y)?;
    let sxx = sumprod_of(&x, &x)?;
    let syy = sumprod_of(&y, &y)?;
    let root = to_f64(&ops::mul(&sxx, &syy)?)?.sqrt();
    on_zero(ops::truediv(&sxy, &Value::float(root)), "at least one of the inputs is constant")
}

pub fn linear_regression(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let proportional = match take_kw(&mut kwargs, "proportional") {
        Some(p) => ops::truthy(&p)?,
        None => false,
    };
    no_more_kwargs("linear_regression", &kwargs)?;
    let (x, y) = pair("linear_regression", "linear regression", &args)?;
    let (x, y, bars) = if proportional {
        (x, y, None)
    } else {
        let ((x, xbar), (y, ybar)) = (centred(&x)?, centred(&y)?);
        (x, y, Some((xbar, ybar)))
    };
    let sxy = ops::add(&sumprod_of(&x, &y)?, &Value::float(0.0))?;
    let sxx = sumprod_of(&x, &x)?;
    let slope = on_zero(ops::truediv(&sxy, &sxx), "x is constant")?;
    let intercept = match bars {
        None => Value::float(0.0),
        Some((xbar, ybar)) => ops::sub(&Value::float(ybar), &ops::mul(&slope, &Value::float(xbar))?)?,
    };
    super::collections::make_namedtuple_value("LinearRegression", &["slope", "intercept"], vec![slope, intercept])
}
