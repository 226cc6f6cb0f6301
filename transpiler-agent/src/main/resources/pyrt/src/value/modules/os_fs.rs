//! The parts of `os` and `os.path` that ask the file system (`exists`, `listdir`, `remove`,
//! `mkdir`, ...), and the `OSError` subclasses a failed system call raises, with CPython's
//! errno numbers and texts (glibc's `strerror`) whatever the target: on wasm32-wasi the
//! error numbers are WASI's, mapped back to Linux's here so that a program prints what
//! CPython on Linux prints. In a WASM sandbox with no directory granted, every path fails
//! with a `PermissionError` that says so, never a `FileNotFoundError` a program could take
//! for a missing file.

use super::args::{arity, func, func_kw, no_more_kwargs, take_kw};
use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use std::io::ErrorKind;

/// Linux's errno and glibc's text for an I/O error, when it is one CPython would report
/// with an errno (`None` for errors only the sandbox has).
fn errno_of(e: &std::io::Error) -> Option<(i64, &'static str)> {
    let code = e.raw_os_error()?;
    // WASI preview 1 numbers its errors differently from Linux.
    #[cfg(target_os = "wasi")]
    let code = match code {
        2 => 13, 8 => 9, 10 => 16, 20 => 17, 28 => 22, 31 => 21, 32 => 40, 37 => 36, 44 => 2,
        51 => 28, 54 => 20, 55 => 39, 63 => 1, 69 => 30, 75 => 18, other => 1000 + other,
    };
    let text = match code {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        9 => "Bad file descriptor",
        13 => "Permission denied",
        16 => "Device or resource busy",
        17 => "File exists",
        18 => "Invalid cross-device link",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        28 => "No space left on device",
        30 => "Read-only file system",
        36 => "File name too long",
        39 => "Directory not empty",
        40 => "Too many levels of symbolic links",
        _ => return None,
    };
    Some((code as i64, text))
}

/// The `OSError` subclass CPython picks for an errno (`PyErr_SetFromErrno`).
fn class_for(errno: i64) -> &'static str {
    match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        1 | 13 => "PermissionError",
        _ => "OSError",
    }
}

/// CPython's exception for a failed call on `filename` (and `filename2`, for `rename`).
pub fn os_error(e: &std::io::Error, filename: &Value, filename2: Option<&Value>) -> PyErr {
    let (errno, text) = match errno_of(e) {
        Some(found) => found,
        None => return unmapped(e, filename),
    };
    let cls = crate::value::exception::exception_class(class_for(errno)).expect("OSError subclasses exist");
    let exc = crate::value::exception::exception_instance(&cls, vec![Value::int(errno), Value::str(text)]);
    if let Value::Instance(i) = &exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("filename", filename.clone());
        if let Some(f2) = filename2 {
            d.set_str("filename2", f2.clone());
        }
    }
    crate::value::exception::error_of(exc)
}

/// An error with no Linux errno: the sandbox's missing grant, or one this table lacks (said as
/// Rust says it, which is loud rather than CPython's text).
fn unmapped(e: &std::io::Error, filename: &Value) -> PyErr {
    let shown = crate::value::text::repr_of(filename).map(|s| s.to_string()).unwrap_or_default();
    let text = e.to_string();
    if text.contains("pre-opened") || text.contains("preopen") {
        return PyErr::new(
            "PermissionError",
            format!(
                "the WebAssembly sandbox has no directory through which {} could be opened \
                 (grant one with `portalis run --dir HOST[::GUEST]`)",
                shown
            ),
        );
    }
    PyErr::new("OSError", format!("{}: {}", text, shown))
}

/// `os.fspath`'s check for the file-system functions: a `str` path.
pub fn path_arg(fname: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other if super::objs::is_a(other, "pathlib", "PosixPath") => {
            Ok(super::pathlib_::segment(other)?.unwrap_or_default())
        }
        other => Err(PyErr::type_error(format!(
            "{}: path should be string, bytes or os.PathLike, not {}",
            fname,
            other.type_name()
        ))),
    }
}

fn one(fname: &str, args: &[Value]) -> PyResult<String> {
    arity(fname, args, 1, 1)?;
    path_arg(fname, &args[0])
}

/// `exists`/`isfile`/`isdir`: `False` where `stat` fails, as `genericpath` answers.
pub fn probe(args: &[Value], fname: &str, test: fn(&std::fs::Metadata) -> bool) -> PyResult<Value> {
    let p = one(fname, args)?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(Value::Bool(test(&m))),
        Err(e) if errno_of(&e).is_none() => Err(unmapped(&e, &args[0])),
        Err(_) => Ok(Value::FALSE),
    }
}

fn getsize(args: Vec<Value>) -> PyResult<Value> {
    let p = one("getsize", &args)?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &args[0], None))?;
    Ok(Value::int(m.len() as i64))
}

/// The `os.path` functions that read the file system.
pub fn path_functions() -> Vec<(&'static str, Value)> {
    vec![
        func("exists", |a| probe(&a, "exists", |_| true)),
        func("isfile", |a| probe(&a, "isfile", |m| m.is_file())),
        func("isdir", |a| probe(&a, "isdir", |m| m.is_dir())),
        func("getsize", getsize),
        func("getmtime", super::os_stat::getmtime),
    ]
}

/// `os.listdir(path='.')`: the names in directory order (what `readdir` gives, as CPython).
pub fn listdir(args: Vec<Value>) -> PyResult<Value> {
    arity("listdir", &args, 0, 1)?;
    let given = args.first().cloned().unwrap_or_else(|| Value::str("."));
    let p = path_arg("listdir", &given)?;
    let entries = std::fs::read_dir(&p).map_err(|e| os_error(&e, &given, None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &given, None))?;
        names.push(Value::str(&entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

pub fn remove(args: Vec<Value>) -> PyResult<Value> {
    let p = one("remove", &args)?;
    // unlink(2) on a directory fails with EISDIR on Linux; std's remove_file says the same.
    if std::fs::symlink_metadata(&p).map_or(false, |m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(eisdir());
        return Err(os_error(&e, &args[0], None));
    }
    std::fs::remove_file(&p).map_err(|e| os_error(&e, &args[0], None))?;
    Ok(Value::None)
}

/// EISDIR in the target's numbering.
fn eisdir() -> i32 {
    if cfg!(target_os = "wasi") { 31 } else { 21 }
}

pub fn rename(args: Vec<Value>) -> PyResult<Value> {
    arity("rename", &args, 2, 2)?;
    let a = path_arg("rename", &args[0])?;
    let b = path_arg("rename", &args[1])?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(Value::None),
        Err(e) if e.raw_os_error() == Some(ENOTSUP_WASI) && cfg!(target_os = "wasi") => move_by_copy(&a, &b, &args),
        Err(e) => Err(os_error(&e, &args[0], Some(&args[1]))),
    }
}

/// WASI's "not supported", which Chicory's host answers `path_rename` with.
const ENOTSUP_WASI: i32 = 58;

/// A rename where the WASI host has none: a file is copied and the original removed (the
/// result CPython's rename gives, without its atomicity); a directory is refused.
fn move_by_copy(a: &str, b: &str, args: &[Value]) -> PyResult<Value> {
    let both = |e: std::io::Error| os_error(&e, &args[0], Some(&args[1]));
    let meta = std::fs::symlink_metadata(a).map_err(both)?;
    if !meta.is_file() {
        return Err(PyErr::untranslatable(
            "os.rename of a directory in this WebAssembly host, which cannot rename (path_rename)",
        ));
    }
    if std::fs::metadata(b).map_or(false, |m| m.is_dir()) {
        return Err(os_error(&std::io::Error::from_raw_os_error(eisdir()), &args[0], Some(&args[1])));
    }
    std::fs::copy(a, b).map_err(both)?;
    std::fs::remove_file(a).map_err(both)?;
    Ok(Value::None)
}

pub fn mkdir(mut args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let _mode = take_kw(&mut kwargs, "mode");
    no_more_kwargs("mkdir", &kwargs)?;
    args.truncate(1);
    let p = one("mkdir", &args)?;
    std::fs::create_dir(&p).map_err(|e| os_error(&e, &args[0], None))?;
    Ok(Value::None)
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`: `FileExistsError` for an existing
/// directory unless `exist_ok`, and for an existing file always.
fn makedirs(args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> PyResult<Value> {
    let exist_ok = take_kw(&mut kwargs, "exist_ok").or_else(|| args.get(2).cloned());
    let _mode = take_kw(&mut kwargs, "mode");
    no_more_kwargs("makedirs", &kwargs)?;
    arity("makedirs", &args, 1, 3)?;
    let p = path_arg("makedirs", &args[0])?;
    let exist_ok = match exist_ok {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => false,
    };
    let is_dir = std::fs::metadata(&p).map_or(false, |m| m.is_dir());
    if std::fs::symlink_metadata(&p).is_ok() && !(exist_ok && is_dir) {
        let eexist = if cfg!(target_os = "wasi") { 20 } else { 17 };
        return Err(os_error(&std::io::Error::from_raw_os_error(eexist), &args[0], None));
    }
    std::fs::create_dir_all(&p).map_err(|e| os_error(&e, &args[0], None))?;
    Ok(Value::None)
}

pub fn rmdir(args: Vec<Value>) -> PyResult<Value> {
    let p = one("rmdir", &args)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(&e, &args[0], None))?;
    Ok(Value::None)
}

fn getcwd(args: Vec<Value>) -> PyResult<Value> {
    arity("getcwd", &args, 0, 0)?;
    // Inside the sandbox the working directory is a grant whose host path the module cannot
    // know (WASI answers "/"): refuse rather than print another path than CPython would.
    if cfg!(target_os = "wasi") {
        return Err(PyErr::untranslatable("os.getcwd() in a WebAssembly sandbox, which cannot know its host path"));
    }
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(&p.to_string_lossy())),
        Err(e) if e.kind() == ErrorKind::NotFound => Err(os_error(&e, &Value::str("."), None)),
        Err(_) => Err(PyErr::untranslatable("os.getcwd() in a WebAssembly sandbox, which has no working directory")),
    }
}

/// The `os` functions that change or list the file system.
pub fn os_functions() -> Vec<(&'static str, Value)> {
    vec![
        func("listdir", listdir),
        func("remove", remove),
        ("unlink", Value::builtin("unlink", |a, k| {
            super::args::no_kwargs("unlink", &k)?;
            remove(a)
        })),
        func("rename", rename),
        func("replace", rename),
        func_kw("mkdir", mkdir),
        func_kw("makedirs", makedirs),
        func("rmdir", rmdir),
        func("getcwd", getcwd),
        func("stat", super::os_stat::stat),
    ]
}
