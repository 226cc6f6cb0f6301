//! Methods of `tuple` (index, count), `int` (bit_length, bit_count, to_bytes,
//! as_integer_ratio, conjugate, is_integer), `float` (is_integer, hex, as_integer_ratio,
//! conjugate) and `range` (index, count); `bytes` methods are in `bytes_methods`.

use super::str_search::bounds;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::builtins::args;
use crate::value::{compare, iterate, text, Kwargs, RangeObj, Value};
use std::rc::Rc;

pub const TUPLE_NAMES: &[&str] = &["index", "count"];
pub const RANGE_NAMES: &[&str] = &["index", "count"];
pub const INT_NAMES: &[&str] =
    &["bit_length", "bit_count", "to_bytes", "from_bytes", "as_integer_ratio", "conjugate", "is_integer"];
pub const FLOAT_NAMES: &[&str] = &["is_integer", "hex", "fromhex", "as_integer_ratio", "conjugate"];

pub fn tuple_call(t: &Rc<Vec<Value>>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !TUPLE_NAMES.contains(&name) {
        return None;
    }
    Some(args::no_kwargs(&format!("tuple.{}", name), &kwargs).and_then(|_| tuple_method(t, name, a)))
}

fn tuple_method(t: &Rc<Vec<Value>>, name: &str, a: Vec<Value>) -> PyResult<Value> {
    if name == "count" {
        if a.len() != 1 {
            return Err(PyErr::type_error(format!("tuple.count() takes exactly one argument ({} given)", a.len())));
        }
        let mut n = 0;
        for item in t.iter() {
            if compare::is(item, &a[0]) || compare::eq_bool(item, &a[0])? {
                n += 1;
            }
        }
        return Ok(Value::int(n));
    }
    args::count("index", a.len(), 1, 3)?;
    let (st, en) = bounds(t.len(), a.get(1), a.get(2))?;
    let mut i = st;
    while i < en.min(t.len() as i64) {
        let item = &t[i as usize];
        if compare::is(item, &a[0]) || compare::eq_bool(item, &a[0])? {
            return Ok(Value::int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

pub fn int_call(i: &Int, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !INT_NAMES.contains(&name) {
        return None;
    }
    let r = match name {
        "to_bytes" => to_bytes(i, a, kwargs),
        "from_bytes" => from_bytes(a, kwargs),
        _ => args::no_kwargs(&format!("int.{}", name), &kwargs).and_then(|_| {
            if !a.is_empty() {
                return Err(PyErr::type_error(format!("int.{}() takes no arguments ({} given)", name, a.len())));
            }
            Ok(match name {
                "bit_length" => Value::int(i.bit_length() as i64),
                "bit_count" => Value::int(i.abs().to_string_radix(2).bytes().filter(|&b| b == b'1').count() as i64),
                "as_integer_ratio" => Value::tuple(vec![Value::Int(i.clone()), Value::int(1)]),
                "is_integer" => Value::TRUE,
                _ => Value::Int(i.clone()),
            })
        }),
    };
    Some(r)
}

fn to_bytes(i: &Int, a: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let signed = match args::take(&mut kwargs, "signed") {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => false,
    };
    let b = args::bind("to_bytes", a, kwargs, &["length", "byteorder"], 0)?;
    let length = match &b[0] {
        Some(v) => args::index_i64(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = match &b[1] {
        None => false,
        Some(Value::Str(s)) if s.as_str() == "big" => false,
        Some(Value::Str(s)) if s.as_str() == "little" => true,
        Some(Value::Str(_)) => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                other.type_name()
            )))
        }
    };
    if i.is_negative() && !signed {
        return Err(PyErr::overflow_error("can't convert negative int to unsigned"));
    }
    // Two's complement over `length` bytes: value mod 256**length, then a range check.
    let bits = Int::from(8 * length);
    let modulus = Int::from(1i64).shl(&bits)?;
    let v = i.modulo(&modulus)?;
    let fits = if signed {
        let half = Int::from(1i64).shl(&Int::from(8 * length - 1).max(Int::from(0i64)))?;
        length > 0 && *i >= half.neg() && *i < half || (length == 0 && i.is_zero())
    } else {
        *i < modulus
    };
    if !fits {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let hex = v.to_string_radix(16);
    let hex = format!("{:0>width$}", hex, width = (2 * length) as usize);
    let mut out: Vec<u8> = (0..length as usize)
        .map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).unwrap_or(0))
        .collect();
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(out)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn from_bytes(a: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let signed = match args::take(&mut kwargs, "signed") {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => false,
    };
    let b = args::bind("from_bytes", a, kwargs, &["bytes", "byteorder"], 1)?;
    let mut data: Vec<u8> = match &b[0] {
        Some(Value::Bytes(bs)) => bs.as_ref().clone(),
        Some(other) => {
            let mut out = Vec::new();
            for item in iterate::iterate(other)? {
                let n = args::index_i64(&item?)?;
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
        None => vec![],
    };
    match &b[1] {
        None => {}
        Some(Value::Str(s)) if s.as_str() == "big" => {}
        Some(Value::Str(s)) if s.as_str() == "little" => data.reverse(),
        Some(_) => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    }
    if data.is_empty() {
        return Ok(Value::int(0));
    }
    let hex: String = data.iter().map(|x| format!("{:02x}", x)).collect();
    let mut v = Int::parse(&hex, 16)?;
    if signed && data[0] >= 0x80 {
        v = v.sub(&Int::from(1i64).shl(&Int::from(8 * data.len() as i64))?);
    }
    Ok(Value::Int(v))
}

/// `float.fromhex(s)`.
pub fn fromhex(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let (neg, body, special) = crate::float::sign_and_special(text.trim());
    if let Some(v) = special {
        return Ok(v);
    }
    let lower = body.to_ascii_lowercase();
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().map_err(|_| invalid())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut m: u128 = 0;
    let mut e = exp;
    let mut sticky = false;
    for (k, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = c.to_digit(16).ok_or_else(invalid)? as u128;
        let in_frac = k >= int_part.len();
        if m >> 120 == 0 {
            m = m * 16 + d;
            if in_frac {
                e -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_frac {
                e += 4;
            }
        }
    }
    if sticky {
        m |= 1;
    }
    let v = crate::float::ldexp(m as f64, e);
    if v.is_infinite() {
        return Err(PyErr::overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(if neg { -v } else { v })
}

/// `float.as_integer_ratio()`.
fn float_ratio(x: f64) -> PyResult<Value> {
    let r = crate::value::modules::rational::Ratio::from_f64(x)?;
    Ok(Value::tuple(vec![Value::Int(r.n), Value::Int(r.d)]))
}

pub fn float_call(x: f64, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !FLOAT_NAMES.contains(&name) {
        return None;
    }
    if let Err(e) = args::no_kwargs(&format!("float.{}", name), &kwargs) {
        return Some(Err(e));
    }
    if name == "fromhex" {
        return Some(match a.first() {
            Some(Value::Str(t)) if a.len() == 1 => fromhex(t.as_str()).map(Value::Float),
            _ => Err(PyErr::type_error("float.fromhex() takes exactly one str argument")),
        });
    }
    if !a.is_empty() {
        return Some(Err(PyErr::type_error(format!("float.{}() takes no arguments ({} given)", name, a.len()))));
    }
    Some(match name {
        "is_integer" => Ok(Value::Bool(crate::float::is_integer(x))),
        "hex" => Ok(Value::str(&crate::float::float_to_hex(x))),
        "as_integer_ratio" => float_ratio(x),
        _ => Ok(Value::Float(x)),
    })
}

/// The position of `x` in the range, for an int `x`.
fn range_position(r: &RangeObj, x: &Int) -> PyResult<Option<Int>> {
    let offset = x.sub(&r.start);
    let (q, rem) = offset.divmod(&r.step)?;
    if !rem.is_zero() || q.is_negative() {
        return Ok(None);
    }
    let inside = if r.step.is_negative() { *x > r.stop } else { *x < r.stop };
    Ok(if inside { Some(q) } else { None })
}

pub fn range_call(r: &Rc<RangeObj>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !RANGE_NAMES.contains(&name) {
        return None;
    }
    Some(args::no_kwargs(&format!("range.{}", name), &kwargs).and_then(|_| range_method(r, name, a)))
}

fn range_method(r: &Rc<RangeObj>, name: &str, a: Vec<Value>) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("range.{}() takes exactly one argument ({} given)", name, a.len())));
    }
    let pos = match &a[0] {
        Value::Int(x) => range_position(r, x)?,
        Value::Bool(b) => range_position(r, &Int::from(*b))?,
        other => {
            // Anything else compares item by item, as CPython's sequence search does.
            let (mut found, mut count) = (None, 0);
            for (k, item) in iterate::iterate(&Value::Range(r.clone()))?.enumerate() {
                if compare::eq_bool(&item?, other)? {
                    count += 1;
                    if found.is_none() {
                        found = Some(Int::from(k));
                    }
                }
            }
            if name == "count" {
                return Ok(Value::int(count));
            }
            found
        }
    };
    match (name, pos) {
        ("count", p) => Ok(Value::int(p.is_some() as i64)),
        (_, Some(p)) => Ok(Value::Int(p)),
        (_, None) => Err(PyErr::value_error(format!("{} is not in range", text::repr_of(&a[0])?))),
    }
}
