//! `bytes` methods: decode, hex, and the common text-like ones (startswith, endswith,
//! join, split, strip, upper, lower, replace, count, find); the others go through `str`
//! (bytes_text.rs).

use crate::exc::{PyErr, PyResult};
use crate::value::builtins::args;
use crate::value::{iterate, Kwargs, Value};
use std::rc::Rc;

pub const BYTES_NAMES: &[&str] = &[
    "decode", "hex", "fromhex", "join", "ljust", "rjust", "center", "lstrip", "rstrip", "strip", "partition", "rpartition", "split",
    "rsplit", "index", "rindex", "rfind", "find", "count", "removeprefix", "removesuffix", "zfill", "splitlines", "title",
    "capitalize", "swapcase", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii",
    "expandtabs", "startswith", "endswith", "replace", "upper", "lower",
];

/// Whether the method and its arguments are ones `bytes_method` handles itself (the rest go
/// through `str`, bytes_text.rs).
fn native(name: &str, a: &[Value], kwargs: &Kwargs) -> bool {
    let simple = kwargs.is_empty();
    match name {
        "decode" | "hex" | "fromhex" | "join" | "upper" | "lower" => true,
        "strip" => simple && a.is_empty(),
        "split" => simple && a.len() <= 1,
        "replace" => simple && a.len() == 2,
        "count" | "find" => simple && a.len() == 1,
        "startswith" | "endswith" => simple && a.len() == 1 && matches!(a[0], Value::Bytes(_)),
        _ => false,
    }
}

/// CPython's `Py_ISSPACE`: ASCII whitespace with `\x0b`, which Rust's `is_ascii_whitespace` leaves out.
fn is_space(c: u8) -> bool {
    c.is_ascii_whitespace() || c == 0x0b
}

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
    if !native(name, &a, &kwargs) {
        return super::bytes_text::call(b, name, a, kwargs);
    }
    Some(bytes_method(b, name, a, kwargs))
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
fn decode(b: &[u8], bound: &[Option<Value>]) -> PyResult<Value> {
    decode_as(b, bound[0].as_ref(), bound[1].as_ref(), "decode() argument")
}

/// `b` decoded as `bytes.decode` and `str(b, encoding, errors)` decode it; `who` starts their
/// argument type errors.
pub fn decode_as(b: &[u8], encoding: Option<&Value>, errors: Option<&Value>, who: &str) -> PyResult<Value> {
    let codec = match encoding {
        None => super::codec::Codec::Utf8,
        Some(v) => {
            let name = args::str_arg(v, &format!("{} 'encoding' must be str, not ", who))?;
            super::codec::Codec::lookup(name.as_str(), "decode")?
        }
    };
    let errors = match errors {
        None => "strict".to_string(),
        Some(v) => args::str_arg(v, &format!("{} 'errors' must be str, not ", who))?.as_str().to_string(),
    };
    Ok(Value::str(&super::codec::decode(b, codec, &errors)?))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: a separator every `bytes_per_sep` bytes, counted
/// from the right (from the left when negative).
fn hex(b: &[u8], bound: &[Option<Value>]) -> PyResult<Value> {
    let digits: Vec<String> = b.iter().map(|x| format!("{:02x}", x)).collect();
    let sep = match &bound[0] {
        None | Some(Value::None) => return Ok(Value::str(&digits.concat())),
        Some(Value::Str(s)) => {
            let mut cs = s.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => c.to_string(),
                (Some(_), None) => return Err(PyErr::value_error("sep must be ASCII.")),
                _ => return Err(PyErr::value_error("sep must be length 1.")),
            }
        }
        Some(Value::Bytes(s)) if s.len() == 1 => (s[0] as char).to_string(),
        Some(Value::Bytes(_)) => return Err(PyErr::value_error("sep must be length 1.")),
        Some(other) => return Err(PyErr::type_error(format!("sep must be str or bytes, not {}", other.type_name()))),
    };
    let per = match &bound[1] {
        None => 1,
        Some(v) => args::index_i64(v)?,
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(&digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for chunk in digits[first..].chunks(n) {
            groups.push(chunk.concat());
        }
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(Value::str(&groups.join(&sep)))
}

fn bytes_method(b: &Rc<Vec<u8>>, name: &str, a: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match name {
        "decode" => {
            let bound = args::bind("decode", a, kwargs, &["encoding", "errors"], 0)?;
            return decode(b, &bound);
        }
        "hex" => {
            let bound = args::bind("hex", a, kwargs, &["sep", "bytes_per_sep"], 0)?;
            return hex(b, &bound);
        }
        "fromhex" => {
            args::no_kwargs("fromhex", &kwargs)?;
            args::count("fromhex", a.len(), 1, 1)?;
            return fromhex(&a[0]);
        }
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
                    for p in b.split(|c| is_space(*c)).filter(|p| !p.is_empty()) {
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
            let ws = |c: &u8| is_space(*c);
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
                Value::Int(_) => {
                    let n = args::index_i64(&a[0])?;
                    if !(0..256).contains(&n) {
                        return Err(PyErr::value_error("byte must be in range(0, 256)"));
                    }
                    vec![n as u8]
                }
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

/// `bytes.fromhex(string)`: pairs of hex digits, with whitespace allowed between pairs.
fn fromhex(v: &Value) -> PyResult<Value> {
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        other => return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", other.type_name()))),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
            (Some(_), None) => {
                return Err(PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))
            }
        }
        i += 2;
    }
    Ok(bytes_value(out))
}
