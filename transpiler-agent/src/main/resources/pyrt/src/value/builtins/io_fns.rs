//! `print` and `input`: standard output is the runtime's buffered stdout (`crate::io`),
//! flushed before anything goes to stderr or before reading stdin, so the order of what a
//! terminal or pipe sees is CPython's.

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::value::{compare, func, modules, text, Kwargs, Value};
use std::io::Write;

/// Where `print(file=…)` writes.
enum Target {
    Stdout,
    Stderr,
    Object(Value),
}

fn target(file: Option<Value>) -> PyResult<Target> {
    let file = match file {
        None | Some(Value::None) => return Ok(Target::Stdout),
        Some(f) => f,
    };
    if let Ok(sys) = modules::import_module("sys") {
        if let Ok(out) = crate::value::attr::getattr(&sys, "stdout") {
            if compare::is(&file, &out) {
                return Ok(Target::Stdout);
            }
        }
        if let Ok(err) = crate::value::attr::getattr(&sys, "stderr") {
            if compare::is(&file, &err) {
                return Ok(Target::Stderr);
            }
        }
    }
    Ok(Target::Object(file))
}

fn separator(v: Option<Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(PyErr::type_error(format!("{} must be None or a string, not {}", what, other.type_name()))),
    }
}

/// Writes to stderr after flushing stdout, so that both streams keep CPython's order.
pub fn write_stderr(text: &str) {
    crate::io::flush();
    let stderr = std::io::stderr();
    let mut e = stderr.lock();
    let _ = e.write_all(text.as_bytes());
    let _ = e.flush();
}

pub fn print(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let sep = args::take(&mut kwargs, "sep");
    let end = args::take(&mut kwargs, "end");
    let file = args::take(&mut kwargs, "file");
    let flush = args::take(&mut kwargs, "flush");
    args::no_more("print", &kwargs)?;
    let sep = separator(sep, "sep", " ")?;
    let end = separator(end, "end", "\n")?;
    let target = target(file)?;
    let flush = match flush {
        Some(f) => crate::value::ops::truthy(&f)?,
        None => false,
    };
    if let Target::Object(f) = &target {
        // A file-like object gets one `write` call per piece, as CPython makes them.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                func::call_method(f, "write", vec![Value::str(&sep)], vec![])?;
            }
            func::call_method(f, "write", vec![Value::Str(text::str_of(a)?)], vec![])?;
        }
        func::call_method(f, "write", vec![Value::str(&end)], vec![])?;
        if flush {
            func::call_method(f, "flush", vec![], vec![])?;
        }
        return Ok(Value::None);
    }
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(text::str_of(a)?.as_str());
    }
    line.push_str(&end);
    match target {
        Target::Stderr => write_stderr(&line),
        _ => {
            crate::io::write_stdout(&line);
            if flush {
                crate::io::flush();
            }
        }
    }
    Ok(Value::None)
}

pub fn input(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("input", &kwargs)?;
    args::count("input", args.len(), 0, 1)?;
    if let Some(prompt) = args.first() {
        crate::io::write_stdout(text::str_of(prompt)?.as_str());
    }
    crate::io::flush();
    let mut line = modules::io_::stdin_readline(None)?;
    if line.is_empty() {
        return Err(PyErr::new("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(&line))
}
