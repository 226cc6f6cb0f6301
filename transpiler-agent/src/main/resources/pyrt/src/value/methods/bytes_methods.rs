//! `bytes` methods: decode, hex, and the common text-like ones (startswith, endswith,
//! join, split, strip, upper, lower, replace, count, find).

use crate::exc::{PyErr, PyResult};
use crate::value::builtins::args;
use crate::value::{iterate, Kwargs, Value};
use std::rc::Rc;

pub const BYTES_NAMES: &[&str] = &[
    "decode", "hex", "startswith", "endswith", "join", "split", "strip", "upper", "lower", "replace", "count", "find",
];

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        other => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(b))
}

fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    (from..hay.len().saturating_sub(needle.len() - 1)).find(|&i| hay[i..].starts_with(needle))
}

pub fn bytes_call(b: &Rc<Vec<u8>>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !BYTES_NAMES.contains(&name) {
        return None;
    }
    Some(bytes_method(b, name, a, kwargs))
}

fn bytes_method(b: &Rc<Vec<u8>>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match name {
        "decode" => {
            args::bind("decode", a, kwargs, &["encoding", "errors"], 0)?;
            return Ok(Value::Str(crate::value::builtins::decode_utf8(b)?));
        }
        "hex" => return Ok(Value::str(&b.iter().map(|x| format!("{:02x}", x)).collect::<String>())),
        _ => args::no_kwargs(&format!("bytes.{}", name), &kwargs)?,
    }
    match name {
        "startswith" | "endswith" => {
            args::count(name, a.len(), 1, 1)?;
            let p = bytes_arg(&a[0])?;
            Ok(Value::Bool(if name == "startswith" { b.starts_with(&p) } else { b.ends_with(&p) }))
        }
        "join" => {
            let mut out = Vec::new();
            for (i, item) in iterate::iterate(a.first().unwrap_or(&Value::None))?.enumerate() {
                if i > 0 {
                    out.extend_from_slice(b);
                }
                match item? {
                    Value::Bytes(p) => out.extend_from_slice(&p),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "sequence item {}: expected a bytes-like object, {} found",
                            i,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(bytes_value(out))
        }
        "split" => {
            let mut parts = Vec::new();
            match a.first() {
                None | Some(Value::None) => {
                    for p in b.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()) {
                        parts.push(bytes_value(p.to_vec()));
                    }
                }
                Some(sep) => {
                    let sep = bytes_arg(sep)?;
                    if sep.is_empty() {
                        return Err(PyErr::value_error("empty separator"));
                    }
                    let mut start = 0;
                    while let Some(i) = find_bytes(b, &sep, start) {
                        parts.push(bytes_value(b[start..i].to_vec()));
                        start = i + sep.len();
                    }
                    parts.push(bytes_value(b[start..].to_vec()));
                }
            }
            Ok(Value::list(parts))
        }
        "strip" => {
            let ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
            let start = b.iter().position(|c| !ws(c)).unwrap_or(b.len());
            let end = b.iter().rposition(|c| !ws(c)).map_or(start, |e| e + 1);
            Ok(bytes_value(b[start..end.max(start)].to_vec()))
        }
        "upper" => Ok(bytes_value(b.to_ascii_uppercase())),
        "lower" => Ok(bytes_value(b.to_ascii_lowercase())),
        "replace" => {
            args::count("replace", a.len(), 2, 2)?;
            let (old, new) = (bytes_arg(&a[0])?, bytes_arg(&a[1])?);
            let mut out = Vec::new();
            let mut start = 0;
            if old.is_empty() {
                return Err(PyErr::untranslatable("bytes.replace with an empty pattern"));
            }
            while let Some(i) = find_bytes(b, &old, start) {
                out.extend_from_slice(&b[start..i]);
                out.extend_from_slice(&new);
                start = i + old.len();
            }
            out.extend_from_slice(&b[start..]);
            Ok(bytes_value(out))
        }
        "count" | "find" => {
            args::count(name, a.len(), 1, 1)?;
            let needle = match &a[0] {
                Value::Int(_) => vec![args::index_i64(&a[0])? as u8],
                other => bytes_arg(other)?,
            };
            if name == "find" {
                return Ok(Value::int(find_bytes(b, &needle, 0).map_or(-1, |i| i as i64)));
            }
            if needle.is_empty() {
                return Ok(Value::int(b.len() as i64 + 1));
            }
            let (mut n, mut start) = (0, 0);
            while let Some(i) = find_bytes(b, &needle, start) {
                n += 1;
                start = i + needle.len();
            }
            Ok(Value::int(n))
        }
        _ => Err(super::no_attribute(&Value::Bytes(b.clone()), name)),
    }
}
