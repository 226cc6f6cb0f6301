//! `io.StringIO`, as CPython's C implementation (Modules/_io/stringio.c) behaves: a buffer of
//! code points with a position counted in characters; writing past the end pads with `\0`;
//! `newline` selects the translation on write (`None`: `\r\n` and `\r` become `\n`; `'\r'`
//! or `'\r\n'`: `\n` becomes it) and where `readline` ends a line (`''` and `None`: any of
//! `\r`, `\r\n`, `\n`, after translation).
//!
//! The text lives in a hidden `bytes` value of the instance, four bytes per code point, so
//! that indexing by character position is O(1); it is taken out of the instance while it
//! changes, so the change happens in place.

use super::args::{arity, no_more_kwargs, take_kw, to_i64};
use super::objs::{method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::class::{cached_class, new_class};
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// `io.UnsupportedOperation(OSError, ValueError)`.
pub fn unsupported_operation() -> Rc<Class> {
    cached_class("exception:io.UnsupportedOperation", || {
        let os = crate::value::exception::exception_class("OSError").expect("OSError exists");
        let value = crate::value::exception::exception_class("ValueError").expect("ValueError exists");
        new_class("UnsupportedOperation", "UnsupportedOperation", "io", vec![os, value], None)
            .expect("OSError and ValueError have a consistent MRO")
    })
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    let v = crate::value::exception::exception_instance(&unsupported_operation(), vec![Value::str(msg)]);
    crate::value::exception::error_of(v)
}

/// The `StringIO` class.
pub fn class() -> Rc<Class> {
    runtime_class("_io", "StringIO", vec![], || {
        vec![
            method_kw("__init__", init),
            method("write", |this, args, _| {
                arity("write", &args, 1, 1)?;
                let s = match &args[0] {
                    Value::Str(s) => s.clone(),
                    v => return Err(PyErr::type_error(format!("string argument expected, got '{}'", v.type_name()))),
                };
                open(this)?;
                write(this, s.as_str())?;
                Ok(Value::int(s.char_len() as i64))
            }),
            method("read", |this, args, _| {
                let size = size_arg("read", &args)?;
                open(this)?;
                let pos = pos(this)?;
                let text = with_buf(this, |b| {
                    let len = chars(b);
                    let end = match size {
                        Some(n) => len.min(pos.saturating_add(n)),
                        None => len,
                    };
                    if pos >= end { String::new() } else { slice(b, pos, end) }
                })?;
                set_pos(this, pos + text.chars().count());
                Ok(Value::str(&text))
            }),
            method("readline", |this, args, _| {
                let size = size_arg("readline", &args)?;
                open(this)?;
                Ok(Value::str(&readline(this, size)?))
            }),
            method("readlines", |this, args, _| {
                open(this)?;
                read_lines(&args, || {
                    let line = readline(this, None)?;
                    Ok(if line.is_empty() { None } else { Some((Value::str(&line), line.chars().count())) })
                })
            }),
            method("getvalue", |this, args, _| {
                arity("getvalue", &args, 0, 0)?;
                open(this)?;
                let text = with_buf(this, |b| slice(b, 0, chars(b)))?;
                Ok(Value::str(&text))
            }),
            method("seek", seek),
            method("tell", |this, args, _| {
                arity("tell", &args, 0, 0)?;
                open(this)?;
                Ok(Value::int(pos(this)? as i64))
            }),
            method("truncate", |this, args, _| {
                arity("truncate", &args, 0, 1)?;
                open(this)?;
                let size = match args.first() {
                    None | Some(Value::None) => pos(this)?,
                    Some(v) => {
                        let n = to_i64(v)?;
                        if n < 0 {
                            return Err(PyErr::value_error(format!("Negative size value {}", n)));
                        }
                        n as usize
                    }
                };
                with_buf(this, |b| {
                    if size < chars(b) {
                        b.truncate(size * 4);
                    }
                })?;
                Ok(Value::int(size as i64))
            }),
            method("__next__", |this, _, _| {
                open(this)?;
                let line = readline(this, None)?;
                if line.is_empty() {
                    return Err(PyErr::new("StopIteration", ""));
                }
                Ok(Value::str(&line))
            }),
        ]
        .into_iter()
        .chain(shared_methods(open))
        .collect()
    })
}

/// `readlines(hint=-1)` over `next`, which gives each line with its length until the end: lines
/// until their total length reaches a positive `hint`.
pub fn read_lines(args: &[Value], mut next: impl FnMut() -> PyResult<Option<(Value, usize)>>) -> PyResult<Value> {
    let hint = size_arg("readlines", args)?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some((line, n)) = next()? {
        total += n;
        lines.push(line);
        if matches!(hint, Some(h) if total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// The methods `StringIO` and `BytesIO` share, given the test that fails once `close()` ran.
pub fn shared_methods(open: fn(&Value) -> PyResult<()>) -> Vec<(&'static str, Value)> {
    vec![
        method("writelines", move |this, args, _| {
            arity("writelines", &args, 1, 1)?;
            open(this)?;
            for line in crate::value::iterate::iterate(&args[0])? {
                crate::value::func::call_method(this, "write", vec![line?], vec![])?;
            }
            Ok(Value::None)
        }),
        method("close", |this, _, _| {
            set_state(this, "closed", Value::TRUE);
            Ok(Value::None)
        }),
        method("flush", move |this, _, _| open(this).map(|_| Value::None)),
        method("readable", move |this, _, _| open(this).map(|_| Value::TRUE)),
        method("writable", move |this, _, _| open(this).map(|_| Value::TRUE)),
        method("seekable", move |this, _, _| open(this).map(|_| Value::TRUE)),
        method("isatty", move |this, _, _| open(this).map(|_| Value::FALSE)),
        method("fileno", |_, _, _| Err(unsupported("fileno"))),
        method("__iter__", move |this, _, _| open(this).map(|_| this.clone())),
        method("__enter__", move |this, _, _| open(this).map(|_| this.clone())),
        method("__exit__", |this, _, _| {
            set_state(this, "closed", Value::TRUE);
            Ok(Value::None)
        }),
    ]
}

/// `StringIO(initial_value='', newline='\n')`.
fn init(this: &Value, mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("StringIO() takes at most 2 arguments ({} given)", args.len())));
    }
    let newline_kw = take_kw(&mut kwargs, "newline");
    let initial_kw = take_kw(&mut kwargs, "initial_value");
    no_more_kwargs("StringIO", &kwargs)?;
    let newline = if args.len() == 2 { args.pop() } else { newline_kw }.unwrap_or_else(|| Value::str("\n"));
    let initial = args.pop().or(initial_kw).unwrap_or(Value::None);
    let newline = match &newline {
        Value::None => Value::None,
        Value::Str(s) if ["", "\n", "\r", "\r\n"].contains(&s.as_str()) => newline.clone(),
        Value::Str(_) => {
            return Err(PyErr::value_error(format!(
                "illegal newline value: {}",
                crate::value::text::repr_of(&newline)?
            )))
        }
        v => return Err(PyErr::type_error(format!("newline must be str or None, not {}", v.type_name()))),
    };
    set_state(this, "__newline__", newline);
    set_state(this, "__buf__", Value::Bytes(Rc::new(Vec::new())));
    set_state(this, "__pos__", Value::int(0));
    set_state(this, "closed", Value::FALSE);
    match &initial {
        Value::None => {}
        Value::Str(s) => {
            write(this, s.as_str())?;
            set_pos(this, 0);
        }
        v => return Err(PyErr::type_error(format!("initial_value must be str or None, not {}", v.type_name()))),
    }
    Ok(Value::None)
}

fn open(this: &Value) -> PyResult<()> {
    match state(this, "closed") {
        Ok(Value::Bool(false)) => Ok(()),
        Ok(_) => Err(PyErr::value_error("I/O operation on closed file")),
        Err(_) => Err(PyErr::value_error("I/O operation on uninitialized object")),
    }
}

fn newline(this: &Value) -> PyResult<Option<String>> {
    Ok(match state(this, "__newline__")? {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    })
}

fn pos(this: &Value) -> PyResult<usize> {
    match state(this, "__pos__")? {
        Value::Int(i) => Ok(i.to_i64().unwrap_or(0).max(0) as usize),
        _ => Ok(0),
    }
}

fn set_pos(this: &Value, p: usize) {
    set_state(this, "__pos__", Value::int(p as i64));
}

/// An optional size: `None` or a negative int mean "no limit" (also for files and the
/// standard streams).
pub fn size_arg(name: &str, args: &[Value]) -> PyResult<Option<usize>> {
    arity(name, args, 0, 1)?;
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(v @ Value::Int(_)) | Some(v @ Value::Bool(_)) => {
            let n = to_i64(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v) => Err(PyErr::type_error(format!("argument should be integer or None, not '{}'", v.type_name()))),
    }
}

/// Runs `f` on the buffer (`BytesIO`'s bytes; four bytes per code point for `StringIO`), taken
/// out of the instance meanwhile.
pub fn with_buf<T>(this: &Value, f: impl FnOnce(&mut Vec<u8>) -> T) -> PyResult<T> {
    let held = state(this, "__buf__")?;
    set_state(this, "__buf__", Value::None);
    let mut bytes = match held {
        Value::Bytes(b) => Rc::try_unwrap(b).unwrap_or_else(|shared| shared.as_ref().clone()),
        _ => return Err(PyErr::value_error("I/O operation on uninitialized object")),
    };
    let out = f(&mut bytes);
    set_state(this, "__buf__", Value::Bytes(Rc::new(bytes)));
    Ok(out)
}

fn chars(b: &[u8]) -> usize {
    b.len() / 4
}

fn char_at(b: &[u8], i: usize) -> char {
    let v = u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    char::from_u32(v).unwrap_or('\u{fffd}')
}

fn slice(b: &[u8], from: usize, to: usize) -> String {
    (from..to).map(|i| char_at(b, i)).collect()
}

fn put(b: &mut Vec<u8>, i: usize, c: char) {
    let bytes = (c as u32).to_le_bytes();
    if i == chars(b) {
        b.extend_from_slice(&bytes);
    } else {
        b[4 * i..4 * i + 4].copy_from_slice(&bytes);
    }
}

/// Writes `s` at the position (after the newline translation) and moves past it.
fn write(this: &Value, s: &str) -> PyResult<()> {
    let text = match newline(this)?.as_deref() {
        None => s.replace("\r\n", "\n").replace('\r', "\n"),
        Some(nl @ "\r") | Some(nl @ "\r\n") => s.replace('\n', nl),
        _ => s.to_string(),
    };
    let mut p = pos(this)?;
    if text.is_empty() {
        return Ok(());
    }
    with_buf(this, |b| {
        while chars(b) < p {
            put(b, chars(b), '\0');
        }
        for c in text.chars() {
            put(b, p, c);
            p += 1;
        }
    })?;
    set_pos(this, p);
    Ok(())
}

/// The next line from the position: up to and including its end (`\n`, or as `newline` says),
/// at most `limit` characters.
fn readline(this: &Value, limit: Option<usize>) -> PyResult<String> {
    let nl = newline(this)?;
    let start = pos(this)?;
    let line = with_buf(this, |b| {
        let len = chars(b);
        let stop = match limit {
            Some(n) => len.min(start.saturating_add(n)),
            None => len,
        };
        let mut i = start;
        while i < stop {
            let c = char_at(b, i);
            i += 1;
            let ends = match nl.as_deref() {
                Some("") => {
                    if c == '\r' && i < stop && char_at(b, i) == '\n' {
                        i += 1;
                    }
                    c == '\n' || c == '\r'
                }
                Some("\r") => c == '\r',
                Some("\r\n") => c == '\n' && i >= start + 2 && char_at(b, i - 2) == '\r',
                _ => c == '\n',
            };
            if ends {
                break;
            }
        }
        if start >= i { String::new() } else { slice(b, start, i) }
    })?;
    set_pos(this, start + line.chars().count());
    Ok(line)
}

/// `seek(pos, whence=0)`: the new position.
fn seek(this: &Value, args: Vec<Value>, _: Kwargs) -> PyResult<Value> {
    arity("seek", &args, 1, 2)?;
    open(this)?;
    let target = to_i64(&args[0])?;
    let whence = match args.get(1) {
        Some(w) => to_i64(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(PyErr::value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)));
    }
    if whence == 0 && target < 0 {
        return Err(PyErr::value_error(format!("Negative seek position {}", target)));
    }
    if whence != 0 && target != 0 {
        return Err(PyErr::new("OSError", "Can't do nonzero cur-relative seeks"));
    }
    let p = match whence {
        0 => target as usize,
        1 => pos(this)?,
        _ => with_buf(this, |b| chars(b))?,
    };
    set_pos(this, p);
    Ok(Value::int(p as i64))
}
