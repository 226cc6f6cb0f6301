//! `open()`: CPython's argument checks (Modules/_io/_iomodule.c, in its order: the mode's
//! letters, then the file is opened, then buffering, encoding and newline are checked, so a
//! `'w'` file is created even when the encoding is unknown), and the file objects it returns
//! (`io_file_class.rs`).

use super::io_file::{block_size, register, FileObj, Handle, RawFile};
use super::io_text::TextState;
use crate::exc::{PyErr, PyResult};
use crate::value::methods::codec::Codec;
use crate::value::{Kwargs, Value};

const PARAMS: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

/// The parsed mode letters.
#[derive(Default)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    let invalid = || PyErr::value_error(format!("invalid mode: '{}'", mode));
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    if m.text && m.binary {
        return Err(PyErr::value_error("can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending].iter().filter(|b| **b).count() > 1 {
        return Err(PyErr::value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// `open()`'s argument `name`: `None` or a `str`.
fn opt_str(v: &Option<Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(PyErr::type_error(format!(
            "open() argument '{}' must be str or None, not {}",
            name,
            other.type_name()
        ))),
    }
}

fn bound_args(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Vec<Option<Value>>> {
    if args.len() > PARAMS.len() {
        return Err(PyErr::type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    slots.resize(PARAMS.len(), None);
    for (i, p) in PARAMS.iter().enumerate() {
        if let Some(v) = super::args::take_kw(&mut kwargs, p) {
            if slots[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for open() given by name ('{}') and position ({})",
                    p,
                    i + 1
                )));
            }
            slots[i] = Some(v);
        }
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for open()", k)));
    }
    if slots[0].is_none() {
        return Err(PyErr::type_error("open() missing required argument 'file' (pos 1)"));
    }
    Ok(slots)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
/// opener=None)`.
pub fn open(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let slots = bound_args(args, kwargs)?;
    let file = slots[0].clone().unwrap_or(Value::None);
    // A path object opens by its string, which is then the file's name, as `FileIO` keeps it.
    let file = match &file {
        v if super::objs::is_a(v, "pathlib", "PosixPath") => Value::str(&super::pathlib_::segment(v)?.unwrap_or_default()),
        _ => file,
    };
    let path = match &file {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Int(i) if i.to_i64() == Some(0) => None,
        Value::Int(_) | Value::Bool(_) | Value::Bytes(_) => {
            return Err(PyErr::untranslatable("open() of a file descriptor or a bytes path"))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    let mode_text = match &slots[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!("open() argument 'mode' must be str, not {}", other.type_name())))
        }
    };
    let buffering = match &slots[2] {
        None => -1,
        Some(v) => super::args::to_i64(v)?,
    };
    let encoding = opt_str(&slots[3], "encoding")?;
    let errors = opt_str(&slots[4], "errors")?;
    let newline = opt_str(&slots[5], "newline")?;
    let closefd = match &slots[6] {
        Some(v) => crate::value::ops::truthy(v)?,
        None => true,
    };
    if (!closefd && path.is_some()) || matches!(&slots[7], Some(v) if !matches!(v, Value::None)) {
        return Err(PyErr::untranslatable("open() with closefd=False or an opener"));
    }
    let m = parse_mode(&mode_text)?;
    if m.binary && encoding.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(PyErr::value_error("binary mode doesn't take a newline argument"));
    }
    if !(m.creating || m.reading || m.writing || m.appending) {
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let handle = match &path {
        Some(path) => Handle::Disk(open_file(path, &m).map_err(|e| super::os_fs::os_error(&e, &file, None))?),
        None => open_stdin(&m, closefd)?,
    };
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let bufsize = if buffering > 1 { buffering as usize } else { block_size(&handle) };
    let raw = RawFile::new(handle, file.clone(), readable, writable, bufsize);
    if buffering == 0 {
        drop(raw);
        if m.binary {
            return Err(PyErr::untranslatable("open() of an unbuffered binary file (buffering=0)"));
        }
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let raw_mode = raw_mode(&m);
    if m.binary {
        let class = if readable && writable {
            "BufferedRandom"
        } else if readable {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        let (id, keeper) = register(FileObj { raw, text: None });
        return Ok(super::io_file_class::binary_object(class, id, keeper, &file, &raw_mode));
    }
    let codec = match &encoding {
        None => Codec::Utf8,
        Some(name) => Codec::lookup(name, "open")?,
    };
    match errors.as_deref() {
        None | Some("strict") => {}
        Some(other) => return Err(PyErr::untranslatable(&format!("open() with errors='{}'", other))),
    }
    match newline.as_deref() {
        None | Some("") | Some("\n") | Some("\r") | Some("\r\n") => {}
        Some(other) => return Err(PyErr::value_error(format!("illegal newline value: {}", other))),
    }
    let text = TextState::new(codec, newline, buffering == 1);
    let (id, keeper) = register(FileObj { raw, text: Some(text) });
    // The locale's encoding in UTF-8 mode, as verification runs CPython (PYTHONUTF8=1).
    let shown_encoding = encoding.unwrap_or_else(|| "utf-8".to_string());
    Ok(super::io_file_class::text_object(id, keeper, &file, &mode_text, &shown_encoding, buffering == 1))
}

/// `open(0)`: standard input, for reading only (writing to it, or to another descriptor, has
/// no counterpart in the sandbox).
fn open_stdin(m: &Mode, closefd: bool) -> PyResult<Handle> {
    if !m.reading || m.updating {
        return Err(PyErr::untranslatable("open(0) for writing"));
    }
    if super::io_::stdin_fd_closed() {
        return Err(super::io_::bad_fd());
    }
    Ok(Handle::Stdin { closefd })
}

/// Opens as `FileIO` does: `'a'` starts at the end; a directory opened for reading is
/// `EISDIR`, as CPython's `fstat` check makes it.
fn open_file(path: &str, m: &Mode) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(m.reading || m.updating);
    if m.writing {
        o.write(true).create(true).truncate(true);
    } else if m.appending {
        o.append(true).create(true);
    } else if m.creating {
        o.write(true).create_new(true);
    } else if m.updating {
        o.write(true);
    }
    let mut f = o.open(path)?;
    if f.metadata().map_or(false, |md| md.is_dir()) {
        let eisdir = if cfg!(target_os = "wasi") { 31 } else { 21 };
        return Err(std::io::Error::from_raw_os_error(eisdir));
    }
    if m.appending {
        use std::io::Seek;
        f.seek(std::io::SeekFrom::End(0))?;
    }
    Ok(f)
}

/// `FileIO.mode`, which a binary file object shows.
fn raw_mode(m: &Mode) -> String {
    let base = if m.creating {
        "xb"
    } else if m.appending {
        "ab"
    } else if m.reading && !m.updating {
        "rb"
    } else if m.updating {
        "rb"
    } else {
        "wb"
    };
    let plus = if m.updating { "+" } else { "" };
    format!("{}{}", base, plus)
}
