//! `datetime.timedelta`: a whole number of microseconds, normalised to days, seconds and
//! microseconds as CPython does; float arguments and factors are rounded half to even from
//! their exact values.

use super::args::take_kw;
use super::datetime_::{attr_i64, US_PER_DAY, US_PER_SECOND};
use super::fractions::{is_fraction, ratio_of};
use super::objs::{instance, is_a, method, method_kw, runtime_class};
use super::rational::Ratio;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

const MAX_DAYS: i128 = 999_999_999;

pub fn timedelta_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "timedelta", vec![], members);
    if cls.dict.borrow().get_str("max").is_none() {
        let mut d = cls.dict.borrow_mut();
        d.set_str("__tp_name__", Value::str("datetime.timedelta"));
        d.set_str("min", make(&cls, -MAX_DAYS * US_PER_DAY));
        d.set_str("max", make(&cls, (MAX_DAYS + 1) * US_PER_DAY - 1));
        d.set_str("resolution", make(&cls, 1));
    }
    cls
}

fn make(cls: &Rc<Class>, us: i128) -> Value {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    instance(
        cls,
        vec![
            ("days", Value::int(days as i64)),
            ("seconds", Value::int((rest / US_PER_SECOND) as i64)),
            ("microseconds", Value::int((rest % US_PER_SECOND) as i64)),
        ],
    )
}

/// A `timedelta` of `us` microseconds; OverflowError past ±999999999 days.
pub fn timedelta(us: i128) -> PyResult<Value> {
    let days = us.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DAYS {
        return Err(PyErr::overflow_error(format!("days={}; must have magnitude <= 999999999", days)));
    }
    Ok(make(&timedelta_class(), us))
}

pub fn is_timedelta(v: &Value) -> bool {
    is_a(v, "datetime", "timedelta")
}

/// The microseconds of a timedelta value.
pub fn micros(v: &Value) -> PyResult<i128> {
    let d = attr_i64(v, "days")? as i128;
    let s = attr_i64(v, "seconds")? as i128;
    let u = attr_i64(v, "microseconds")? as i128;
    Ok(d * US_PER_DAY + s * US_PER_SECOND + u)
}

fn micros_opt(v: &Value) -> PyResult<Option<i128>> {
    if is_timedelta(v) {
        Ok(Some(micros(v)?))
    } else {
        Ok(None)
    }
}

fn to_i128(i: &Int) -> PyResult<i128> {
    i.to_string().parse::<i128>().map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))
}

/// `round(r)` half to even, as an i128.
fn round_even(r: &Ratio) -> PyResult<i128> {
    to_i128(&r.round_even())
}

fn init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    const NAMES: [&str; 7] = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    const FACTORS: [i128; 7] =
        [US_PER_DAY, US_PER_SECOND, 1, 1000, 60 * US_PER_SECOND, 3600 * US_PER_SECOND, 7 * US_PER_DAY];
    if args.len() > 7 {
        return Err(PyErr::type_error(format!("__new__() takes at most 7 arguments ({} given)", args.len())));
    }
    let mut values: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    values.resize(7, None);
    for (i, name) in NAMES.iter().enumerate() {
        if let Some(v) = take_kw(&mut kwargs, name) {
            values[i] = Some(v);
        }
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for __new__()", k)));
    }
    let mut total = Ratio::int(Int::from(0i64));
    for (i, v) in values.iter().enumerate() {
        let v = match v {
            Some(v) => v,
            None => continue,
        };
        let r = match v {
            Value::Int(n) => Ratio::int(n.clone()),
            Value::Bool(b) => Ratio::int(Int::from(i64::from(*b))),
            Value::Float(f) if f.is_finite() => Ratio::from_f64(*f)?,
            Value::Float(f) => {
                return Err(if f.is_nan() {
                    PyErr::value_error("cannot convert float NaN to integer")
                } else {
                    PyErr::overflow_error("cannot convert float infinity to integer")
                })
            }
            _ if is_fraction(v) => ratio_of(v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "unsupported type for timedelta {} component: {}",
                    NAMES[i],
                    other.type_name()
                )))
            }
        };
        total = total.add(&r.mul(&Ratio::int(Int::from(FACTORS[i] as i64))));
    }
    let us = round_even(&total)?;
    let days = us.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DAYS {
        return Err(PyErr::overflow_error(format!("days={}; must have magnitude <= 999999999", days)));
    }
    if let Value::Instance(i) = this {
        let rest = us.rem_euclid(US_PER_DAY);
        let mut d = i.dict.borrow_mut();
        d.set_str("days", Value::int(days as i64));
        d.set_str("seconds", Value::int((rest / US_PER_SECOND) as i64));
        d.set_str("microseconds", Value::int((rest % US_PER_SECOND) as i64));
    }
    Ok(Value::None)
}

fn repr(this: &Value) -> PyResult<Value> {
    let (d, s, u) = (attr_i64(this, "days")?, attr_i64(this, "seconds")?, attr_i64(this, "microseconds")?);
    let mut parts = Vec::new();
    if d != 0 {
        parts.push(format!("days={}", d));
    }
    if s != 0 {
        parts.push(format!("seconds={}", s));
    }
    if u != 0 {
        parts.push(format!("microseconds={}", u));
    }
    if parts.is_empty() {
        parts.push("0".to_string());
    }
    Ok(Value::str(&format!("datetime.timedelta({})", parts.join(", "))))
}

pub fn delta_str(us: i128) -> String {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    let (secs, micro) = (rest / US_PER_SECOND, rest % US_PER_SECOND);
    let mut s = format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    if days != 0 {
        s = format!("{} day{}, {}", days, if days.abs() != 1 { "s" } else { "" }, s);
    }
    if micro != 0 {
        s.push_str(&format!(".{:06}", micro));
    }
    s
}

fn other(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

/// `us * r` rounded half to even.
fn scale(us: i128, r: &Ratio) -> PyResult<Value> {
    timedelta(round_even(&Ratio::int(Int::parse(&us.to_string(), 10)?).mul(r))?)
}

fn mul(this: &Value, args: &[Value]) -> PyResult<Value> {
    let us = micros(this)?;
    match other(args) {
        Value::Int(n) => timedelta(us.checked_mul(to_i128(&n)?).ok_or_else(|| PyErr::overflow_error("date value out of range"))?),
        Value::Bool(b) => timedelta(if b { us } else { 0 }),
        Value::Float(f) => scale(us, &Ratio::from_f64(f)?),
        _ => Ok(Value::NotImplemented),
    }
}

fn truediv(this: &Value, args: &[Value]) -> PyResult<Value> {
    let us = micros(this)?;
    let o = other(args);
    if let Some(v) = micros_opt(&o)? {
        if v == 0 {
            return Err(PyErr::zero_division("division by zero"));
        }
        return Ok(Value::float(Int::parse(&us.to_string(), 10)?.truediv(&Int::parse(&v.to_string(), 10)?)?));
    }
    let r = match &o {
        Value::Int(n) => Ratio::int(n.clone()),
        Value::Bool(b) => Ratio::int(Int::from(i64::from(*b))),
        Value::Float(f) => Ratio::from_f64(*f)?,
        _ => return Ok(Value::NotImplemented),
    };
    if r.is_zero() {
        return Err(PyErr::zero_division(if matches!(o, Value::Float(_)) { "float division by zero" } else { "integer division or modulo by zero" }));
    }
    scale(us, &Ratio::int(Int::from(1i64)).div(&r)?)
}

fn floordiv(this: &Value, args: &[Value]) -> PyResult<Value> {
    let us = micros(this)?;
    let o = other(args);
    if let Some(v) = micros_opt(&o)? {
        if v == 0 {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        return big(floor_div(us, v));
    }
    match o {
        Value::Int(n) => {
            let n = to_i128(&n)?;
            if n == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            timedelta(floor_div(us, n))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn modulo(this: &Value, args: &[Value]) -> PyResult<Value> {
    let us = micros(this)?;
    match micros_opt(&other(args))? {
        Some(0) => Err(PyErr::zero_division("integer modulo by zero")),
        Some(v) => timedelta(us - floor_div(us, v) * v),
        None => Ok(Value::NotImplemented),
    }
}

fn divmod(this: &Value, args: &[Value]) -> PyResult<Value> {
    let us = micros(this)?;
    match micros_opt(&other(args))? {
        Some(0) => Err(PyErr::zero_division("integer division or modulo by zero")),
        Some(v) => {
            let q = floor_div(us, v);
            Ok(Value::tuple(vec![big(q)?, timedelta(us - q * v)?]))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn add_sub(this: &Value, args: &[Value], sign: i128, reflected: bool) -> PyResult<Value> {
    let us = micros(this)?;
    match micros_opt(&other(args))? {
        Some(v) if reflected => timedelta(v + sign * us),
        Some(v) => timedelta(us + sign * v),
        None => Ok(Value::NotImplemented),
    }
}

fn cmp(this: &Value, args: &[Value], test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let us = micros(this)?;
    Ok(match micros_opt(&other(args))? {
        Some(v) => Value::Bool(test(us.cmp(&v))),
        None => Value::NotImplemented,
    })
}

/// An int of any size from an i128.
pub fn big(v: i128) -> PyResult<Value> {
    Ok(Value::Int(Int::parse(&v.to_string(), 10)?))
}

fn members() -> Vec<(&'static str, Value)> {
    use std::cmp::Ordering::*;
    vec![
        method_kw("__init__", init),
        method("__repr__", |t, _, _| repr(t)),
        method("__str__", |t, _, _| Ok(Value::str(&delta_str(micros(t)?)))),
        method("__add__", |t, a, _| add_sub(t, &a, 1, false)),
        method("__radd__", |t, a, _| add_sub(t, &a, 1, true)),
        method("__sub__", |t, a, _| add_sub(t, &a, -1, false)),
        method("__rsub__", |t, a, _| add_sub(t, &a, -1, true)),
        method("__mul__", |t, a, _| mul(t, &a)),
        method("__rmul__", |t, a, _| mul(t, &a)),
        method("__truediv__", |t, a, _| truediv(t, &a)),
        method("__floordiv__", |t, a, _| floordiv(t, &a)),
        method("__mod__", |t, a, _| modulo(t, &a)),
        method("__divmod__", |t, a, _| divmod(t, &a)),
        method("__neg__", |t, _, _| timedelta(-micros(t)?)),
        method("__pos__", |t, _, _| timedelta(micros(t)?)),
        method("__abs__", |t, _, _| timedelta(micros(t)?.abs())),
        method("__bool__", |t, _, _| Ok(Value::Bool(micros(t)? != 0))),
        method("__eq__", |t, a, _| cmp(t, &a, |o| o == Equal)),
        method("__ne__", |t, a, _| cmp(t, &a, |o| o != Equal)),
        method("__lt__", |t, a, _| cmp(t, &a, |o| o == Less)),
        method("__le__", |t, a, _| cmp(t, &a, |o| o != Greater)),
        method("__gt__", |t, a, _| cmp(t, &a, |o| o == Greater)),
        method("__ge__", |t, a, _| cmp(t, &a, |o| o != Less)),
        method("__hash__", |t, _, _| {
            let us = micros(t)?;
            Ok(Value::int(crate::value::hash::hash_value(&Value::tuple(vec![Value::str("timedelta"), Value::int(us as i64)]))?))
        }),
        method("total_seconds", |t, _, _| {
            let us = micros(t)?;
            Ok(Value::float(Int::parse(&us.to_string(), 10)?.truediv(&Int::from(1_000_000i64))?))
        }),
        method("__copy__", |t, _, _| Ok(t.clone())),
        method("__deepcopy__", |t, _, _| Ok(t.clone())),
        method("__reduce__", |t, _, _| {
            let args = Value::tuple(vec![Value::int(attr_i64(t, "days")?), Value::int(attr_i64(t, "seconds")?), Value::int(attr_i64(t, "microseconds")?)]);
            Ok(Value::tuple(vec![Value::Class(timedelta_class()), args]))
        }),
    ]
}

