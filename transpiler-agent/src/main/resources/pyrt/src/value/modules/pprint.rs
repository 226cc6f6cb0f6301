//! `pprint`: `pprint`, `pformat`, `pp`, `saferepr`, `isreadable`, `isrecursive` and the
//! `PrettyPrinter` class of CPython 3.12's Lib/pprint.py; the layout itself is in
//! pprint_fmt.rs. Output goes through `print(..., file=stream)`, so a redirected
//! `sys.stdout` or a `StringIO` stream receives it as in CPython.

use super::args::{func_kw, module, take_kw};
use super::objs::{method, method_kw, runtime_class, set_state};
use super::pprint_fmt::Printer;
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::ops::truthy;
use crate::value::{Kwargs, Module, Value};

/// The options, by name, with CPython's defaults.
struct Options {
    indent: Value,
    width: Value,
    depth: Value,
    stream: Value,
    compact: Value,
    sort_dicts: Value,
    underscore_numbers: Value,
}

impl Options {
    fn defaults(sort_dicts: bool) -> Options {
        Options {
            indent: Value::int(1),
            width: Value::int(80),
            depth: Value::None,
            stream: Value::None,
            compact: Value::FALSE,
            sort_dicts: Value::Bool(sort_dicts),
            underscore_numbers: Value::FALSE,
        }
    }

    /// Binds `positional` (named in order by `names`) and keyword arguments for `fname`.
    fn bind(mut self, fname: &str, names: &[&str], args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Options> {
        if args.len() > names.len() {
            return Err(PyErr::type_error(format!(
                "{}() takes from 0 to {} positional arguments but {} were given",
                fname,
                names.len(),
                args.len()
            )));
        }
        let mut given: Vec<(&str, Value)> = names.iter().copied().zip(args).collect();
        for name in ["indent", "width", "depth", "stream", "compact", "sort_dicts", "underscore_numbers"] {
            if let Some(v) = take_kw(&mut kwargs, name) {
                if given.iter().any(|(n, _)| *n == name) {
                    return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", fname, name)));
                }
                given.push((name, v));
            }
        }
        if let Some((k, _)) = kwargs.first() {
            return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str())));
        }
        for (name, v) in given {
            match name {
                "indent" => self.indent = v,
                "width" => self.width = v,
                "depth" => self.depth = v,
                "stream" => self.stream = v,
                "compact" => self.compact = v,
                "sort_dicts" => self.sort_dicts = v,
                _ => self.underscore_numbers = v,
            }
        }
        Ok(self)
    }

    /// `PrettyPrinter.__init__`'s checks, then the printer.
    fn printer(&self) -> PyResult<Printer> {
        let indent = super::args::to_i64(&self.indent)?;
        let depth = match &self.depth {
            Value::None => None,
            d => Some(super::args::to_i64(d)?),
        };
        let width = super::args::to_i64(&self.width)?;
        if indent < 0 {
            return Err(PyErr::value_error("indent must be >= 0"));
        }
        if depth.map_or(false, |d| d <= 0) {
            return Err(PyErr::value_error("depth must be > 0"));
        }
        if width == 0 {
            return Err(PyErr::value_error("width must be != 0"));
        }
        Ok(Printer {
            indent_per_level: indent as usize,
            width,
            depth,
            compact: truthy(&self.compact)?,
            sort_dicts: truthy(&self.sort_dicts)?,
            underscore_numbers: truthy(&self.underscore_numbers)?,
            readable: true,
            recursive: false,
        })
    }
}

fn pformat_with(p: &mut Printer, object: &Value) -> PyResult<String> {
    let mut out = String::new();
    p.format(object, &mut out, 0, 0, &mut Vec::new(), 0)?;
    super::pprint_fmt::shown(out)
}

/// `stream.write(text + "\n")`, `sys.stdout` when the stream is None.
fn write_line(stream: &Value, text: String) -> PyResult<()> {
    let mut kwargs: Kwargs = Vec::new();
    if !matches!(stream, Value::None) {
        kwargs.push((crate::str::Str::from("file"), stream.clone()));
    }
    crate::value::builtins::print(vec![Value::str(&text)], kwargs)?;
    Ok(())
}

fn object_arg(fname: &str, args: &mut Vec<Value>, kwargs: &mut Kwargs) -> PyResult<Value> {
    if !args.is_empty() {
        return Ok(args.remove(0));
    }
    take_kw(kwargs, "object")
        .ok_or_else(|| PyErr::type_error(format!("{}() missing 1 required positional argument: 'object'", fname)))
}

fn pprint_fn(mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let object = object_arg("pprint", &mut args, &mut kwargs)?;
    let o = Options::defaults(true).bind("pprint", &["stream", "indent", "width", "depth"], args, kwargs)?;
    let text = pformat_with(&mut o.printer()?, &object)?;
    write_line(&o.stream, text)?;
    Ok(Value::None)
}

fn pp_fn(mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let object = object_arg("pp", &mut args, &mut kwargs)?;
    let o = Options::defaults(false).bind("pp", &["stream", "indent", "width", "depth"], args, kwargs)?;
    let text = pformat_with(&mut o.printer()?, &object)?;
    write_line(&o.stream, text)?;
    Ok(Value::None)
}

fn pformat_fn(mut args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let object = object_arg("pformat", &mut args, &mut kwargs)?;
    let o = Options::defaults(true).bind("pformat", &["indent", "width", "depth"], args, kwargs)?;
    Ok(Value::str(&pformat_with(&mut o.printer()?, &object)?))
}

/// `saferepr`, `isreadable`, `isrecursive`: `_safe_repr` of a default printer.
fn safe(args: Vec<Value>, kwargs: Kwargs, fname: &str) -> PyResult<(String, bool, bool)> {
    super::args::no_kwargs(fname, &kwargs)?;
    super::args::arity(fname, &args, 1, 1)?;
    let p = Options::defaults(true).printer()?;
    p.safe_repr(&args[0], &mut Vec::new(), None, 0)
}

const CLASS_OPTIONS: &[&str] = &["indent", "width", "depth", "stream"];

/// A `PrettyPrinter`'s options from its attributes (`_width`, …, as CPython names them).
fn options_of(this: &Value) -> PyResult<Options> {
    Ok(Options {
        indent: getattr(this, "_indent_per_level")?,
        width: getattr(this, "_width")?,
        depth: getattr(this, "_depth")?,
        stream: getattr(this, "_stream")?,
        compact: getattr(this, "_compact")?,
        sort_dicts: getattr(this, "_sort_dicts")?,
        underscore_numbers: getattr(this, "_underscore_numbers")?,
    })
}

fn printer_class() -> std::rc::Rc<crate::value::Class> {
    runtime_class("pprint", "PrettyPrinter", vec![], || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
                let o = Options::defaults(true).bind("PrettyPrinter.__init__", CLASS_OPTIONS, args, kwargs)?;
                o.printer()?;
                set_state(this, "_indent_per_level", o.indent);
                set_state(this, "_width", o.width);
                set_state(this, "_depth", o.depth);
                set_state(this, "_stream", o.stream);
                set_state(this, "_compact", Value::Bool(truthy(&o.compact)?));
                set_state(this, "_sort_dicts", o.sort_dicts);
                set_state(this, "_underscore_numbers", o.underscore_numbers);
                Ok(Value::None)
            }),
            method("pprint", |this, args, _| {
                super::args::arity("pprint", &args, 1, 1)?;
                let o = options_of(this)?;
                let text = pformat_with(&mut o.printer()?, &args[0])?;
                write_line(&o.stream, text)?;
                Ok(Value::None)
            }),
            method("pformat", |this, args, _| {
                super::args::arity("pformat", &args, 1, 1)?;
                Ok(Value::str(&pformat_with(&mut options_of(this)?.printer()?, &args[0])?))
            }),
            method("isreadable", |this, args, _| {
                super::args::arity("isreadable", &args, 1, 1)?;
                let p = options_of(this)?.printer()?;
                let (_, readable, recursive) = p.safe_repr(&args[0], &mut Vec::new(), p.depth, 0)?;
                Ok(Value::Bool(readable && !recursive))
            }),
            method("isrecursive", |this, args, _| {
                super::args::arity("isrecursive", &args, 1, 1)?;
                let p = options_of(this)?.printer()?;
                Ok(Value::Bool(p.safe_repr(&args[0], &mut Vec::new(), p.depth, 0)?.2))
            }),
        ]
    })
}

pub fn build() -> Module {
    module(
        "pprint",
        vec![
            ("PrettyPrinter", Value::Class(printer_class())),
            func_kw("pprint", pprint_fn),
            func_kw("pp", pp_fn),
            func_kw("pformat", pformat_fn),
            func_kw("saferepr", |a, k| Ok(Value::str(&super::pprint_fmt::shown(safe(a, k, "saferepr")?.0)?))),
            func_kw("isreadable", |a, k| {
                let (_, readable, recursive) = safe(a, k, "isreadable")?;
                Ok(Value::Bool(readable && !recursive))
            }),
            func_kw("isrecursive", |a, k| Ok(Value::Bool(safe(a, k, "isrecursive")?.2))),
        ],
    )
}
