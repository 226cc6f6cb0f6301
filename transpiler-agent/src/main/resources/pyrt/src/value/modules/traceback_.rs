//! The `traceback` module, as far as a translated program can know it. A translation has no
//! frames, so what shows them is only written where no test compares it byte for byte: the
//! original stderr (`print_exc()`, `print_exception(e)`; one frame line `File "…", in <module>`,
//! like the runtime's own report of an uncaught exception). What returns the traceback as text
//! (`format_exc()`, `format_exception()`, `format_tb()`, …) or writes it elsewhere stops the
//! program, since the program could print it. `format_exception_only` needs no frames and is
//! CPython's text exactly (traceback.py's `TracebackException.format_exception_only`).

use super::args::{module, no_more_kwargs, take_kw};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::class::type_of;
use crate::value::exception::display_name;
use crate::value::text::str_of;
use crate::value::{iterate, Kwargs, Module, Value};
use std::io::Write;

/// `format_exception_only(exc)`'s lines: `Type: message` (just `Type` for an empty message),
/// then each of the exception's `__notes__`.
fn only_lines(exc: &Value) -> PyResult<Vec<String>> {
    if matches!(exc, Value::None) {
        return Ok(vec!["NoneType: None\n".to_string()]);
    }
    let cls = type_of(exc);
    // CPython shows a SyntaxError's file, line and caret, which a translation does not have.
    if cls.mro.borrow().iter().any(|c| c.name.as_str() == "SyntaxError" && c.module.as_str() == "builtins") {
        return Err(PyErr::untranslatable("traceback's text of a SyntaxError"));
    }
    let name = display_name(&cls);
    let text = str_of(exc)?;
    let mut out = vec![if text.as_str().is_empty() { format!("{}\n", name) } else { format!("{}: {}\n", name, text.as_str()) }];
    if let Ok(notes) = getattr(exc, "__notes__") {
        match notes {
            Value::List(_) | Value::Tuple(_) => {
                for note in iterate::collect(&notes)? {
                    out.push(format!("{}\n", str_of(&note)?.as_str()));
                }
            }
            other => out.push(format!("{}\n", crate::value::text::repr_of(&other)?.as_str())),
        }
    }
    Ok(out)
}

/// An exception's cause or context, when it is an exception object.
fn linked(exc: &Value, name: &str) -> Option<Value> {
    match getattr(exc, name) {
        Ok(v @ Value::Instance(_)) => Some(v),
        _ => None,
    }
}

/// The report `print_exception` writes: the chain of causes and contexts first, as CPython
/// prints them, each with the one frame line the runtime knows.
fn report(exc: &Value, chain: bool, depth: usize, out: &mut String) -> PyResult<()> {
    if chain && depth < 100 {
        if let Some(cause) = linked(exc, "__cause__") {
            report(&cause, chain, depth + 1, out)?;
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(context) = linked(exc, "__context__") {
            let suppressed = crate::value::ops::truthy(&getattr(exc, "__suppress_context__")?)?;
            if !suppressed {
                report(&context, chain, depth + 1, out)?;
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    if !matches!(exc, Value::None) {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format!("  File \"{}\", in <module>\n", script_name()));
    }
    for line in only_lines(exc)? {
        out.push_str(&line);
    }
    Ok(())
}

fn script_name() -> String {
    match super::import_module("sys").and_then(|sys| getattr(&sys, "argv")).and_then(|argv| crate::value::ops::getitem(&argv, &Value::int(0))) {
        Ok(Value::Str(s)) => s.to_string(),
        _ => "script".to_string(),
    }
}

/// Writes `text` to `file` when that is the program's stderr; elsewhere the frames a translation
/// lacks would show, so the program stops.
fn write_report(file: Option<Value>, text: &str, what: &str) -> PyResult<Value> {
    let to_stderr = match &file {
        None | Some(Value::None) => super::sys::rebound("stderr", 2).is_none(),
        Some(f) => super::sys::is_original(f, 2),
    };
    if !to_stderr {
        return Err(PyErr::untranslatable(&format!("traceback.{} to a stream other than stderr", what)));
    }
    crate::io::flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
    Ok(Value::None)
}

/// `limit`, `file` and `chain`, the keyword arguments the printing functions share.
struct Options {
    file: Option<Value>,
    chain: bool,
}

fn options(name: &str, mut kwargs: Kwargs, positional: Vec<Value>) -> PyResult<Options> {
    let mut slots = positional.into_iter();
    let limit = take_kw(&mut kwargs, "limit").or_else(|| slots.next());
    let file = take_kw(&mut kwargs, "file").or_else(|| slots.next());
    let chain = take_kw(&mut kwargs, "chain").or_else(|| slots.next());
    no_more_kwargs(name, &kwargs)?;
    if slots.next().is_some() {
        return Err(PyErr::type_error(format!("{}() takes too many positional arguments", name)));
    }
    if !matches!(limit, None | Some(Value::None)) {
        return Err(PyErr::untranslatable(&format!("traceback.{} with a limit", name)));
    }
    let chain = match chain {
        Some(v) => crate::value::ops::truthy(&v)?,
        None => true,
    };
    Ok(Options { file, chain })
}

/// `print_exc(limit=None, file=None, chain=True)`: the exception being handled.
fn print_exc(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let opts = options("print_exc", kwargs, args)?;
    let exc = crate::value::handled::current().unwrap_or(Value::None);
    let mut text = String::new();
    report(&exc, opts.chain, 0, &mut text)?;
    write_report(opts.file, &text, "print_exc")
}

/// `print_exception(exc, /, value=…, tb=…, limit=None, file=None, chain=True)`; with the old
/// three-argument form the value is the exception printed.
fn print_exception(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let first = args.next().ok_or_else(|| PyErr::type_error("print_exception() missing required argument 'exc' (pos 1)"))?;
    let value = take_kw(&mut kwargs, "value").or_else(|| args.next());
    let _tb = take_kw(&mut kwargs, "tb").or_else(|| args.next());
    let exc = value.unwrap_or(first);
    let opts = options("print_exception", kwargs, args.collect())?;
    let mut text = String::new();
    report(&exc, opts.chain, 0, &mut text)?;
    write_report(opts.file, &text, "print_exception")
}

/// `format_exception_only(exc, /, value=…)`.
fn format_exception_only(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let value = take_kw(&mut kwargs, "value");
    no_more_kwargs("format_exception_only", &kwargs)?;
    super::args::arity("format_exception_only", &args, 1, 2)?;
    let exc = value.or_else(|| args.get(1).cloned()).unwrap_or_else(|| args[0].clone());
    Ok(Value::list(only_lines(&exc)?.iter().map(|l| Value::str(l)).collect()))
}

fn refused(name: &'static str) -> (&'static str, Value) {
    (name, Value::builtin(name, move |_, _| Err(PyErr::untranslatable(&format!("traceback.{} (a translated program has no frames)", name)))))
}

pub fn build() -> Module {
    module(
        "traceback",
        vec![
            ("print_exc", Value::builtin("print_exc", print_exc)),
            ("print_exception", Value::builtin("print_exception", print_exception)),
            ("format_exception_only", Value::builtin("format_exception_only", format_exception_only)),
            refused("format_exc"),
            refused("format_exception"),
            refused("format_tb"),
            refused("format_stack"),
            refused("print_tb"),
            refused("print_stack"),
            refused("print_last"),
            refused("extract_tb"),
            refused("extract_stack"),
            refused("walk_tb"),
            refused("walk_stack"),
            refused("format_list"),
            refused("print_list"),
            refused("clear_frames"),
            refused("TracebackException"),
            refused("StackSummary"),
            refused("FrameSummary"),
        ],
    )
}
