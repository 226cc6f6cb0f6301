//! `io.BytesIO`, as CPython's C implementation (Modules/_io/bytesio.c) behaves: a byte buffer
//! with a position; writing past the end pads with zero bytes, and seeking relative to the
//! position or the end may go anywhere at or after 0.
//!
//! The buffer is a hidden `bytes` value of the instance, taken out while it changes so that the
//! change happens in place.

use super::args::{arity, to_i64};
use super::objs::{method, runtime_class, set_state, state};
use super::stringio::{read_lines, size_arg, with_buf};
use crate::exc::{PyErr, PyResult};
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// The `BytesIO` class.
pub fn class() -> Rc<Class> {
    runtime_class("_io", "BytesIO", vec![], || {
        vec![
            super::objs::method_kw("__init__", init),
            method("write", |this, args, _| {
                arity("write", &args, 1, 1)?;
                let data = data_of(&args[0])?;
                let at = open(this)?;
                with_buf(this, |b| {
                    if b.len() < at {
                        b.resize(at, 0);
                    }
                    let overlap = (b.len() - at).min(data.len());
                    b[at..at + overlap].copy_from_slice(&data[..overlap]);
                    b.extend_from_slice(&data[overlap..]);
                })?;
                set_pos(this, at + data.len());
                Ok(Value::int(data.len() as i64))
            }),
            method("read", |this, args, _| read(this, size_arg("read", &args)?)),
            method("read1", |this, args, _| read(this, size_arg("read1", &args)?)),
            method("readline", |this, args, _| readline(this, size_arg("readline", &args)?)),
            method("readlines", |this, args, _| {
                read_lines(&args, || match readline(this, None)? {
                    Value::Bytes(b) if b.is_empty() => Ok(None),
                    Value::Bytes(b) => Ok(Some((Value::Bytes(b.clone()), b.len()))),
                    _ => Ok(None),
                })
            }),
            method("getvalue", |this, args, _| {
                arity("getvalue", &args, 0, 0)?;
                open(this)?;
                with_buf(this, |b| Value::Bytes(Rc::new(b.clone())))
            }),
            method("seek", seek),
            method("tell", |this, args, _| {
                arity("tell", &args, 0, 0)?;
                Ok(Value::int(open(this)? as i64))
            }),
            method("truncate", |this, args, _| {
                arity("truncate", &args, 0, 1)?;
                let at = open(this)?;
                let size = match args.first() {
                    None | Some(Value::None) => at,
                    Some(v) => {
                        let n = to_i64(v)?;
                        if n < 0 {
                            return Err(PyErr::value_error(format!("negative size value {}", n)));
                        }
                        n as usize
                    }
                };
                with_buf(this, |b| b.truncate(size))?;
                Ok(Value::int(size as i64))
            }),
            method("__next__", |this, _, _| match readline(this, None)? {
                Value::Bytes(b) if b.is_empty() => Err(PyErr::new("StopIteration", "")),
                line => Ok(line),
            }),
        ]
        .into_iter()
        .chain(super::stringio::shared_methods(|this| open(this).map(|_| ())))
        .collect()
    })
}

/// `BytesIO(initial_bytes=b'')`.
fn init(this: &Value, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("BytesIO() takes at most 1 argument ({} given)", args.len())));
    }
    let initial_kw = super::args::take_kw(&mut kwargs, "initial_bytes");
    super::args::no_more_kwargs("BytesIO", &kwargs)?;
    let data = match args.pop().or(initial_kw) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => data_of(&v)?,
    };
    set_state(this, "__buf__", Value::Bytes(Rc::new(data)));
    set_state(this, "__pos__", Value::int(0));
    set_state(this, "closed", Value::FALSE);
    Ok(Value::None)
}

fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        v => super::bytearray::data_of(v)
            .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name()))),
    }
}

/// The position of an open buffer; `ValueError` once it is closed.
fn open(this: &Value) -> PyResult<usize> {
    match state(this, "closed") {
        Ok(Value::Bool(false)) => match state(this, "__pos__")? {
            Value::Int(i) => Ok(i.to_i64().unwrap_or(0).max(0) as usize),
            _ => Ok(0),
        },
        Ok(_) => Err(PyErr::value_error("I/O operation on closed file.")),
        Err(_) => Err(PyErr::value_error("I/O operation on uninitialized object")),
    }
}

fn set_pos(this: &Value, p: usize) {
    set_state(this, "__pos__", Value::int(p as i64));
}

/// Up to `size` bytes (all when `None`) from the position.
fn read(this: &Value, size: Option<usize>) -> PyResult<Value> {
    let at = open(this)?;
    let out = with_buf(this, |b| {
        let end = size.map_or(b.len(), |n| b.len().min(at.saturating_add(n)));
        if at >= end { Vec::new() } else { b[at..end].to_vec() }
    })?;
    set_pos(this, at + out.len());
    Ok(Value::Bytes(Rc::new(out)))
}

/// The bytes from the position up to and including the next `\n`, at most `limit` of them.
fn readline(this: &Value, limit: Option<usize>) -> PyResult<Value> {
    let at = open(this)?;
    let out = with_buf(this, |b| {
        let end = limit.map_or(b.len(), |n| b.len().min(at.saturating_add(n)));
        if at >= end {
            return Vec::new();
        }
        let stop = b[at..end].iter().position(|c| *c == b'\n').map_or(end, |i| at + i + 1);
        b[at..stop].to_vec()
    })?;
    set_pos(this, at + out.len());
    Ok(Value::Bytes(Rc::new(out)))
}

/// `seek(pos, whence=0)`: the new position, never before 0.
fn seek(this: &Value, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    arity("seek", &args, 1, 2)?;
    let at = open(this)? as i64;
    let target = to_i64(&args[0])?;
    let whence = match args.get(1) {
        Some(w) => to_i64(w)?,
        None => 0,
    };
    let p = match whence {
        0 if target < 0 => return Err(PyErr::value_error(format!("negative seek value {}", target))),
        0 => target,
        1 => at.saturating_add(target),
        2 => with_buf(this, |b| b.len() as i64)?.saturating_add(target),
        w => return Err(PyErr::value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
    };
    let p = p.max(0) as usize;
    set_pos(this, p);
    Ok(Value::int(p as i64))
}
