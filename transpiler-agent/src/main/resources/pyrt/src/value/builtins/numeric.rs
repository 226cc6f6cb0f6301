//! The numeric builtins: `abs`, `round`, `divmod`, `pow`, `sum` (CPython 3.12's int fast
//! path and Neumaier-compensated float path), `int`, `float`, `hex`/`oct`/`bin`.

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::{class, iterate, ops, Kwargs, Value};

fn dunder(v: &Value, name: &str, a: Vec<Value>) -> PyResult<Option<Value>> {
    if let Value::Instance(_) = v {
        if class::has_dunder(v, name) {
            return class::call_dunder(v, name, a);
        }
    }
    Ok(None)
}

pub fn abs(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("abs", args, &kwargs)?;
    match &v {
        Value::Int(i) => Ok(Value::Int(i.abs())),
        Value::Bool(b) => Ok(Value::Int(Int::from(*b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(re, im) => Ok(Value::Float(crate::value::complex::abs(*re, *im)?)),
        _ => match dunder(&v, "__abs__", vec![])? {
            Some(r) => Ok(r),
            None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", v.type_name()))),
        },
    }
}

/// `round(int, ndigits)` for negative `ndigits`: half to even on the multiple of 10**-n.
pub fn round(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut b = args::bind("round", args, kwargs, &["number", "ndigits"], 1)?;
    let ndigits = b.pop().expect("two slots").filter(|v| !matches!(v, Value::None));
    let number = b.pop().expect("two slots").expect("required");
    match (&number, &ndigits) {
        (Value::Int(_), None) | (Value::Bool(_), None) => Ok(Value::Int(args::index(&number)?)),
        (Value::Int(_), Some(n)) | (Value::Bool(_), Some(n)) => {
            Ok(Value::Int(crate::builtins::round_int(&args::index(&number)?, &args::index(n)?)?))
        }
        (Value::Float(x), None) => Ok(Value::Int(crate::float::round_to_int(*x)?)),
        (Value::Float(x), Some(n)) => {
            Ok(Value::Float(crate::builtins::round_float(*x, &args::index(n)?)?))
        }
        _ => {
            let extra = ndigits.into_iter().collect();
            match dunder(&number, "__round__", extra)? {
                Some(r) => Ok(r),
                None => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", number.type_name()))),
            }
        }
    }
}

fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(i.clone()),
        Value::Bool(b) => Some(Int::from(*b)),
        _ => None,
    }
}

fn as_float(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(i.to_f64()),
        Value::Bool(b) => Some(Ok(if *b { 1.0 } else { 0.0 })),
        _ => None,
    }
}

pub fn divmod(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("divmod", &kwargs)?;
    args::count("divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let (q, r) = x.divmod(&y)?;
        return Ok(Value::tuple(vec![Value::Int(q), Value::Int(r)]));
    }
    let floats = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if floats {
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            let (q, r) = crate::float::divmod(x?, y?)?;
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if let Some(r) = dunder(a, "__divmod__", vec![b.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(r) = dunder(b, "__rdivmod__", vec![a.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.type_name(),
        b.type_name()
    )))
}

pub fn pow(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut b = args::bind("pow", args, kwargs, &["base", "exp", "mod"], 2)?;
    let modulus = b.pop().expect("slot").filter(|v| !matches!(v, Value::None));
    let exp = b.pop().expect("slot").expect("required");
    let base = b.pop().expect("slot").expect("required");
    let m = match modulus {
        None => return ops::pow(&base, &exp),
        Some(m) => m,
    };
    match (as_int(&base), as_int(&exp), as_int(&m)) {
        (Some(x), Some(e), Some(m)) => Ok(Value::Int(x.pow_mod(&e, &m)?)),
        _ if [&base, &exp].iter().any(|v| matches!(v, Value::Complex(..)))
            && [&base, &exp, &m].iter().all(|v| crate::value::complex::operand(v).map_or(false, |o| o.is_some())) =>
        {
            Err(PyErr::value_error("complex modulo"))
        }
        _ => {
            if let Some(r) = dunder(&base, "__pow__", vec![exp.clone(), m.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
    }
}

/// A small int item of `sum`'s fast path (`PyLong_AsLongAndOverflow` without overflow).
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(Int::Small(i)) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `sum(iterable, start)`: CPython 3.12's `builtin_sum_impl`, step for step, so that float
/// results agree to the last bit.
pub fn sum(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let start_kw = args::take(&mut kwargs, "start");
    args::no_more("sum", &kwargs)?;
    if args.is_empty() {
        return Err(PyErr::type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut args = args.into_iter();
    let iterable = args.next().expect("one argument");
    let mut result = args.next().or(start_kw).unwrap_or_else(|| Value::int(0));
    let mut it = iterate::iterate(&iterable)?;
    match &result {
        Value::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    if let Value::Int(Int::Small(start)) = result {
        let mut i_result = start;
        loop {
            let item = match it.next() {
                None => return Ok(Value::int(i_result)),
                Some(item) => item?,
            };
            if let Some(b) = small_int(&item) {
                if let Some(s) = i_result.checked_add(b) {
                    i_result = s;
                    continue;
                }
            }
            result = ops::add(&Value::int(i_result), &item)?;
            break;
        }
    }
    if let Value::Float(start) = result {
        let mut f_result = start;
        let mut c = 0.0f64;
        loop {
            let item = match it.next() {
                None => {
                    if c != 0.0 && c.is_finite() {
                        f_result += c;
                    }
                    return Ok(Value::Float(f_result));
                }
                Some(item) => item?,
            };
            if let Value::Float(x) = item {
                let t = f_result + x;
                if f_result.abs() >= x.abs() {
                    c += (f_result - t) + x;
                } else {
                    c += (x - t) + f_result;
                }
                f_result = t;
                continue;
            }
            if let Some(v) = small_int(&item) {
                f_result += v as f64;
                continue;
            }
            if c != 0.0 && c.is_finite() {
                f_result += c;
            }
            result = ops::add(&Value::Float(f_result), &item)?;
            break;
        }
    }
    for item in it {
        result = ops::add(&result, &item?)?;
    }
    Ok(result)
}

fn int_from_text(text: &str, base: &Value) -> PyResult<Value> {
    let b = args::index(base)?;
    let b = match b.to_i64() {
        Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
        _ => return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0")),
    };
    Ok(Value::Int(Int::parse(text, b)?))
}

fn int_of(x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(i) => Ok(Value::Int(i.clone())),
        Value::Bool(b) => Ok(Value::Int(Int::from(*b))),
        Value::Float(f) => Ok(Value::Int(Int::from_f64(*f)?)),
        Value::Str(s) => Ok(Value::Int(Int::parse(s.as_str(), 10)?)),
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(b);
            Int::parse(&text, 10).map(Value::Int).map_err(|_| {
                PyErr::value_error(format!("invalid literal for int() with base 10: {}", super::convert::bytes_repr(b)))
            })
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = dunder(x, name, vec![])? {
                    return match r {
                        Value::Int(_) | Value::Bool(_) => int_of(&r),
                        other => Err(PyErr::type_error(format!(
                            "{} returned non-int (type {})",
                            name,
                            other.type_name()
                        ))),
                    };
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

pub fn int(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let base_kw = args::take(&mut kwargs, "base");
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for int()", k)));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut args = args.into_iter();
    let x = args.next().map(|x| text_base(x, "__int__"));
    let base = args.next().or(base_kw);
    match (x, base) {
        (None, None) => Ok(Value::int(0)),
        (None, Some(_)) => Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => int_of(&x),
        (Some(Value::Str(s)), Some(b)) => int_from_text(s.as_str(), &b),
        (Some(Value::Bytes(bs)), Some(b)) => int_from_text(&String::from_utf8_lossy(&bs), &b),
        (Some(_), Some(_)) => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
    }
}

/// The text of a `str`/`bytes` subclass instance that does not define `hook` itself, which
/// `int()` and `float()` parse as they parse the built-in.
fn text_base(x: Value, hook: &str) -> Value {
    match crate::value::class::payload::base_of(&x) {
        Some(b @ (Value::Str(_) | Value::Bytes(_))) if !class::has_dunder(&x, hook) => b,
        _ => x,
    }
}

pub fn float(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("float", &kwargs)?;
    args::count("float", args.len(), 0, 1)?;
    let x = match args.into_iter().next() {
        None => return Ok(Value::Float(0.0)),
        Some(x) => text_base(x, "__float__"),
    };
    match &x {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Int(i) => Ok(Value::Float(i.to_f64()?)),
        Value::Bool(b) => Ok(Value::Float(if *b { 1.0 } else { 0.0 })),
        Value::Str(s) => Ok(Value::Float(crate::float::parse_float(s.as_str())?)),
        Value::Bytes(b) => Ok(Value::Float(crate::float::parse_float(&String::from_utf8_lossy(b))?)),
        _ => {
            if let Some(r) = dunder(&x, "__float__", vec![])? {
                return match r {
                    Value::Float(f) => Ok(Value::Float(f)),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        x.type_name(),
                        other.type_name()
                    ))),
                };
            }
            if class::has_dunder(&x, "__index__") {
                return Ok(Value::Float(args::index(&x)?.to_f64()?));
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                x.type_name()
            )))
        }
    }
}

fn radix(name: &str, args: Vec<Value>, kwargs: Kwargs, radix: u32) -> PyResult<Value> {
    let v = args::one(name, args, &kwargs)?;
    Ok(Value::str(&args::index(&v)?.to_prefixed(radix)))
}

pub fn hex(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix("hex", args, kwargs, 16)
}

pub fn oct(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix("oct", args, kwargs, 8)
}

pub fn bin(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    radix("bin", args, kwargs, 2)
}
