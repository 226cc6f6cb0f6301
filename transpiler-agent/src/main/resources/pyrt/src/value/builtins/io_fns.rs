//! `print` and `input`: standard output is the runtime's buffered stdout (`crate::io`),
//! flushed before anything goes to stderr or before reading stdin, so the order of what a
//! terminal or pipe sees is CPython's.

use super::args;
use crate::exc::{PyErr, PyResult};
use crate::value::{func, modules, text, Kwargs, Value};
use std::io::Write;

/// Where `print(file=…)` writes.
enum Target {
    Stdout,
    Stderr,
    Object(Value),
    /// `sys.stdout` set to `None`: `print` does nothing, as in CPython.
    Discard,
}

fn target(file: Option<Value>) -> PyResult<Target> {
    use crate::value::modules::sys;
    let file = match file {
        None | Some(Value::None) => match sys::rebound("stdout", 1) {
            None => return Ok(Target::Stdout),
            Some(Value::None) => return Ok(Target::Discard),
            Some(other) => other,
        },
        Some(f) => f,
    };
    if sys::is_original(&file, 1) {
        return Ok(Target::Stdout);
    }
    if sys::is_original(&file, 2) {
        return Ok(Target::Stderr);
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
    if let Target::Discard = target {
        return Ok(Value::None);
    }
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
        match modules::sys::rebound("stdout", 1) {
            Some(out) => {
                func::call_method(&out, "write", vec![Value::Str(text::str_of(prompt)?)], vec![])?;
            }
            None => crate::io::write_stdout(text::str_of(prompt)?.as_str()),
        }
    }
    crate::io::flush();
    let mut line = match modules::sys::rebound("stdin", 0) {
        Some(stdin) => match func::call_method(&stdin, "readline", vec![], vec![])? {
            Value::Str(s) => s.as_str().to_string(),
            _ => return Err(PyErr::type_error("object.readline() returned non-string")),
        },
        None => modules::io_::stdin_readline(None)?,
    };
    if line.is_empty() {
        return Err(PyErr::new("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(&line))
}
