//! The classes of the objects `open()` returns: `_io.TextIOWrapper` for text modes and
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` for binary ones, with CPython's
//! names, reprs, methods and errors. The state lives in the file table (`io_file.rs`); an
//! instance holds its id and the keeper that closes the file when the instance goes.

use super::stringio::size_arg;
use super::args::{arity, to_i64};
use super::io_file::{get, FileObj, Keeper};
use super::objs::{instance, method, method_kw, runtime_class, set_state, state};
use super::stringio::unsupported;
use crate::exc::{PyErr, PyResult};
use crate::value::{Class, Kwargs, Value};
use std::io::SeekFrom;
use std::rc::Rc;

fn keeper_value(keeper: Keeper) -> Value {
    Value::builtin("__keeper__", move |_, _| {
        let _ = &keeper;
        Ok(Value::None)
    })
}

pub fn text_object(id: usize, keeper: Keeper, name: &Value, mode: &str, encoding: &str, line_buffering: bool) -> Value {
    instance(&text_class(), vec![
        ("__fid__", Value::int(id as i64)),
        ("__keeper__", keeper_value(keeper)),
        ("name", name.clone()),
        ("mode", Value::str(mode)),
        ("encoding", Value::str(encoding)),
        ("errors", Value::str("strict")),
        ("line_buffering", Value::Bool(line_buffering)),
        ("closed", Value::FALSE),
    ])
}

pub fn binary_object(class: &str, id: usize, keeper: Keeper, name: &Value, mode: &str) -> Value {
    let cls = match class {
        "BufferedReader" => binary_class("BufferedReader"),
        "BufferedWriter" => binary_class("BufferedWriter"),
        _ => binary_class("BufferedRandom"),
    };
    instance(&cls, vec![
        ("__fid__", Value::int(id as i64)),
        ("__keeper__", keeper_value(keeper)),
        ("name", name.clone()),
        ("mode", Value::str(mode)),
        ("closed", Value::FALSE),
    ])
}

/// Runs `f` on the open file behind `this`; `ValueError` once it is closed.
fn with_open<T>(this: &Value, f: impl FnOnce(&mut FileObj) -> PyResult<T>) -> PyResult<T> {
    with_file(this, |_| None, "I/O operation on closed file.", f)
}

/// Runs `f` on the file behind `this`: first `check` (CPython's binary files test whether they
/// can read or write before whether they are closed), then `ValueError(closed)` once closed.
fn with_file<T>(
    this: &Value,
    check: impl FnOnce(&FileObj) -> Option<PyErr>,
    closed: &str,
    f: impl FnOnce(&mut FileObj) -> PyResult<T>,
) -> PyResult<T> {
    let id = match state(this, "__fid__")? {
        Value::Int(i) => i.to_i64().unwrap_or(-1) as usize,
        _ => return Err(PyErr::value_error("I/O operation on uninitialized object")),
    };
    let obj = get(id)?;
    let mut obj = obj.try_borrow_mut().map_err(|_| PyErr::new("RuntimeError", "reentrant call inside file object"))?;
    if let Some(e) = check(&obj) {
        return Err(e);
    }
    if obj.raw.closed() {
        return Err(PyErr::value_error(closed));
    }
    f(&mut obj)
}

/// Whether the file behind `this` is closed, readable, writable.
fn flags(this: &Value) -> PyResult<(bool, bool, bool)> {
    let id = match state(this, "__fid__")? {
        Value::Int(i) => i.to_i64().unwrap_or(-1) as usize,
        _ => return Err(PyErr::value_error("I/O operation on uninitialized object")),
    };
    let obj = get(id)?;
    let o = obj.borrow();
    Ok((o.raw.closed(), o.raw.readable, o.raw.writable))
}

/// The binary layer's own check of a read: `UnsupportedOperation('read')` before "closed".
fn bin_read_check(o: &FileObj) -> Option<PyErr> {
    if o.raw.readable { None } else { Some(unsupported("read")) }
}

fn bin_write_check(o: &FileObj) -> Option<PyErr> {
    if o.raw.writable { None } else { Some(unsupported("write")) }
}

fn readable(obj: &FileObj, text: bool) -> PyResult<()> {
    if obj.raw.readable { Ok(()) } else { Err(unsupported(if text { "not readable" } else { "read" })) }
}

fn writable(obj: &FileObj, text: bool) -> PyResult<()> {
    if obj.raw.writable { Ok(()) } else { Err(unsupported(if text { "not writable" } else { "write" })) }
}


fn close(this: &Value) -> PyResult<Value> {
    let id = match state(this, "__fid__")? {
        Value::Int(i) => i.to_i64().unwrap_or(-1) as usize,
        _ => return Ok(Value::None),
    };
    set_state(this, "closed", Value::TRUE);
    let obj = get(id)?;
    let r = obj.borrow_mut().close();
    r.map(|_| Value::None)
}

fn line_value(text: bool, line: Vec<u8>) -> Value {
    if text {
        Value::str(&String::from_utf8(line).unwrap_or_default())
    } else {
        Value::Bytes(Rc::new(line))
    }
}

/// One line, text or bytes; empty at end of file.
fn readline_of(this: &Value, text: bool, limit: Option<usize>) -> PyResult<Vec<u8>> {
    if !text {
        return with_file(this, bin_read_check, "readline of closed file", |o| o.raw.read_line(limit));
    }
    with_open(this, |o| {
        readable(o, text)?;
        match &mut o.text {
            Some(t) => Ok(t.readline(&mut o.raw, limit)?.into_bytes()),
            None => o.raw.read_line(limit),
        }
    })
}

/// What a file on disk answers; standard input's answer depends on what the process was given.
fn disk_only(o: &mut FileObj, what: &str, answer: Value) -> PyResult<Value> {
    if o.raw.is_stdin() {
        return Err(PyErr::untranslatable(&format!("{} of standard input opened by open(0)", what)));
    }
    Ok(answer)
}

/// The methods text and binary files share.
fn common(text: bool) -> Vec<(&'static str, Value)> {
    vec![
        method("close", |this, _, _| close(this)),
        method("flush", move |this, _, _| {
            // A binary file that can write says "flush of closed file", the others CPython's
            // generic message.
            let closed = if !text && flags(this)?.2 { "flush of closed file" } else { "I/O operation on closed file." };
            with_file(this, |_| None, closed, |o| o.flush()).map(|_| Value::None)
        }),
        method("readable", move |this, _, _| {
            let (closed, readable, writable) = flags(this)?;
            // CPython answers a closed text file, and a closed write-only binary file, without
            // checking.
            if closed && !text && !(writable && !readable) {
                return Err(PyErr::value_error("I/O operation on closed file"));
            }
            Ok(Value::Bool(readable))
        }),
        method("writable", |this, _, _| with_open(this, |o| Ok(Value::Bool(o.raw.writable)))),
        method("seekable", |this, _, _| with_open(this, |o| disk_only(o, "seekable()", Value::TRUE))),
        method("isatty", |this, _, _| with_open(this, |o| disk_only(o, "isatty()", Value::FALSE))),
        method("fileno", |_, _, _| Err(PyErr::untranslatable("file descriptors (fileno())"))),
        method("readline", move |this, args, _| {
            let limit = size_arg("readline", &args)?;
            Ok(line_value(text, readline_of(this, text, limit)?))
        }),
        method("readlines", move |this, args, _| {
            let hint = size_arg("readlines", &args)?.filter(|h| *h > 0);
            let mut lines = Vec::new();
            let mut total = 0;
            loop {
                let line = readline_of(this, text, None)?;
                if line.is_empty() {
                    break;
                }
                total += if text { String::from_utf8_lossy(&line).chars().count() } else { line.len() };
                lines.push(line_value(text, line));
                if matches!(hint, Some(h) if total >= h) {
                    break;
                }
            }
            Ok(Value::list(lines))
        }),
        method("writelines", |this, args, _| {
            arity("writelines", &args, 1, 1)?;
            with_open(this, |_| Ok(()))?;
            for line in crate::value::iterate::iterate(&args[0])? {
                crate::value::func::call_method(this, "write", vec![line?], vec![])?;
            }
            Ok(Value::None)
        }),
        method("truncate", move |this, args, _| {
            arity("truncate", &args, 0, 1)?;
            let closed = if text { "I/O operation on closed file." } else { "truncate of closed file" };
            with_file(this, |_| None, closed, |o| {
                if !o.raw.writable {
                    return Err(unsupported("truncate"));
                }
                o.flush()?;
                let size = match args.first() {
                    None | Some(Value::None) => match &mut o.text {
                        Some(t) => t.position(&mut o.raw)?,
                        None => o.raw.tell()?,
                    },
                    Some(v) => to_i64(v)?.max(0) as u64,
                };
                Ok(Value::int(o.raw.truncate(size)? as i64))
            })
        }),
        method("__iter__", |this, _, _| with_open(this, |_| Ok(this.clone()))),
        method("__next__", move |this, _, _| {
            if text {
                with_open(this, |o| {
                    if let Some(t) = &mut o.text {
                        t.telling = false;
                    }
                    Ok(())
                })?;
            }
            let line = readline_of(this, text, None)?;
            if line.is_empty() {
                with_open(this, |o| {
                    if let Some(t) = &mut o.text {
                        t.telling = true;
                    }
                    Ok(())
                })?;
                return Err(PyErr::new("StopIteration", ""));
            }
            Ok(line_value(text, line))
        }),
        method("__enter__", |this, _, _| with_open(this, |_| Ok(this.clone()))),
        method("__exit__", |this, _, _| close(this)),
    ]
}

/// `_io.TextIOWrapper`, the class of text files and of `sys.stdin`/`stdout`/`stderr` alike, as
/// in CPython: a method both kinds have goes to the standard streams' version (sys.rs) for an
/// instance that is one (it has the hidden `__fd__`), to the file's otherwise.
pub fn text_class() -> Rc<Class> {
    runtime_class("_io", "TextIOWrapper", vec![], || {
        let streams = super::sys::stream_methods();
        let mut merged = Vec::new();
        for (name, file_fn) in file_text_methods() {
            match streams.iter().find(|(n, _)| *n == name) {
                Some((_, stream_fn)) => {
                    let stream_fn = stream_fn.clone();
                    merged.push(method_kw(name, move |this, args, kwargs| {
                        let target = if state(this, "__fd__").is_ok() { &stream_fn } else { &file_fn };
                        let mut full = vec![this.clone()];
                        full.extend(args);
                        crate::value::func::call(target, full, kwargs)
                    }));
                }
                None => merged.push((name, file_fn)),
            }
        }
        for (name, stream_fn) in streams {
            if !merged.iter().any(|(n, _)| *n == name) {
                merged.push((name, stream_fn));
            }
        }
        merged
    })
}

fn file_text_methods() -> Vec<(&'static str, Value)> {
    {
        let mut m = common(true);
        m.push(method("read", |this, args, _| {
            let size = size_arg("read", &args)?;
            with_open(this, |o| {
                readable(o, true)?;
                let t = o.text.as_mut().expect("a text file has a text layer");
                Ok(Value::str(&t.read(&mut o.raw, size)?))
            })
        }));
        m.push(method("write", |this, args, _| {
            arity("write", &args, 1, 1)?;
            let s = match &args[0] {
                Value::Str(s) => s.clone(),
                v => return Err(PyErr::type_error(format!("write() argument must be str, not {}", v.type_name()))),
            };
            with_open(this, |o| {
                writable(o, true)?;
                let t = o.text.as_mut().expect("a text file has a text layer");
                Ok(Value::int(t.write(&mut o.raw, s.as_str())? as i64))
            })
        }));
        m.push(method("tell", |this, args, _| {
            arity("tell", &args, 0, 0)?;
            with_open(this, |o| {
                let t = o.text.as_mut().expect("a text file has a text layer");
                if !t.telling {
                    return Err(PyErr::new("OSError", "telling position disabled by next() call"));
                }
                Ok(Value::int(t.position(&mut o.raw)? as i64))
            })
        }));
        m.push(method("seek", |this, args, _| text_seek(this, args)));
        m.push(method("__repr__", |this, _, _| {
            let name = crate::value::text::repr_of(&state(this, "name")?)?;
            let mode = crate::value::text::repr_of(&state(this, "mode")?)?;
            let enc = crate::value::text::repr_of(&state(this, "encoding")?)?;
            Ok(Value::str(&format!("<_io.TextIOWrapper name={} mode={} encoding={}>", name, mode, enc)))
        }));
        m
    }
}

fn whence_of(args: &[Value]) -> PyResult<(i64, i64)> {
    arity("seek", args, 1, 2)?;
    let offset = to_i64(&args[0])?;
    let whence = match args.get(1) {
        Some(w) => to_i64(w)?,
        None => 0,
    };
    Ok((offset, whence))
}

/// `TextIOWrapper.seek(cookie, whence)`: cookies are byte offsets; only zero moves relative to
/// the current position or the end, as CPython allows.
fn text_seek(this: &Value, args: Vec<Value>) -> PyResult<Value> {
    let (cookie, whence) = whence_of(&args)?;
    with_open(this, |o| {
        let t = o.text.as_mut().expect("a text file has a text layer");
        let to = match whence {
            0 if cookie < 0 => return Err(PyErr::value_error(format!("negative seek position {}", cookie))),
            0 => SeekFrom::Start(cookie as u64),
            1 if cookie != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
            1 => SeekFrom::Start(t.position(&mut o.raw)?),
            2 if cookie != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
            2 => SeekFrom::End(0),
            w => return Err(PyErr::value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
        };
        t.write_flush(&mut o.raw)?;
        t.reset();
        Ok(Value::int(o.raw.seek(to)? as i64))
    })
}

fn binary_class(name: &'static str) -> Rc<Class> {
    runtime_class("_io", name, vec![], move || {
        let mut m = common(false);
        m.push(method("read", |this, args, _| {
            let size = size_arg("read", &args)?;
            with_file(this, bin_read_check, "read of closed file", |o| Ok(Value::Bytes(Rc::new(o.raw.read(size)?))))
        }));
        m.push(method("write", |this, args, _| {
            arity("write", &args, 1, 1)?;
            let data = match &args[0] {
                Value::Bytes(b) => b.as_ref().clone(),
                v if super::bytearray::data_of(v).is_some() => super::bytearray::data_of(v).unwrap_or_default(),
                v => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name()))),
            };
            with_file(this, bin_write_check, "write to closed file", |o| {
                o.raw.write(&data)?;
                Ok(Value::int(data.len() as i64))
            })
        }));
        m.push(method("tell", |this, args, _| {
            arity("tell", &args, 0, 0)?;
            with_file(this, |_| None, "I/O operation on closed file", |o| Ok(Value::int(o.raw.tell()? as i64)))
        }));
        m.push(method("seek", |this, args, _| {
            let (offset, whence) = whence_of(&args)?;
            with_file(this, |_| None, "seek of closed file", |o| {
                let to = match whence {
                    0 if offset < 0 => return Err(PyErr::value_error(format!("negative seek position {}", offset))),
                    0 => SeekFrom::Start(offset as u64),
                    1 => SeekFrom::Current(offset),
                    2 => SeekFrom::End(offset),
                    w => return Err(PyErr::value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
                };
                Ok(Value::int(o.raw.seek(to)? as i64))
            })
        }));
        m.push(method("__repr__", move |this, _, _| {
            let shown = crate::value::text::repr_of(&state(this, "name")?)?;
            Ok(Value::str(&format!("<_io.{} name={}>", name, shown)))
        }));
        m
    })
}

/// `io.open` is the builtin `open`; the classes for `isinstance`.
pub fn io_members() -> Vec<(&'static str, Value)> {
    vec![
        ("open", Value::builtin("open", |a, k: Kwargs| super::io_open::open(a, k))),
        ("TextIOWrapper", Value::Class(text_class())),
        ("BufferedReader", Value::Class(binary_class("BufferedReader"))),
        ("BufferedWriter", Value::Class(binary_class("BufferedWriter"))),
        ("BufferedRandom", Value::Class(binary_class("BufferedRandom"))),
        ("DEFAULT_BUFFER_SIZE", Value::int(super::io_file::DEFAULT_BUFFER_SIZE as i64)),
    ]
}
