//! The conversion builtins: `str`, `repr`, `ascii`, `format`, `bool`, `list`, `tuple`,
//! `dict`, `set`, `frozenset`, `bytes`, `ord`, `chr`, `hash`, `slice`.

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::{hash as vhash, iterate, ops, text, Kwargs, SetObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `repr(b)` of a bytes value.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    crate::value::text::write_bytes_repr(b, &mut out);
    out
}

/// Decodes UTF-8 bytes as `bytes.decode()` does (strict errors).
pub fn decode_utf8(b: &[u8]) -> PyResult<Str> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(Str::from(s)),
        Err(_) => crate::value::methods::codec::decode(b, crate::value::methods::codec::Codec::Utf8, "strict")
            .map(|s| Str::from(s.as_str())),
    }
}

pub fn str(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut b = args::bind("str", args, kwargs, &["object", "encoding", "errors"], 0)?;
    let errors = b.pop().expect("slot");
    let encoding = b.pop().expect("slot");
    let object = b.pop().expect("slot");
    if encoding.is_none() && errors.is_none() {
        return match object {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::Str(text::str_of(&v)?)),
        };
    }
    if let Some(e) = &encoding {
        args::str_arg(e, "str() argument 'encoding' must be str, not ")?;
    }
    let decode = |b: &[u8]| crate::value::methods::bytes_methods::decode_as(b, encoding.as_ref(), errors.as_ref(), "str() argument");
    match object {
        None => Ok(Value::str("")),
        Some(Value::Bytes(bs)) => decode(&bs),
        Some(Value::Str(_)) => Err(PyErr::type_error("decoding str is not supported")),
        Some(other) if crate::value::modules::bytearray::data_of(&other).is_some() => {
            decode(&crate::value::modules::bytearray::data_of(&other).unwrap_or_default())
        }
        Some(other) => Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            other.type_name()
        ))),
    }
}

pub fn repr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("repr", args, &kwargs)?;
    Ok(Value::Str(text::repr_of(&v)?))
}

/// `ascii(v)`: the repr with every non-ASCII code point escaped.
pub fn ascii(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("ascii", args, &kwargs)?;
    let r = text::repr_of(&v)?;
    Ok(Value::str(&ascii_escape(r.as_str())))
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{:02x}", u));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{:04x}", u));
        } else {
            out.push_str(&format!("\\U{:08x}", u));
        }
    }
    out
}

pub fn format(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("format", &kwargs)?;
    args::count("format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        None => Str::from(""),
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::Str(text::format_value(&args[0], spec.as_str())?))
}

pub fn bool(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("bool", &kwargs)?;
    args::count("bool", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(Value::FALSE),
        Some(v) => Ok(Value::Bool(ops::truthy(v)?)),
    }
}

fn one_iterable(name: &str, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Option<Value>> {
    args::no_kwargs(name, kwargs)?;
    args::count(name, args.len(), 0, 1)?;
    Ok(args.into_iter().next())
}

pub fn list(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match one_iterable("list", args, &kwargs)? {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(iterate::collect(&v)?)),
    }
}

pub fn tuple(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match one_iterable("tuple", args, &kwargs)? {
        None => Ok(Value::tuple(vec![])),
        Some(t @ Value::Tuple(_)) => Ok(t),
        Some(v) => Ok(Value::tuple(iterate::collect(&v)?)),
    }
}

pub fn set(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match one_iterable("set", args, &kwargs)? {
        None => Value::set(vec![]),
        Some(v) => Value::set(iterate::collect(&v)?),
    }
}

pub fn frozenset(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let items = match one_iterable("frozenset", args, &kwargs)? {
        None => vec![],
        Some(f @ Value::FrozenSet(_)) => return Ok(f),
        Some(v) => iterate::collect(&v)?,
    };
    let mut s = SetObj::new();
    for item in items {
        s.add(item)?;
    }
    Ok(Value::FrozenSet(Rc::new(s)))
}

pub fn dict(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", args.len())));
    }
    let d = Rc::new(RefCell::new(crate::value::DictObj::new()));
    crate::value::methods::dict_methods::update_from(&d, args.into_iter().next(), kwargs)?;
    Ok(Value::Dict(d))
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding)`.
pub fn bytes(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let b = args::bind("bytes", args, kwargs, &["source", "encoding", "errors"], 0)?;
    Ok(Value::Bytes(Rc::new(bytes_from(b[0].as_ref(), b[1].as_ref(), b[2].as_ref(), "bytes")?)))
}

/// What `bytes(source, encoding, errors)` and `bytearray(…)` hold (`what` names the type in the
/// range error: `bytes must be …` / `byte must be …`, as CPython words each).
pub fn bytes_from(source: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>, what: &str) -> PyResult<Vec<u8>> {
    if let Some(Value::Str(s)) = source {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        // The codec named, not always UTF-8: `bytes("é", "latin-1")` is `b'\xe9'`.
        let mut a = vec![encoding.cloned().unwrap_or(Value::None)];
        a.extend(errors.cloned());
        return match crate::value::methods::call(&Value::Str(s.clone()), "encode", a, vec![])? {
            Value::Bytes(bs) => Ok(bs.as_ref().clone()),
            _ => Err(PyErr::type_error("encoder did not return a bytes object")),
        };
    }
    if source.is_some() && (encoding.is_some() || errors.is_some()) {
        return Err(PyErr::type_error(if encoding.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
    }
    Ok(match source {
        None => vec![],
        Some(Value::Bytes(bs)) => bs.as_ref().clone(),
        Some(v @ Value::Int(_)) | Some(v @ Value::Bool(_)) => {
            let n = args::index_i64(v)?;
            if n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            vec![0; n as usize]
        }
        Some(v) => {
            if let Some(data) = crate::value::modules::bytearray::data_of(v) {
                return Ok(data);
            }
            let mut out = Vec::new();
            for item in iterate::iterate(v)? {
                let item = item?;
                let n = args::index(&item)?;
                match n.to_i64() {
                    Some(x) if (0..256).contains(&x) => out.push(x as u8),
                    _ => return Err(PyErr::value_error(format!("{} must be in range(0, 256)", what))),
                }
            }
            out
        }
    })
}

pub fn ord(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("ord", args, &kwargs)?;
    match &v {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::int(b[0] as i64)),
        Value::Bytes(b) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

pub fn chr(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("chr", args, &kwargs)?;
    let i = args::index(&v)?;
    let n = match i.to_i64() {
        Some(n) => n,
        None => return Err(PyErr::overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&n) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::Str(Str::from(c.to_string()))),
        // Lone surrogates cannot live in a Rust string.
        None => Err(PyErr::untranslatable("chr() of a surrogate code point")),
    }
}

pub fn hash(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let v = args::one("hash", args, &kwargs)?;
    Ok(Value::int(vhash::hash_value(&v)?))
}

pub fn slice(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("slice", &kwargs)?;
    args::count("slice", args.len(), 1, 3)?;
    let mut a = args.into_iter();
    Ok(match (a.next(), a.next(), a.next()) {
        (Some(stop), None, _) => Value::slice(Value::None, stop, Value::None),
        (Some(start), Some(stop), step) => Value::slice(start, stop, step.unwrap_or(Value::None)),
        _ => unreachable!("count checked"),
    })
}
