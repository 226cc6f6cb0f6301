//! `os.stat`, `Path.stat()` and `os.path.getmtime`: an `os.stat_result` carrying what every
//! target can report the same way — the size and the access and modification times (seconds
//! as a float, as CPython computes `sec + nsec * 1e-9`, and whole nanoseconds). The other
//! fields (`st_mode`, `st_ino`, `st_ctime`, ...) need system-specific metadata that WASI does
//! not give, so reading one stops the program rather than invent a value.

use super::args::arity;
use super::objs::{instance, method, runtime_class};
use super::os_fs::{os_error, path_arg};
use crate::exc::{PyErr, PyResult};
use crate::value::{Class, Value};
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

fn stat_result_class() -> Rc<Class> {
    runtime_class("os", "stat_result", vec![], || {
        vec![
            // Only reached for attributes the instance lacks (`__getattr__`).
            method("__getattr__", |_, args, _| {
                let name = match args.first() {
                    Some(v) => crate::value::text::str_of(v)?.to_string(),
                    None => String::new(),
                };
                if name.starts_with("st_") {
                    return Err(PyErr::untranslatable(&format!("os.stat_result.{} (only st_size, st_atime and st_mtime are read)", name)));
                }
                Err(PyErr::new("AttributeError", format!("'os.stat_result' object has no attribute '{}'", name)))
            }),
            // CPython's repr shows st_mode, st_ino and st_ctime, which this runtime cannot read.
            method("__repr__", |_, _, _| Err(PyErr::untranslatable("repr of os.stat_result"))),
        ]
    })
}

/// Nanoseconds since the epoch of a file time (negative before 1970).
fn nanos(t: std::io::Result<SystemTime>) -> Option<i128> {
    let t = t.ok()?;
    Some(match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    })
}

/// `sec + nsec * 1e-9`, as `fill_time` in posixmodule.c computes the float field.
fn seconds(ns: i128) -> f64 {
    let sec = ns.div_euclid(1_000_000_000);
    let nsec = ns.rem_euclid(1_000_000_000);
    sec as f64 + nsec as f64 * 1e-9
}

fn time_fields(out: &mut Vec<(&'static str, Value)>, name: &'static str, ns_name: &'static str, t: std::io::Result<SystemTime>) {
    if let Some(ns) = nanos(t) {
        out.push((name, Value::float(seconds(ns))));
        out.push((ns_name, Value::Int(crate::int::Int::from(ns))));
    }
}

/// `os.stat(path)`, following symbolic links.
pub fn stat(args: Vec<Value>) -> PyResult<Value> {
    arity("stat", &args, 1, 1)?;
    let p = path_arg("stat", &args[0])?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &args[0], None))?;
    let mut state = vec![("st_size", Value::int(m.len() as i64))];
    time_fields(&mut state, "st_atime", "st_atime_ns", m.accessed());
    time_fields(&mut state, "st_mtime", "st_mtime_ns", m.modified());
    Ok(instance(&stat_result_class(), state))
}

/// `os.path.getmtime(path)`.
pub fn getmtime(args: Vec<Value>) -> PyResult<Value> {
    arity("getmtime", &args, 1, 1)?;
    let p = path_arg("getmtime", &args[0])?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &args[0], None))?;
    match nanos(m.modified()) {
        Some(ns) => Ok(Value::float(seconds(ns))),
        None => Err(PyErr::untranslatable("os.path.getmtime where the system gives no modification time")),
    }
}
