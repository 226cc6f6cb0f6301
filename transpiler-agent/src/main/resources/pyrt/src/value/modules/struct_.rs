//! `struct`: `pack`, `unpack`, `unpack_from`, `iter_unpack`, `calcsize` and the `Struct`
//! class for the formats of CPython 3.12's Modules/_struct.c (byte orders `@=<>!`, codes
//! `xcbB?hHiIlLqQnNfdspP`), with its `struct.error` messages. Native (`@`) sizes and
//! alignment are those of x86-64 Linux, where the CPython a translation is checked against
//! runs, whatever the target the program is built for.

use super::args::module;
use super::objs::{method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::class::cached_class;
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::{Kwargs, Module, Value};
use std::rc::Rc;

pub fn error_class() -> Rc<crate::value::Class> {
    cached_class("struct.error", || {
        let base = exception_class("Exception").expect("Exception exists");
        crate::value::class::new_class("error", "error", "struct", vec![base], None).expect("single base")
    })
}

fn error(msg: &str) -> PyErr {
    error_of(exception_instance(&error_class(), vec![Value::str(msg)]))
}

/// One code of a format with its repeat count (or string length for `s`/`p`).
#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
}

struct Format {
    little: bool,
    native: bool,
    items: Vec<Item>,
}

fn size_of(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(fmt: &str) -> PyResult<Format> {
    let mut chars = fmt.chars().peekable();
    let (little, native) = match chars.peek() {
        Some('<') => (true, false),
        Some('>') | Some('!') => (false, false),
        Some('=') => (true, false),
        Some('@') => (true, true),
        _ => (true, true),
    };
    if matches!(chars.peek(), Some('<' | '>' | '!' | '=' | '@')) {
        chars.next();
    }
    let mut items = Vec::new();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut count = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => n = n * 10 + d.to_digit(10).unwrap_or(0) as usize,
                    Some(d) => {
                        code = d;
                        break;
                    }
                    None => return Err(error("repeat count given without format specifier")),
                }
            }
            count = Some(n);
        }
        if size_of(code, native).is_none() {
            return Err(error("bad char in struct format"));
        }
        items.push(Item { code, count: count.unwrap_or(1) });
    }
    Ok(Format { little, native, items })
}

impl Format {
    /// (offset, code, length for s/p) of every value-carrying or padding field, and the size.
    fn layout(&self) -> (Vec<(usize, Item)>, usize) {
        let mut fields = Vec::new();
        let mut off = 0;
        for item in &self.items {
            let size = size_of(item.code, self.native).unwrap_or(1);
            if self.native && !matches!(item.code, 's' | 'p' | 'x' | 'c' | 'b' | 'B' | '?') && item.count > 0 {
                off = (off + size - 1) / size * size;
            }
            match item.code {
                's' | 'p' => {
                    fields.push((off, *item));
                    off += item.count;
                }
                'x' => off += item.count,
                _ => {
                    for _ in 0..item.count {
                        fields.push((off, Item { code: item.code, count: 1 }));
                        off += size;
                    }
                }
            }
        }
        (fields, off)
    }
}

fn fmt_arg(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).to_string()),
        other => Err(PyErr::type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", other.type_name()))),
    }
}

fn int_range(code: char, size: usize) -> (i128, i128) {
    let bits = 8 * size as u32;
    if code.is_ascii_uppercase() {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    }
}

fn pack_int(v: &Value, code: char, size: usize, little: bool, out: &mut Vec<u8>) -> PyResult<()> {
    let i: Int = match v {
        Value::Int(i) => i.clone(),
        Value::Bool(b) => Int::from(*b as i64),
        Value::Instance(_) if crate::value::attr::hasattr(v, "__index__")? => crate::value::ops::index_of(v)?,
        _ => return Err(error("required argument is not an integer")),
    };
    let (lo, hi) = int_range(code, size);
    let n = i.to_string_radix(10).parse::<i128>().ok().filter(|n| *n >= lo && *n <= hi);
    let n = n.ok_or_else(|| error(&format!("'{}' format requires {} <= number <= {}", code, lo, hi)))?;
    let bytes = (n as u128).to_le_bytes();
    let mut b: Vec<u8> = bytes[..size].to_vec();
    if !little {
        b.reverse();
    }
    out.extend(b);
    Ok(())
}

/// Rounds half to even (`f64::round_ties_even` is newer than rustc 1.63).
fn round_even(v: f64) -> f64 {
    let floor = v.floor();
    match v - floor {
        d if d < 0.5 => floor,
        d if d > 0.5 => floor + 1.0,
        _ if floor % 2.0 == 0.0 => floor,
        _ => floor + 1.0,
    }
}

/// CPython's `PyFloat_Pack2`: IEEE binary16, rounded half to even; a NaN packs as the quiet NaN
/// of its sign.
fn half_bits(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    let too_large = || PyErr::overflow_error("float too large to pack with e format");
    if a < 6.103_515_625e-5 {
        // Subnormal (or zero): a multiple of 2^-24; rounding up may reach the smallest normal.
        return Ok(sign | round_even(a * 16_777_216.0) as u16);
    }
    let mut exp = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mant = a / 2f64.powi(exp);
    let mut m = round_even((mant - 1.0) * 1024.0) as u16;
    if m == 1024 {
        m = 0;
        exp += 1;
    }
    if exp > 15 {
        return Err(too_large());
    }
    Ok(sign | (((exp + 15) as u16) << 10) | m)
}

/// CPython's `PyFloat_Unpack2`.
fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((bits >> 10) & 0x1f);
    let f = f64::from(bits & 0x3ff);
    sign * match e {
        0x1f if f == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        0 => f / 1024.0 * 2f64.powi(-14),
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_float(v: &Value, size: usize, little: bool, out: &mut Vec<u8>) -> PyResult<()> {
    let x = match v {
        Value::Float(f) => *f,
        Value::Int(i) => i.to_f64()?,
        Value::Bool(b) => *b as i64 as f64,
        _ => return Err(error("required argument is not a float")),
    };
    let mut b = if size == 2 {
        half_bits(x)?.to_le_bytes().to_vec()
    } else if size == 4 {
        let f = x as f32;
        if f.is_infinite() && x.is_finite() {
            return Err(PyErr::overflow_error("float too large to pack with f format"));
        }
        f.to_le_bytes().to_vec()
    } else {
        x.to_le_bytes().to_vec()
    };
    if !little {
        b.reverse();
    }
    out.extend(b);
    Ok(())
}

fn pack(fmt: &Format, args: &[Value]) -> PyResult<Vec<u8>> {
    let (fields, size) = fmt.layout();
    if fields.len() != args.len() {
        return Err(error(&format!("pack expected {} items for packing (got {})", fields.len(), args.len())));
    }
    let mut out = Vec::with_capacity(size);
    for ((off, item), v) in fields.iter().zip(args) {
        out.resize(*off, 0);
        let width = size_of(item.code, fmt.native).unwrap_or(1);
        match item.code {
            'c' => match v {
                Value::Bytes(b) if b.len() == 1 => out.push(b[0]),
                _ => return Err(error("char format requires a bytes object of length 1")),
            },
            '?' => out.push(crate::value::ops::truthy(v)? as u8),
            's' | 'p' => {
                let data = match v {
                    Value::Bytes(b) => b.clone(),
                    _ => return Err(error(&format!("argument for '{}' must be a bytes object", item.code))),
                };
                let mut field = vec![0u8; item.count];
                if item.code == 's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
                out.extend(field);
            }
            'e' | 'f' | 'd' => pack_float(v, width, fmt.little, &mut out)?,
            code => pack_int(v, code, width, fmt.little, &mut out)?,
        }
    }
    out.resize(size, 0);
    Ok(out)
}

fn unpack(fmt: &Format, data: &[u8]) -> PyResult<Value> {
    let (fields, _) = fmt.layout();
    let mut out = Vec::with_capacity(fields.len());
    for (off, item) in fields {
        let width = size_of(item.code, fmt.native).unwrap_or(1);
        let raw = |n: usize| -> Vec<u8> {
            let mut b = data[off..off + n].to_vec();
            if !fmt.little {
                b.reverse();
            }
            b
        };
        out.push(match item.code {
            'c' => Value::Bytes(Rc::new(vec![data[off]])),
            '?' => Value::Bool(data[off] != 0),
            's' => Value::Bytes(Rc::new(data[off..off + item.count].to_vec())),
            'p' => {
                let n = if item.count == 0 { 0 } else { (data[off] as usize).min(item.count - 1) };
                Value::Bytes(Rc::new(data[off + 1..off + 1 + n].to_vec()))
            }
            'e' => {
                let b = raw(2);
                Value::Float(half_value(u16::from_le_bytes([b[0], b[1]])))
            }
            'f' => {
                let b = raw(4);
                Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64)
            }
            'd' => {
                let b = raw(8);
                let mut a = [0u8; 8];
                a.copy_from_slice(&b);
                Value::Float(f64::from_le_bytes(a))
            }
            code => {
                let b = raw(width);
                let mut a = [0u8; 16];
                a[..width].copy_from_slice(&b);
                let mut n = u128::from_le_bytes(a) as i128;
                if code.is_ascii_lowercase() && width < 16 && n >> (8 * width - 1) & 1 == 1 {
                    n -= 1i128 << (8 * width);
                }
                Value::Int(Int::parse(&n.to_string(), 10)?)
            }
        });
    }
    Ok(Value::tuple(out))
}

fn bytes_arg(v: &Value) -> PyResult<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        other => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
    }
}

fn unpack_checked(fmt: &Format, data: &[u8]) -> PyResult<Value> {
    let size = fmt.layout().1;
    if data.len() != size {
        return Err(error(&format!("unpack requires a buffer of {} bytes", size)));
    }
    unpack(fmt, data)
}

fn unpack_from(fmt: &Format, data: &[u8], offset: i64) -> PyResult<Value> {
    let size = fmt.layout().1;
    let offset = if offset < 0 {
        let o = data.len() as i64 + offset;
        if o < 0 {
            return Err(error(&format!("offset {} out of range for {}-byte buffer", offset, data.len())));
        }
        o as usize
    } else {
        offset as usize
    };
    if data.len() < offset + size {
        return Err(error(&format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            offset + size,
            size,
            offset,
            data.len()
        )));
    }
    unpack(fmt, &data[offset..offset + size])
}

fn iter_unpack(fmt: &Format, data: &[u8]) -> PyResult<Value> {
    let size = fmt.layout().1;
    if size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % size != 0 {
        return Err(error(&format!("iterative unpacking requires a buffer of a multiple of {} bytes", size)));
    }
    let items: Vec<Value> = data.chunks(size).map(|c| unpack(fmt, c)).collect::<PyResult<_>>()?;
    crate::value::builtins::iter(vec![Value::list(items)], vec![])
}

fn offset_arg(args: &[Value], kwargs: &mut Kwargs, i: usize) -> PyResult<i64> {
    match args.get(i).cloned().or_else(|| super::args::take_kw(kwargs, "offset")) {
        Some(v) => super::args::to_i64(&v),
        None => Ok(0),
    }
}

fn struct_class() -> Rc<crate::value::Class> {
    runtime_class("struct", "Struct", vec![], || {
        let fmt_of = |this: &Value| -> PyResult<Format> { parse(&fmt_arg(&state(this, "format")?)?) };
        vec![
            method_kw("__init__", |this, args, mut kwargs| {
                let f = args.into_iter().next().or_else(|| super::args::take_kw(&mut kwargs, "format"));
                let f = f.ok_or_else(|| PyErr::type_error("Struct() missing required argument 'format' (pos 1)"))?;
                let parsed = parse(&fmt_arg(&f)?)?;
                set_state(this, "format", Value::str(&fmt_arg(&f)?));
                set_state(this, "size", Value::int(parsed.layout().1 as i64));
                Ok(Value::None)
            }),
            method("pack", move |this, args, _| Ok(Value::Bytes(Rc::new(pack(&fmt_of(this)?, &args)?)))),
            method("unpack", move |this, args, _| {
                super::args::arity("unpack", &args, 1, 1)?;
                unpack_checked(&fmt_of(this)?, &bytes_arg(&args[0])?)
            }),
            method_kw("unpack_from", move |this, args, mut kwargs| {
                let data = bytes_arg(args.get(0).ok_or_else(|| PyErr::type_error("unpack_from() missing required argument 'buffer' (pos 1)"))?)?;
                let offset = offset_arg(&args, &mut kwargs, 1)?;
                unpack_from(&fmt_of(this)?, &data, offset)
            }),
            method("iter_unpack", move |this, args, _| {
                super::args::arity("iter_unpack", &args, 1, 1)?;
                iter_unpack(&fmt_of(this)?, &bytes_arg(&args[0])?)
            }),
        ]
    })
}

fn with_format<F>(name: &'static str, f: F) -> (&'static str, Value)
where
    F: Fn(Format, Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
{
    (
        name,
        Value::builtin(name, move |mut args, kwargs| {
            if args.is_empty() {
                return Err(PyErr::type_error(format!("{}() missing required argument 'format' (pos 1)", name)));
            }
            let fmt = parse(&fmt_arg(&args.remove(0))?)?;
            f(fmt, args, kwargs)
        }),
    )
}

pub fn build() -> Module {
    module(
        "struct",
        vec![
            ("error", Value::Class(error_class())),
            ("Struct", Value::Class(struct_class())),
            with_format("pack", |f, args, _| Ok(Value::Bytes(Rc::new(pack(&f, &args)?)))),
            with_format("unpack", |f, args, _| {
                super::args::arity("unpack", &args, 1, 1)?;
                unpack_checked(&f, &bytes_arg(&args[0])?)
            }),
            with_format("unpack_from", |f, args, mut kwargs| {
                let data = bytes_arg(args.get(0).ok_or_else(|| PyErr::type_error("unpack_from() missing required argument 'buffer' (pos 2)"))?)?;
                let offset = offset_arg(&args, &mut kwargs, 1)?;
                unpack_from(&f, &data, offset)
            }),
            with_format("iter_unpack", |f, args, _| {
                super::args::arity("iter_unpack", &args, 1, 1)?;
                iter_unpack(&f, &bytes_arg(&args[0])?)
            }),
            with_format("calcsize", |f, args, _| {
                super::args::arity("calcsize", &args, 0, 0)?;
                Ok(Value::int(f.layout().1 as i64))
            }),
        ],
    )
}
