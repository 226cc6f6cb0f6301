//! `base64` (Base64, URL-safe Base64, Base32, Base16, and the MIME line-wrapped forms) and
//! the `binascii.Error` it raises, ported from CPython 3.12's Lib/base64.py and the decoding
//! loop of Modules/binascii.c (`a2b_base64`), so that lenient decoding skips the same
//! characters and malformed input gets the same messages.

use super::args::{module, take_kw};
use crate::exc::{PyErr, PyResult};
use crate::value::class::cached_class;
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::ops::truthy;
use crate::value::{Kwargs, Module, Value};
use std::rc::Rc;

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// `binascii.Error`, a `ValueError`.
pub fn error_class() -> Rc<crate::value::Class> {
    cached_class("binascii.Error", || {
        let base = exception_class("ValueError").expect("ValueError exists");
        crate::value::class::new_class("Error", "Error", "binascii", vec![base], None).expect("single base")
    })
}

fn error(msg: &str) -> PyErr {
    error_of(exception_instance(&error_class(), vec![Value::str(msg)]))
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

/// What the encoders accept: a bytes-like object.
fn encode_input(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        other => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
    }
}

/// `_bytes_from_decode_data`: bytes, or a str of ASCII characters.
fn decode_input(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        Value::Str(s) => {
            if s.as_str().is_ascii() {
                Ok(s.as_str().as_bytes().to_vec())
            } else {
                Err(PyErr::value_error("string argument should contain only ASCII characters"))
            }
        }
        other => Err(PyErr::type_error(format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            other.type_name()
        ))),
    }
}

fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity((data.len() + 2) / 3 * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    out
}

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

/// `binascii.a2b_base64(data, strict_mode=strict)`.
fn b64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut pads, mut left) = (0u8, 0u8, 0u8);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad_pos == 0 {
                return Err(error(if i == 0 { "Leading padding not allowed" } else { "Excess padding not allowed" }));
            }
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let v = match b64_value(c) {
            Some(v) => v,
            None => {
                if strict {
                    return Err(error("Only base64 data is allowed"));
                }
                continue;
            }
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(&format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

fn translate(data: &mut [u8], from: &[u8], to: &[u8]) {
    for c in data.iter_mut() {
        if let Some(p) = from.iter().position(|f| f == c) {
            *c = to[p];
        }
    }
}

/// The two `altchars` bytes (`assert len(altchars) == 2` in CPython).
fn altchars(v: Option<Value>, decode: bool) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let a = if decode { decode_input(&v)? } else { encode_input(&v)? };
            if a.len() != 2 {
                return Err(PyErr::new("AssertionError", crate::value::text::repr_of(&v)?.to_string()));
            }
            Ok(Some(a))
        }
    }
}

fn arg(fname: &str, args: &[Value], kwargs: &mut Kwargs, i: usize, name: &str) -> PyResult<Option<Value>> {
    let kw = take_kw(kwargs, name);
    match (args.get(i), kw) {
        (Some(_), Some(_)) => Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", fname, name))),
        (Some(v), None) => Ok(Some(v.clone())),
        (None, kw) => Ok(kw),
    }
}

fn first(fname: &str, args: &[Value], kwargs: &mut Kwargs, max: usize) -> PyResult<Value> {
    if args.len() > max {
        return Err(PyErr::type_error(format!("{}() takes from 1 to {} positional arguments but {} were given", fname, max, args.len())));
    }
    arg(fname, args, kwargs, 0, "s")?
        .ok_or_else(|| PyErr::type_error(format!("{}() missing 1 required positional argument: 's'", fname)))
}

fn b64encode(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let s = first("b64encode", &args, &mut kwargs, 2)?;
    let alt = altchars(arg("b64encode", &args, &mut kwargs, 1, "altchars")?, false)?;
    super::args::no_more_kwargs("b64encode", &kwargs)?;
    let mut out = b64_encode(&encode_input(&s)?);
    if let Some(a) = alt {
        translate(&mut out, b"+/", &a);
    }
    Ok(bytes(out))
}

fn b64decode(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let s = first("b64decode", &args, &mut kwargs, 3)?;
    let alt = altchars(arg("b64decode", &args, &mut kwargs, 1, "altchars")?, true)?;
    let validate = arg("b64decode", &args, &mut kwargs, 2, "validate")?.map_or(Ok(false), |v| truthy(&v))?;
    super::args::no_more_kwargs("b64decode", &kwargs)?;
    let mut data = decode_input(&s)?;
    if let Some(a) = alt {
        translate(&mut data, &a, b"+/");
    }
    Ok(bytes(b64_decode(&data, validate)?))
}

fn one(fname: &str, args: Vec<Value>, kwargs: &Kwargs) -> PyResult<Value> {
    super::args::no_more_kwargs(fname, kwargs)?;
    super::args::arity(fname, &args, 1, 1)?;
    Ok(args.into_iter().next().unwrap_or(Value::None))
}

fn urlsafe_encode(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = one("urlsafe_b64encode", args, &kwargs)?;
    let mut out = b64_encode(&encode_input(&s)?);
    translate(&mut out, b"+/", b"-_");
    Ok(bytes(out))
}

fn urlsafe_decode(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = one("urlsafe_b64decode", args, &kwargs)?;
    let mut data = decode_input(&s)?;
    translate(&mut data, b"-_", b"+/");
    Ok(bytes(b64_decode(&data, false)?))
}

/// `encodebytes`: lines of at most 76 characters, each ending in a newline.
fn encodebytes(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = one("encodebytes", args, &kwargs)?;
    let data = encode_input(&s)?;
    let mut out = Vec::new();
    for chunk in data.chunks(57) {
        out.extend(b64_encode(chunk));
        out.push(b'\n');
    }
    Ok(bytes(out))
}

fn b32encode(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = one("b32encode", args, &kwargs)?;
    let data = encode_input(&s)?;
    let mut out = Vec::new();
    for chunk in data.chunks(5) {
        let mut block = [0u8; 5];
        block[..chunk.len()].copy_from_slice(chunk);
        let n = block.iter().fold(0u64, |acc, &b| (acc << 8) | b as u64);
        let chars = match chunk.len() {
            1 => 2,
            2 => 4,
            3 => 5,
            4 => 7,
            _ => 8,
        };
        for k in 0..8 {
            out.push(if k < chars { B32[((n >> (35 - 5 * k)) & 31) as usize] } else { b'=' });
        }
    }
    Ok(bytes(out))
}

fn b32decode(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let s = first("b32decode", &args, &mut kwargs, 3)?;
    let casefold = arg("b32decode", &args, &mut kwargs, 1, "casefold")?.map_or(Ok(false), |v| truthy(&v))?;
    let map01 = arg("b32decode", &args, &mut kwargs, 2, "map01")?;
    super::args::no_more_kwargs("b32decode", &kwargs)?;
    let mut data = decode_input(&s)?;
    if data.len() % 8 != 0 {
        return Err(error("Incorrect padding"));
    }
    if let Some(m) = map01.filter(|m| !matches!(m, Value::None)) {
        let m = decode_input(&m)?;
        if m.len() != 1 {
            return Err(PyErr::new("AssertionError", format!("{:?}", m)));
        }
        translate(&mut data, b"01", &[b'O', m[0]]);
    }
    if casefold {
        data.make_ascii_uppercase();
    }
    let l = data.len();
    while data.last() == Some(&b'=') {
        data.pop();
    }
    let padchars = l - data.len();
    let mut out = Vec::new();
    let mut acc: u64 = 0;
    for quanta in data.chunks(8) {
        acc = 0;
        for &c in quanta {
            let v = B32.iter().position(|&x| x == c).ok_or_else(|| error("Non-base32 digit found"))?;
            acc = (acc << 5) + v as u64;
        }
        for k in (0..5).rev() {
            out.push((acc >> (8 * k)) as u8);
        }
    }
    if ![0, 1, 3, 4, 6].contains(&padchars) {
        return Err(error("Incorrect padding"));
    }
    if padchars > 0 && !out.is_empty() {
        acc <<= 5 * padchars as u64;
        let last: Vec<u8> = (0..5).rev().map(|k| (acc >> (8 * k)) as u8).collect();
        let leftover = (43 - 5 * padchars) / 8;
        let n = out.len();
        out.truncate(n - 5);
        out.extend_from_slice(&last[..leftover]);
    }
    Ok(bytes(out))
}

fn b16encode(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = one("b16encode", args, &kwargs)?;
    let hex: String = encode_input(&s)?.iter().map(|b| format!("{:02X}", b)).collect();
    Ok(bytes(hex.into_bytes()))
}

fn b16decode(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let s = first("b16decode", &args, &mut kwargs, 2)?;
    let casefold = arg("b16decode", &args, &mut kwargs, 1, "casefold")?.map_or(Ok(false), |v| truthy(&v))?;
    super::args::no_more_kwargs("b16decode", &kwargs)?;
    let mut data = decode_input(&s)?;
    if casefold {
        data.make_ascii_uppercase();
    }
    if data.iter().any(|c| !(c.is_ascii_digit() || (b'A'..=b'F').contains(c))) {
        return Err(error("Non-base16 digit found"));
    }
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
    Ok(bytes(data.chunks(2).map(|p| digit(p[0]) * 16 + digit(p[1])).collect()))
}

pub fn build() -> Module {
    let kw = |name: &'static str, f: fn(Vec<Value>, Kwargs) -> PyResult<Value>| (name, Value::builtin(name, f));
    module(
        "base64",
        vec![
            kw("b64encode", b64encode),
            kw("b64decode", b64decode),
            kw("standard_b64encode", |a, k| b64encode(a, k)),
            kw("standard_b64decode", |a, k| {
                let s = one("standard_b64decode", a, &k)?;
                Ok(bytes(b64_decode(&decode_input(&s)?, false)?))
            }),
            kw("urlsafe_b64encode", urlsafe_encode),
            kw("urlsafe_b64decode", urlsafe_decode),
            kw("encodebytes", encodebytes),
            kw("decodebytes", |a, k| {
                let s = one("decodebytes", a, &k)?;
                Ok(bytes(b64_decode(&encode_input(&s)?, false)?))
            }),
            kw("b32encode", b32encode),
            kw("b32decode", b32decode),
            kw("b16encode", b16encode),
            kw("b16decode", b16decode),
        ],
    )
}

/// `binascii`, the part of it programs reach directly: `Error`, `hexlify`, `unhexlify`.
pub fn build_binascii() -> Module {
    module(
        "binascii",
        vec![
            ("Error", Value::Class(error_class())),
            (
                "hexlify",
                Value::builtin("hexlify", |a, k| {
                    let s = one("hexlify", a, &k)?;
                    let hex: String = encode_input(&s)?.iter().map(|b| format!("{:02x}", b)).collect();
                    Ok(bytes(hex.into_bytes()))
                }),
            ),
            (
                "unhexlify",
                Value::builtin("unhexlify", |a, k| {
                    let s = one("unhexlify", a, &k)?;
                    let data = decode_input(&s)?;
                    if data.len() % 2 != 0 {
                        return Err(error("Odd-length string"));
                    }
                    let mut out = Vec::new();
                    for p in data.chunks(2) {
                        match ((p[0] as char).to_digit(16), (p[1] as char).to_digit(16)) {
                            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                            _ => return Err(error("Non-hexadecimal digit found")),
                        }
                    }
                    Ok(bytes(out))
                }),
            ),
        ],
    )
}
